import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { sinCodigosInternos } from '../../ui/citas/model';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { FormularioRegistro, useRegistro } from '../../ui/formulario/registro';
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
  const registro = useRegistro(ACTO_VACIO, {
    enviar: (form) => {
      const v = validarActo(form);
      return v.ok ? registrarActo(codigo, v.cuerpo) : t(v.clave);
    },
    exito: () => t('actos.exito'),
    alCrear: alGuardar,
  });
  const { tipo } = registro.datos;
  const judicial = esJudicial(tipo);
  const decisionJudicial = judicial || tipo === 'levantamiento_suspension';
  return (
    <section aria-labelledby="titulo-registrar-acto" class="tarjeta no-imprimir">
      <FormularioRegistro
        titulo={t('actos.registrar')}
        nivel={2}
        idTitulo="titulo-registrar-acto"
        intro={t('actos.registrarIntro')}
        registro={registro}
        clase=""
        sinValidacionNativa
        campos={[
          {
            clave: 'tipo',
            id: 'acto-tipo',
            etiqueta: t('actos.colTipo'),
            control: 'selector',
            opciones: ['', ...TIPOS_ACTO],
            etiquetas: { '': t('actos.elegirTipo') },
            prefijo: 'actos.tipo',
          },
          {
            clave: 'instrumento',
            id: 'acto-instrumento',
            etiqueta: t('actos.colInstrumento'),
            ayuda: t('actos.instrumentoAyuda'),
            requerido: true,
          },
          {
            clave: 'fecha',
            id: 'acto-fecha',
            etiqueta: t('actos.colFecha'),
            tipo: 'date',
            requerido: true,
          },
          { clave: 'emisor', id: 'acto-emisor', etiqueta: t('actos.colEmisor'), opcional: true },
          { clave: 'objeto', id: 'acto-objeto', etiqueta: t('actos.colObjeto'), opcional: true },
          !decisionJudicial && {
            clave: 'vigenciaLargoDeclarada',
            id: 'acto-largo',
            etiqueta: t('actos.largoPlazo'),
            tipo: 'date',
            opcional: true,
          },
          judicial && {
            clave: 'actoAplicable',
            id: 'acto-aplicable',
            etiqueta: t('actos.actoAplicableCampo'),
            ayuda: t('actos.actoAplicableAyuda'),
            opcional: true,
          },
        ]}
        boton={t('actos.guardar')}
        botonOcupado={t('actos.guardando')}
      />
    </section>
  );
}
