import { t } from '../../i18n/es-CO';
import { ListaCitas } from '../../ui/citation-list';
import { millones } from './model';
import { TablaDesplazable } from './tabla';
import type { Expediente } from './types';

/** The programa de ejecución against each development plan, and by financing source. */
export function SeccionPrograma({ ejecucion }: { ejecucion: Expediente['ejecucion'] }) {
  return (
    <section aria-labelledby="titulo-programa">
      <h2 id="titulo-programa">{t('expediente.programa')}</h2>
      <p>{t('expediente.programaIntro')}</p>
      {ejecucion.proyectos === 0 ? <p>{t('expediente.sinProyectos')}</p> : null}
      {ejecucion.porPlanDesarrollo.length > 0 ? (
        <TablaDesplazable nombre={t('expediente.programa')}>
          <table>
            <caption>{t('expediente.programa')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('expediente.colPlan')}</th>
                <th scope="col" class="numero">
                  {t('expediente.colProgramados')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.colIncluidos')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.colFaltante')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.colEjecutado')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ejecucion.porPlanDesarrollo.map((c) => (
                <tr key={c.plan.id}>
                  <th scope="row">
                    {c.plan.nombre}
                    {c.faltantes.length > 0 ? (
                      <details>
                        <summary>{t('expediente.verFaltantes', { n: c.faltantes.length })}</summary>
                        <ul>
                          {c.faltantes.map((f) => (
                            <li key={f.id}>
                              {f.codigo} · {f.nombre} ({millones(f.costoCop)})
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </th>
                  <td class="numero">{c.programados}</td>
                  <td class="numero">{c.incluidos}</td>
                  <td class="numero">{millones(c.costoFaltanteCop)}</td>
                  <td class="numero">{millones(c.ejecutadoEnPeriodoCop)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TablaDesplazable>
      ) : null}
      {ejecucion.porFuente.length > 0 ? (
        <TablaDesplazable nombre={t('expediente.porFuente')}>
          <table>
            <caption>{t('expediente.porFuente')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('expediente.colFuente')}</th>
                <th scope="col" class="numero">
                  {t('expediente.colCosto')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.colEjecutado')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ejecucion.porFuente.map((f) => (
                <tr key={f.fuente}>
                  <th scope="row">{f.etiqueta}</th>
                  <td class="numero">{millones(f.costoCop)}</td>
                  <td class="numero">{millones(f.ejecutadoCop)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TablaDesplazable>
      ) : null}
      <ListaCitas citas={ejecucion.citas} />
    </section>
  );
}
