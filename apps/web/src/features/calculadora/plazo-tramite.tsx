import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { sinCodigosInternos } from '../../ui/citas/model';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import type { ResultadoPlazo, Tramite } from './api';
import { calcularPlazo } from './api';
import { claveTipoDias, puedeCalcularPlazo } from './model';

function TablaResultado({ r }: { r: ResultadoPlazo }) {
  return (
    <div class="resultado" role="status">
      <div class="tabla-envoltura" tabIndex={0}>
        <table class="tabla-ficha">
          <caption>{t('calc.resultado', { nombre: r.name })}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('calc.filaDesde')}</th>
              <td>{fechaLarga(r.from)}</td>
            </tr>
            <tr>
              <th scope="row">{t('calc.filaEmpieza')}</th>
              <td>{fechaLarga(r.startsCounting)}</td>
            </tr>
            <tr>
              <th scope="row">{t('calc.filaTermino')}</th>
              <td>{t('dias.cuenta', { n: r.days, tipo: t(claveTipoDias(r.dayKind)) })}</td>
            </tr>
            <tr>
              <th scope="row">{t('calc.filaVence')}</th>
              <td class="destacado">{fechaLarga(r.dueOn)}</td>
            </tr>
            <tr>
              <th scope="row">{t('calc.filaPorQue')}</th>
              <td>{r.dayKindReason}</td>
            </tr>
            <tr>
              <th scope="row">{t('calc.filaExplicacion')}</th>
              <td>{sinCodigosInternos(r.explanation)}</td>
            </tr>
            <tr>
              <th scope="row">{t('calc.filaFuente')}</th>
              <td>
                <ListaCitas citas={r.citations} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <ListaAdvertencias advertencias={r.warnings} />
    </div>
  );
}

export function PlazoTramite({ tramites, hoy }: { tramites: readonly Tramite[]; hoy: string }) {
  const [tramite, setTramite] = useState('');
  const [desde, setDesde] = useState(hoy);
  const [error, setError] = useState<string | null>(null);
  const [calculando, setCalculando] = useState(false);
  const [resultado, setResultado] = useState<ResultadoPlazo | null>(null);
  const elegido = tramites.find((x) => x.id === tramite);

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    if (!puedeCalcularPlazo(tramite, desde)) {
      setError(t('calc.faltaTramite'));
      return;
    }
    setError(null);
    setCalculando(true);
    const r = await calcularPlazo(tramite, desde);
    setCalculando(false);
    if (r.ok) setResultado(r.datos);
    else {
      setResultado(null);
      setError(r.error.mensaje);
    }
  };

  return (
    <section aria-labelledby="titulo-tramite" class={resultado ? 'con-resultado' : 'sin-resultado'}>
      <h2 id="titulo-tramite">{t('calc.tramiteTitulo')}</h2>
      <form onSubmit={(e) => void enviar(e)} class="no-imprimir" noValidate>
        <div class="campo">
          <label for="calc-tramite">{t('calc.tramite')}</label>
          {elegido ? (
            <p id="calc-tramite-ayuda" class="campo-ayuda">
              {t('dias.cuenta', { n: elegido.days, tipo: t(claveTipoDias(elegido.dayKind)) })}.{' '}
              {elegido.dayKindReason}
            </p>
          ) : null}
          <select
            id="calc-tramite"
            value={tramite}
            aria-describedby={elegido ? 'calc-tramite-ayuda' : undefined}
            onChange={(e) => setTramite(e.currentTarget.value)}
          >
            <option value="">{t('calc.elegir')}</option>
            {tramites.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <Campo
          id="calc-desde"
          etiqueta={t('calc.desde')}
          tipo="date"
          valor={desde}
          alCambiar={setDesde}
          requerido
        />
        <Boton type="submit" ocupado={calculando} disabled={calculando}>
          {calculando ? t('calc.calculando') : t('calc.calcular')}
        </Boton>
      </form>
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      {elegido ? (
        <div class="no-imprimir">
          <ListaCitas citas={elegido.citations} />
        </div>
      ) : null}
      {resultado ? <TablaResultado r={resultado} /> : null}
    </section>
  );
}
