import { useState } from 'preact/hooks';

import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { sinCodigosInternos } from '../../ui/citas/model';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import type { FormularioActo } from './actos-model';
import { ACTO_VACIO, esJudicial, ordenarActos, TIPOS_ACTO, validarActo } from './actos-model';
import { registrarActo } from './api';
import type { ActoPlan, DecisionJudicial } from './types';

const etiquetaTipo = (tipo: string): string =>
  TIPOS_ACTO.includes(tipo as ActoPlan['tipo']) ? t(`actos.tipo.${tipo}` as ClaveTexto) : tipo;

/** Suspensión o nulidad vigente: se muestra de forma destacada, con su advertencia y fuentes. */
export function AvisoJudicial({ judicial }: { judicial: DecisionJudicial }) {
  return (
    <section aria-labelledby="titulo-judicial" class="banner banner-vencido">
      <h2 id="titulo-judicial" class="banner-rotulo">
        {t(judicial.kind === 'nulidad' ? 'actos.judicialNulidad' : 'actos.judicialSuspension')}
      </h2>
      <Alerta tipo="advertencia" titulo={sinCodigosInternos(judicial.warning.message)}>
        {judicial.actoAplicable ? (
          <p>{t('actos.actoAplicable', { acto: judicial.actoAplicable })}</p>
        ) : null}
        <ListaCitas citas={judicial.warning.citations} />
      </Alerta>
    </section>
  );
}

/** "Historia del plan": actos de adopción, revisiones, modificaciones y decisiones judiciales. */
export function SeccionHistoria({ actos }: { actos: readonly ActoPlan[] }) {
  return (
    <section aria-labelledby="titulo-historia">
      <h2 id="titulo-historia">{t('actos.titulo')}</h2>
      {actos.length === 0 ? (
        <p>{t('actos.ninguno')}</p>
      ) : (
        <div class="tabla-envoltura" tabIndex={0}>
          <table>
            <caption class="visualmente-oculto">{t('actos.titulo')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actos.colTipo')}</th>
                <th scope="col">{t('actos.colInstrumento')}</th>
                <th scope="col">{t('actos.colFecha')}</th>
                <th scope="col">{t('actos.colEmisor')}</th>
                <th scope="col">{t('actos.colObjeto')}</th>
              </tr>
            </thead>
            <tbody>
              {ordenarActos(actos).map((a) => (
                <tr key={a.id}>
                  <td>{etiquetaTipo(a.tipo)}</td>
                  <th scope="row">{a.instrumento}</th>
                  <td>
                    <time dateTime={a.fecha}>{fechaLarga(a.fecha)}</time>
                  </td>
                  <td>{a.emisor ?? ''}</td>
                  <td>
                    {a.objeto ?? ''}
                    {a.actoAplicable ? (
                      <p>{t('actos.actoAplicable', { acto: a.actoAplicable })}</p>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('actos.nota')}</p>
    </section>
  );
}

/** "Registrar acto" (vista de gestión con sesión). Tras guardar, la página se recarga. */
export function FormularioRegistrarActo({
  codigo,
  alGuardar,
}: {
  codigo: string;
  alGuardar: () => void;
}) {
  const [form, setForm] = useState<FormularioActo>(ACTO_VACIO);
  const [error, setError] = useState<string | null>(null);
  const [guardando, setGuardando] = useState(false);
  const cambiar = (campo: keyof FormularioActo) => (valor: string) =>
    setForm((f) => ({ ...f, [campo]: valor }));

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    const v = validarActo(form);
    if (!v.ok) {
      setError(t(v.clave));
      return;
    }
    setGuardando(true);
    setError(null);
    const r = await registrarActo(codigo, v.cuerpo);
    setGuardando(false);
    if (!r.ok) {
      setError(r.error.mensaje);
      return;
    }
    setForm(ACTO_VACIO);
    alGuardar();
  };

  const judicial = esJudicial(form.tipo);
  const decisionJudicial = judicial || form.tipo === 'levantamiento_suspension';
  return (
    <section aria-labelledby="titulo-registrar-acto" class="tarjeta no-imprimir">
      <h2 id="titulo-registrar-acto">{t('actos.registrar')}</h2>
      <p>{t('actos.registrarIntro')}</p>
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <div class="campo">
          <label for="acto-tipo">{t('actos.colTipo')}</label>
          <select
            id="acto-tipo"
            required
            value={form.tipo}
            onChange={(e) => cambiar('tipo')(e.currentTarget.value)}
          >
            <option value="">{t('actos.elegirTipo')}</option>
            {TIPOS_ACTO.map((tipo) => (
              <option key={tipo} value={tipo}>
                {etiquetaTipo(tipo)}
              </option>
            ))}
          </select>
        </div>
        <Campo
          id="acto-instrumento"
          etiqueta={t('actos.colInstrumento')}
          ayuda={t('actos.instrumentoAyuda')}
          valor={form.instrumento}
          alCambiar={cambiar('instrumento')}
          requerido
        />
        <Campo
          id="acto-fecha"
          etiqueta={t('actos.colFecha')}
          tipo="date"
          valor={form.fecha}
          alCambiar={cambiar('fecha')}
          requerido
        />
        <Campo
          id="acto-emisor"
          etiqueta={t('actos.colEmisor')}
          valor={form.emisor}
          alCambiar={cambiar('emisor')}
          opcional
        />
        <Campo
          id="acto-objeto"
          etiqueta={t('actos.colObjeto')}
          valor={form.objeto}
          alCambiar={cambiar('objeto')}
          opcional
        />
        {decisionJudicial ? null : (
          <Campo
            id="acto-largo"
            etiqueta={t('actos.largoPlazo')}
            tipo="date"
            valor={form.vigenciaLargoDeclarada}
            alCambiar={cambiar('vigenciaLargoDeclarada')}
            opcional
          />
        )}
        {judicial ? (
          <Campo
            id="acto-aplicable"
            etiqueta={t('actos.actoAplicableCampo')}
            ayuda={t('actos.actoAplicableAyuda')}
            valor={form.actoAplicable}
            alCambiar={cambiar('actoAplicable')}
            opcional
          />
        ) : null}
        <Boton type="submit" ocupado={guardando} disabled={guardando}>
          {guardando ? t('actos.guardando') : t('actos.guardar')}
        </Boton>
      </form>
    </section>
  );
}
