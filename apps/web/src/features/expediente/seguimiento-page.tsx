import { pedir } from '../../app/http';
import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { millones, numero } from './model';
import { TablaDesplazable } from './tabla';

interface FilaSeguimiento {
  municipio: { codigo: string; nombre: string; departamento: string };
  indicadores: number;
  rezagados: number;
  ejecucionFisica: number | null;
  ejecucionFinanciera: number | null;
  suficiencia: number | null;
  proyectosPeriodo: number | null;
  proyectosEnPlanDesarrollo: number | null;
  valorPorFueraCop: number | null;
}

const pct = (n: number | null) => (n === null ? t('expediente.sinDato') : `${numero(n)} %`);

/** /seguimiento — the follow-up of every municipality the person accompanies, worst first. */
export function SeguimientoPage() {
  useTitulo(t('expediente.portafolio'));
  const { recurso, recargar } = useRecurso(
    (senal) =>
      pedir<{ anio: number; municipios: FilaSeguimiento[] }>('/api/v1/expediente/resumen', {
        senal,
      }),
    [],
  );
  return (
    <>
      <h1>{t('expediente.portafolio')}</h1>
      <p>{t('expediente.portafolioIntro')}</p>
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok' && recurso.datos.municipios.length === 0 ? (
        <p>{t('expediente.portafolioVacio')}</p>
      ) : null}
      {recurso.estado === 'ok' && recurso.datos.municipios.length > 0 ? (
        <TablaDesplazable nombre={t('expediente.portafolio')}>
          <table>
            <caption>{t('expediente.portafolioTabla', { anio: recurso.datos.anio })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('expediente.colMunicipio')}</th>
                <th scope="col" class="numero">
                  {t('expediente.rezagados')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.ejecucionFisica')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.ejecucionFinanciera')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.suficiencia')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.enPlanActual')}
                </th>
                <th scope="col" class="numero">
                  {t('expediente.colFaltante')}
                </th>
              </tr>
            </thead>
            <tbody>
              {recurso.datos.municipios.map((f) => (
                <tr key={f.municipio.codigo}>
                  <th scope="row">
                    <Enlace href={`/m/${f.municipio.codigo}/expediente`}>
                      {f.municipio.nombre}
                    </Enlace>{' '}
                    <span class="nota">({f.municipio.departamento})</span>
                  </th>
                  <td class="numero">
                    {t('expediente.nDeM', { n: f.rezagados, m: f.indicadores })}
                  </td>
                  <td class="numero">{pct(f.ejecucionFisica)}</td>
                  <td class="numero">{pct(f.ejecucionFinanciera)}</td>
                  <td class="numero">{pct(f.suficiencia)}</td>
                  <td class="numero">
                    {f.proyectosPeriodo === null
                      ? t('expediente.sinDato')
                      : t('expediente.nDeM', {
                          n: f.proyectosEnPlanDesarrollo ?? 0,
                          m: f.proyectosPeriodo,
                        })}
                  </td>
                  <td class="numero">
                    {f.valorPorFueraCop === null
                      ? t('expediente.sinDato')
                      : millones(f.valorPorFueraCop)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TablaDesplazable>
      ) : null}
    </>
  );
}
