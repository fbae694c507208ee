import { t } from '../../i18n/es-CO';
import { FilaItem } from './fila-item';
import { avanceEtapa } from './model';
import { BarraAvance } from './resumen-proceso';
import type { ContextoRuta, Etapa } from './types';

interface Props {
  ctx: ContextoRuta;
  abiertas: ReadonlySet<string>;
  alternar: (etapa: string, abierta: boolean) => void;
}

function TablaEtapa({ ctx, etapa }: { ctx: ContextoRuta; etapa: Etapa }) {
  if (etapa.items.length === 0) return <p>{t('ruta.etapa.sinItems')}</p>;
  return (
    <div class="tabla-envoltura" tabIndex={0}>
      <table class="tabla-items">
        <caption class="visualmente-oculto">
          {t('ruta.etapa.tabla', { etapa: etapa.nombre })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('ruta.col.item')}</th>
            <th scope="col">{t('ruta.col.estado')}</th>
            <th scope="col">{t('ruta.col.responsable')}</th>
            <th scope="col">{t('ruta.col.vence')}</th>
            <th scope="col">{t('ruta.col.evidencias')}</th>
            <th scope="col">{t('ruta.col.conceptos')}</th>
          </tr>
        </thead>
        <tbody>
          {etapa.items.map((item) => (
            <FilaItem key={item.id} ctx={ctx} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Una sección plegable por etapa; la etapa actual empieza abierta. */
export function SeccionEtapas({ ctx, abiertas, alternar }: Props) {
  const { proceso } = ctx;
  return (
    <section aria-labelledby="titulo-lista">
      <h2 id="titulo-lista">{t('ruta.etapas.titulo')}</h2>
      <p>{t('ruta.etapas.intro')}</p>
      {proceso.etapas.map((etapa, i) => {
        const a = avanceEtapa(etapa);
        const esActual = etapa.id === proceso.etapaActual;
        return (
          <details
            key={etapa.id}
            id={`etapa-${etapa.id}`}
            class={esActual ? 'etapa etapa-actual' : 'etapa'}
            open={abiertas.has(etapa.id)}
            onToggle={(e) => alternar(etapa.id, e.currentTarget.open)}
          >
            <summary>
              <span class="etapa-titulo">
                {t('ruta.etapa.numero', { n: i + 1 })} {etapa.nombre}
              </span>{' '}
              {esActual ? <strong class="insignia">{t('ruta.etapaActualMarca')}</strong> : null}{' '}
              <span class="etapa-cuenta">
                {t('ruta.etapa.cuenta', { n: a.hechos, m: a.total })}
              </span>
              <BarraAvance porcentaje={a.porcentaje} />
            </summary>
            {abiertas.has(etapa.id) ? <TablaEtapa ctx={ctx} etapa={etapa} /> : null}
          </details>
        );
      })}
    </section>
  );
}
