import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { Boton, EnlaceBoton } from '../../ui/button';
import { sinCodigosInternos } from '../../ui/citas/model';
import { ListaCitas } from '../../ui/citation-list';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { iniciarProceso, obtenerPropuesta } from './api';
import { etiquetaTipoPlan, tipoInicial } from './model';
import type { Proceso, Propuesta, TipoRevisionPropuesta } from './types';

function Lista({ titulo, elementos }: { titulo: string; elementos: readonly string[] }) {
  if (elementos.length === 0) return null;
  return (
    <>
      <p class="lista-titulo">{titulo}</p>
      <ul>
        {elementos.map((e) => (
          <li key={e}>{sinCodigosInternos(e)}</li>
        ))}
      </ul>
    </>
  );
}

interface PropsOpcion {
  tipo: TipoRevisionPropuesta;
  elegido: boolean;
  propuesto: boolean;
  elegir: (tipo: string) => void;
}

function OpcionTipo({ tipo, elegido, propuesto, elegir }: PropsOpcion) {
  const id = `tipo-${tipo.type}`;
  return (
    <div class={elegido ? 'opcion-tipo opcion-elegida' : 'opcion-tipo'}>
      <div class="opcion">
        <input
          type="radio"
          id={id}
          name="tipoRevision"
          value={tipo.type}
          checked={elegido}
          onChange={() => elegir(tipo.type)}
          aria-describedby={`${id}-detalle`}
        />
        <label for={id}>
          <strong>{tipo.label}</strong>{' '}
          {propuesto ? (
            <span class="insignia insignia-propuesta">{t('revision.propuesta')}</span>
          ) : null}
        </label>
      </div>
      <div id={`${id}-detalle`} class="opcion-detalle">
        <Lista titulo={t('revision.razones')} elementos={tipo.reasons} />
        <Lista titulo={t('revision.puedeCambiar')} elementos={tipo.mayChange} />
        <Lista titulo={t('revision.requiere')} elementos={tipo.requires} />
      </div>
      <ListaCitas citas={tipo.citations} />
      <ListaAdvertencias advertencias={tipo.warnings} />
    </div>
  );
}

function Formulario({
  codigo,
  p,
  alIniciar,
}: {
  codigo: string;
  p: Propuesta;
  alIniciar: (x: Proceso) => void;
}) {
  const abiertos = p.tiposRevision.filter((x) => x.open);
  const cerrados = p.tiposRevision.filter((x) => !x.open);
  const [elegido, setElegido] = useState<string | null>(() =>
    tipoInicial(p.tiposRevision, p.propuesta),
  );
  const [enviando, setEnviando] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    if (!elegido) {
      setError(t('ruta.iniciar.faltaTipo'));
      return;
    }
    setEnviando(true);
    setError(null);
    const r = await iniciarProceso(codigo, elegido);
    setEnviando(false);
    if (r.ok) alIniciar(r.datos);
    else setError(r.error.mensaje);
  };

  return (
    <>
      {p.tipoPlan ? (
        <section aria-labelledby="titulo-tipo-plan">
          <h2 id="titulo-tipo-plan">{t('ruta.iniciar.tipoPlan')}</h2>
          <p class="destacado">{etiquetaTipoPlan(p.tipoPlan.planType)}</p>
          <p>{sinCodigosInternos(p.tipoPlan.explanation)}</p>
          <ListaCitas citas={p.tipoPlan.citations} />
          <ListaAdvertencias advertencias={p.tipoPlan.warnings} />
        </section>
      ) : null}
      {abiertos.length === 0 ? (
        <Alerta tipo="info" titulo={t('ruta.iniciar.ninguno')} />
      ) : (
        <form onSubmit={(e) => void enviar(e)} noValidate>
          <fieldset class="campo">
            <legend>
              <h2 class="legend-titulo">{t('ruta.iniciar.elegir')}</h2>
            </legend>
            <p>{t('ruta.iniciar.elegirAyuda')}</p>
            {abiertos.map((x) => (
              <OpcionTipo
                key={x.type}
                tipo={x}
                elegido={elegido === x.type}
                propuesto={x.type === p.propuesta}
                elegir={setElegido}
              />
            ))}
          </fieldset>
          <div role="alert">{error ? <Alerta tipo="error" titulo={error} /> : null}</div>
          <Boton type="submit" ocupado={enviando} disabled={enviando}>
            {enviando ? t('ruta.iniciar.iniciando') : t('ruta.iniciar.boton')}
          </Boton>
        </form>
      )}
      {cerrados.length > 0 ? (
        <section aria-labelledby="titulo-cerrados">
          <h2 id="titulo-cerrados">{t('ruta.iniciar.cerrados')}</h2>
          <ul class="lista-tipos">
            {cerrados.map((x) => (
              <li key={x.type} class="tipo-revision">
                <h3>
                  {x.label}{' '}
                  <span class="insignia insignia-no-procede">{t('revision.noProcede')}</span>
                </h3>
                <Lista titulo={t('revision.razonesNo')} elementos={x.reasons} />
                <ListaCitas citas={x.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** Sin proceso en curso: propone el tipo de revisión que procede y permite iniciarlo. */
export function IniciarRevision({
  codigo,
  alIniciar,
}: {
  codigo: string;
  alIniciar: (p: Proceso) => void;
}) {
  const { recurso, recargar } = useRecurso((s) => obtenerPropuesta(codigo, s), [codigo]);
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') {
    return recurso.codigoHttp === 403 || recurso.codigoHttp === 404 ? (
      <Alerta tipo="error" titulo={recurso.error.mensaje} />
    ) : (
      <ErrorCarga error={recurso.error} recargar={recargar} />
    );
  }
  if (!recurso.datos.plan)
    return (
      <Alerta tipo="advertencia" titulo={t('ruta.iniciar.sinPlan')}>
        <p>{t('ruta.iniciar.sinPlanTexto')}</p>
        <p>
          <EnlaceBoton href={`/m/${encodeURIComponent(codigo)}/estado-pot`}>
            {t('ruta.iniciar.registrarPlan')}
          </EnlaceBoton>
        </p>
      </Alerta>
    );
  return (
    <>
      <Alerta tipo="info" titulo={t('ruta.iniciar.titulo')}>
        <p>{t('ruta.iniciar.intro', { fecha: fechaLarga(recurso.datos.fecha) })}</p>
      </Alerta>
      <Formulario codigo={codigo} p={recurso.datos} alIniciar={alIniciar} />
    </>
  );
}
