import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { ListaCitas } from '../../ui/citation-list';
import { fechaHoraColombia } from '../../ui/formato/model';
import { consultaDeRiesgo } from '../preparacion/model';
import { claveSinAcciones, riesgosPorSeveridad, textoPuntaje } from './model';
import type { EntradaHistorial, Evaluacion } from './types';

/** Riesgos agrupados por gravedad; la gravedad se dice con texto, no solo con color. */
function ListaRiesgos({ evaluacion }: { evaluacion: Evaluacion }) {
  const nombreEtapa = new Map(evaluacion.stages.map((s) => [s.stage, s.name]));
  if (evaluacion.risks.length === 0) {
    return <p>{t('autodiagnostico.sinRiesgos')}</p>;
  }
  return (
    <>
      {riesgosPorSeveridad(evaluacion.risks).map((grupo) => (
        <section key={grupo.severidad} aria-labelledby={`riesgos-${grupo.severidad}`}>
          <h4 id={`riesgos-${grupo.severidad}`}>
            {t(`autodiagnostico.severidad.${grupo.severidad}`)} ({grupo.riesgos.length})
          </h4>
          <ul class="lista-riesgos">
            {grupo.riesgos.map((r) => (
              <li key={r.questionId} class={`riesgo riesgo-${r.severity}`}>
                <p>
                  <strong>{r.title}</strong>{' '}
                  <span class="insignia">{t(`autodiagnostico.severidadCorta.${r.severity}`)}</span>
                </p>
                <p>{r.description}</p>
                <p class="campo-ayuda">
                  {t('autodiagnostico.etapaDe', { etapa: nombreEtapa.get(r.stage) ?? r.stage })}
                </p>
                {r.citations.length > 0 ? <ListaCitas citas={r.citations} /> : null}
                <p class="no-imprimir">
                  <Enlace href={`/banco?texto=${encodeURIComponent(consultaDeRiesgo(r.title))}`}>
                    {t('preparacion.casosRelacionados')}
                  </Enlace>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function RetosPorEtapa({ evaluacion }: { evaluacion: Evaluacion }) {
  return (
    <section aria-labelledby="titulo-retos">
      <h3 id="titulo-retos">{t('autodiagnostico.acciones')}</h3>
      {evaluacion.stages.map((s) => {
        const puntaje = textoPuntaje(s.score);
        return (
          <section key={s.stage} aria-labelledby={`retos-${s.stage}`} class="tarjeta">
            <h4 id={`retos-${s.stage}`}>{s.name}</h4>
            <p class="campo-ayuda">
              {t('autodiagnostico.avance', { respondidas: s.answered, total: s.total })}
              {' · '}
              {puntaje
                ? t('autodiagnostico.puntaje', { puntaje })
                : t('autodiagnostico.sinPuntaje')}
            </p>
            {s.actions.length === 0 ? (
              <p>{t(claveSinAcciones(s.answered))}</p>
            ) : (
              <ul>
                {s.actions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

function Historial({ historial }: { historial: readonly EntradaHistorial[] }) {
  return (
    <section aria-labelledby="titulo-historial">
      <h3 id="titulo-historial">{t('autodiagnostico.historial')}</h3>
      {historial.length === 0 ? (
        <p>{t('autodiagnostico.sinHistorial')}</p>
      ) : (
        <div class="tabla-envoltura" tabIndex={0}>
          <table>
            <caption class="visualmente-oculto">{t('autodiagnostico.historial')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('autodiagnostico.colFecha')}</th>
                <th scope="col">{t('autodiagnostico.colPor')}</th>
                <th scope="col">{t('autodiagnostico.colRespondidas')}</th>
                <th scope="col">{t('autodiagnostico.colRiesgos')}</th>
              </tr>
            </thead>
            <tbody>
              {historial.map((h) => (
                <tr key={h.id}>
                  <th scope="row">{fechaHoraColombia(h.respondidoEn)}</th>
                  <td>{h.respondidoPor ?? t('autodiagnostico.personaDesconocida')}</td>
                  <td>
                    {t('autodiagnostico.avance', {
                      respondidas: h.resumen.respondidas,
                      total: h.resumen.preguntas,
                    })}
                  </td>
                  <td>{t('autodiagnostico.conteo', { ...h.resumen })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Resultados: riesgos por gravedad, retos por etapa e historial de registros. */
export function ResultadosAutodiagnostico(props: {
  evaluacion: Evaluacion;
  historial: readonly EntradaHistorial[];
}) {
  const { evaluacion } = props;
  return (
    <section aria-labelledby="titulo-resultados">
      <h2 id="titulo-resultados">{t('autodiagnostico.resultados')}</h2>
      <p>
        {t('autodiagnostico.resumen', {
          ...evaluacion.counts,
          respondidas: evaluacion.answered,
          preguntas: evaluacion.total,
        })}
      </p>
      <h3>{t('autodiagnostico.riesgos')}</h3>
      <ListaRiesgos evaluacion={evaluacion} />
      <RetosPorEtapa evaluacion={evaluacion} />
      <Historial historial={props.historial} />
    </section>
  );
}
