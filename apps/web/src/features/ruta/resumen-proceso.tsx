import { t } from '../../i18n/es-CO';
import { fechaHoraColombia, fechaLarga } from '../../ui/formato/model';
import {
  avanceEtapa,
  avanceTotal,
  etiquetaEstadoProceso,
  etiquetaTipoPlan,
  ordenarAlertas,
  textoPlazo,
} from './model';
import type { AlertaPlazo, Proceso } from './types';

/** Barra de avance decorativa: el texto "n de m" al lado es el que informa. */
export function BarraAvance({ porcentaje }: { porcentaje: number }) {
  return (
    <span class="barra" aria-hidden="true">
      <span class="barra-relleno" style={{ width: `${porcentaje}%` }} />
    </span>
  );
}

export function EncabezadoProceso({ proceso }: { proceso: Proceso }) {
  const total = avanceTotal(proceso.etapas);
  const actual = proceso.etapas.find((e) => e.id === proceso.etapaActual);
  return (
    <section aria-labelledby="titulo-proceso" class="tarjeta tarjeta-destacada">
      <h2 id="titulo-proceso">{proceso.tipoRevisionEtiqueta}</h2>
      <dl class="datos">
        <dt>{t('ruta.estadoProceso')}</dt>
        <dd class="destacado">{etiquetaEstadoProceso(proceso.estado)}</dd>
        <dt>{t('ruta.tipoPlan')}</dt>
        <dd>{etiquetaTipoPlan(proceso.tipoPlan)}</dd>
        <dt>{t('ruta.etapaActual')}</dt>
        <dd>{actual?.nombre ?? proceso.etapaActual}</dd>
        <dt>{t('ruta.avance')}</dt>
        <dd>
          {t('ruta.avanceTexto', {
            hechos: total.hechos,
            total: total.total,
            pct: total.porcentaje,
          })}
        </dd>
        <dt>{t('ruta.iniciado')}</dt>
        <dd>
          {fechaHoraColombia(proceso.iniciadoEn)}
          <span class="nota"> {t('ruta.fechaBase', { fecha: fechaLarga(proceso.fechaBase) })}</span>
        </dd>
      </dl>
      <h3 id="titulo-etapas-resumen">{t('ruta.etapasResumen')}</h3>
      <ol class="pasos" aria-labelledby="titulo-etapas-resumen">
        {proceso.etapas.map((e) => {
          const a = avanceEtapa(e);
          const esActual = e.id === proceso.etapaActual;
          return (
            <li
              key={e.id}
              class={esActual ? 'paso paso-actual' : 'paso'}
              aria-current={esActual ? 'step' : undefined}
            >
              <span class="paso-nombre">{e.nombre}</span>{' '}
              {esActual ? <strong class="insignia">{t('ruta.etapaActualMarca')}</strong> : null}{' '}
              <span class="paso-cuenta">{t('ruta.nDeM', { n: a.hechos, m: a.total })}</span>
              <BarraAvance porcentaje={a.porcentaje} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

interface PropsAlertas {
  alertas: Proceso['alertas'];
  irAItem: (itemId: string) => void;
  irAEvento: (eventoId: string) => void;
}

function FilaAlerta({ a, props }: { a: AlertaPlazo; props: PropsAlertas }) {
  const texto = (
    <>
      {a.titulo}: {textoPlazo(a.diasRestantes)} <span class="nota">({fechaLarga(a.venceEl)})</span>
    </>
  );
  const { itemId, eventoId } = a;
  if (itemId) {
    return (
      <li>
        <a
          href={`#item-${itemId}`}
          onClick={(e) => {
            e.preventDefault();
            props.irAItem(itemId);
          }}
        >
          {texto}
        </a>
      </li>
    );
  }
  if (eventoId) {
    return (
      <li>
        <a
          href={`#evento-${eventoId}`}
          onClick={(e) => {
            e.preventDefault();
            props.irAEvento(eventoId);
          }}
        >
          {texto}
        </a>
      </li>
    );
  }
  return <li>{texto}</li>;
}

/** Caja "Alertas": primero lo vencido, luego lo que vence en los próximos 30 días. */
export function CajaAlertas(props: PropsAlertas) {
  const { vencidos, proximos } = ordenarAlertas(props.alertas);
  const sinAlertas = vencidos.length === 0 && proximos.length === 0;
  return (
    <section
      aria-labelledby="titulo-alertas"
      class={`alerta ${vencidos.length > 0 ? 'alerta-error' : 'alerta-info'}`}
    >
      <h2 id="titulo-alertas" class="alerta-rotulo">
        {t('ruta.alertas.titulo')}
      </h2>
      {sinAlertas ? <p>{t('ruta.alertas.ninguna')}</p> : null}
      {vencidos.length > 0 ? (
        <>
          <h3>{t('ruta.alertas.vencidos', { n: vencidos.length })}</h3>
          <ul>
            {vencidos.map((a) => (
              <FilaAlerta key={`${a.itemId ?? a.eventoId ?? a.titulo}-v`} a={a} props={props} />
            ))}
          </ul>
        </>
      ) : null}
      {proximos.length > 0 ? (
        <>
          <h3>{t('ruta.alertas.proximos', { n: proximos.length })}</h3>
          <ul>
            {proximos.map((a) => (
              <FilaAlerta key={`${a.itemId ?? a.eventoId ?? a.titulo}-p`} a={a} props={props} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
