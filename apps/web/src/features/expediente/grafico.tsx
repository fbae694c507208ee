import { t } from '../../i18n/es-CO';
import { geometriaSerie, numero } from './model';
import { TablaDesplazable } from './tabla';
import type { Indicador } from './types';

const ANCHO = 320;
const ALTO = 120;
const MARGEN = 12;

/** A small line chart of an indicator's series with its target, and the same data as a table. */
export function SerieIndicador({ indicador }: { indicador: Indicador }) {
  const g = geometriaSerie(indicador.mediciones, {
    ancho: ANCHO,
    alto: ALTO,
    margen: MARGEN,
    meta: indicador.meta?.valor ?? null,
  });
  const anios = indicador.mediciones.map((m) => m.anio);
  const alt = t('expediente.graficoAlt', {
    nombre: indicador.nombre,
    n: indicador.mediciones.length,
    desde: anios.length ? Math.min(...anios) : '—',
    hasta: anios.length ? Math.max(...anios) : '—',
    meta: indicador.meta
      ? `${numero(indicador.meta.valor)} ${indicador.unidad} (${indicador.meta.anio})`
      : '—',
  });
  return (
    <div class="serie-indicador">
      {g.puntos.length > 1 ? (
        <svg viewBox={`0 0 ${ANCHO} ${ALTO}`} role="img" aria-label={alt} class="grafico-serie">
          {g.yMeta === null ? null : (
            <line x1={MARGEN} x2={ANCHO - MARGEN} y1={g.yMeta} y2={g.yMeta} class="grafico-meta" />
          )}
          <polyline points={g.puntos.map((p) => `${p.x},${p.y}`).join(' ')} class="grafico-linea" />
          {g.puntos.map((p) => (
            <circle key={p.anio} cx={p.x} cy={p.y} r={3} class="grafico-punto" />
          ))}
        </svg>
      ) : null}
      <TablaDesplazable nombre={t('expediente.serie', { nombre: indicador.nombre })}>
        <table>
          <caption>{t('expediente.serie', { nombre: indicador.nombre })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('expediente.colAnio')}</th>
              <th scope="col" class="numero">
                {t('expediente.colValor')} ({indicador.unidad})
              </th>
              <th scope="col">{t('expediente.colEvidencia')}</th>
            </tr>
          </thead>
          <tbody>
            {indicador.mediciones.map((m) => (
              <tr key={m.anio}>
                <th scope="row">{m.anio}</th>
                <td class="numero">{numero(m.valor)}</td>
                <td>{m.evidencia ?? (indicador.automatico ? indicador.fuente : '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TablaDesplazable>
    </div>
  );
}
