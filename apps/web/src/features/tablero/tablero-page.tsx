import '../ruta/ruta.css';

import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { EnlaceBoton } from '../../ui/button';
import { sinCodigosInternos } from '../../ui/citas/model';
import { ListaCitas } from '../../ui/citation-list';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { etiquetaTipoPlan, ordenarAlertas, porcentaje, textoPlazo } from '../ruta/model';
import { BarraAvance } from '../ruta/resumen-proceso';
import type { AlertaPlazo } from '../ruta/types';
import { obtenerTablero } from './api';
import {
  accionPrincipal,
  etiquetaSeveridad,
  fraseEstado,
  ordenarRiesgos,
  tonoTablero,
} from './model';
import type { Tablero } from './types';

const CLASE_TONO = {
  bien: 'banner-vigente',
  atencion: 'banner-atencion',
  grave: 'banner-vencido',
} as const;
const ICONO_TONO = { bien: '✓', atencion: 'i', grave: '!' } as const;

function ListaPlazos({ alertas }: { alertas: readonly AlertaPlazo[] }) {
  return (
    <ul>
      {alertas.map((a) => (
        <li key={`${a.itemId ?? a.eventoId ?? ''}${a.titulo}`}>
          {a.titulo}: <strong>{textoPlazo(a.diasRestantes)}</strong>{' '}
          <span class="nota">({fechaLarga(a.venceEl)})</span>
        </li>
      ))}
    </ul>
  );
}

function Proceso({ p, codigo }: { p: NonNullable<Tablero['proceso']>; codigo: string }) {
  const { vencidos, proximos } = ordenarAlertas(p);
  return (
    <>
      <div class="rejilla">
        <section aria-labelledby="titulo-vencidos" class="tarjeta">
          <h2 id="titulo-vencidos">{t('tablero.vencidos')}</h2>
          <p>
            <span class="cifra">{p.totalVencidos ?? vencidos.length}</span>{' '}
            {(p.totalVencidos ?? vencidos.length) === 1
              ? t('tablero.tareaVencida')
              : t('tablero.tareasVencidas')}
          </p>
          {vencidos.length > 0 ? <ListaPlazos alertas={vencidos} /> : null}
        </section>
        <section aria-labelledby="titulo-devueltos" class="tarjeta">
          <h2 id="titulo-devueltos">{t('tablero.devueltos')}</h2>
          {p.devueltos.length === 0 ? (
            <p>{t('tablero.sinDevueltos')}</p>
          ) : (
            <ul class="lista-compacta">
              {p.devueltos.map((d) => (
                <li key={d.id}>
                  <Enlace href={`/m/${encodeURIComponent(codigo)}/ruta#item-${d.id}`}>
                    {d.nombre}
                  </Enlace>{' '}
                  <span class="nota">({d.etapa})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="titulo-proximos" class="tarjeta">
          <h2 id="titulo-proximos">{t('tablero.proximos')}</h2>
          {proximos.length === 0 ? (
            <p>{t('tablero.sinProximos')}</p>
          ) : (
            <ListaPlazos alertas={proximos} />
          )}
        </section>
      </div>
      <section aria-labelledby="titulo-avance">
        <h2 id="titulo-avance">{t('tablero.avance', { tipo: p.tipoRevisionEtiqueta })}</h2>
        <ol class="avance-etapas">
          {p.progresoPorEtapa.map((e) => {
            const actual = e.etapa === p.etapaActual;
            return (
              <li key={e.etapa} aria-current={actual ? 'step' : undefined}>
                <span class={actual ? 'destacado' : undefined}>{e.nombre}</span>{' '}
                {actual ? <strong class="insignia">{t('ruta.etapaActualMarca')}</strong> : null}{' '}
                <span>{t('ruta.nDeM', { n: e.hechos, m: e.total })}</span>
                <BarraAvance porcentaje={porcentaje(e.hechos, e.total)} />
              </li>
            );
          })}
        </ol>
        <p>
          <Enlace href={`/m/${encodeURIComponent(codigo)}/ruta`}>{t('tablero.verRuta')}</Enlace>
        </p>
      </section>
    </>
  );
}

function Riesgos({ datos }: { datos: Tablero }) {
  const riesgos = ordenarRiesgos(datos.riesgos);
  const enlace = `/m/${encodeURIComponent(datos.municipio.codigo)}/autodiagnostico`;
  return (
    <section aria-labelledby="titulo-riesgos">
      <h2 id="titulo-riesgos">{t('tablero.riesgos')}</h2>
      {riesgos.length === 0 ? (
        <p>{t('tablero.sinRiesgos')}</p>
      ) : (
        <ul>
          {riesgos.map((r) => (
            <li key={`${r.etapa}|${r.titulo}`}>
              <span class={`severidad severidad-${r.severidad}`}>
                {t('tablero.riesgoSeveridad', { severidad: etiquetaSeveridad(r.severidad) })}
              </span>{' '}
              {r.titulo}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Enlace href={enlace}>{t('tablero.irAutodiagnostico')}</Enlace>
      </p>
    </section>
  );
}

function Contenido({ datos }: { datos: Tablero }) {
  const m = datos.municipio;
  const codigo = encodeURIComponent(m.codigo);
  const tono = tonoTablero(datos);
  return (
    <>
      <h1>{t('tablero.tituloDe', { nombre: m.nombre })}</h1>
      <p class="entradilla">
        {t('tablero.situacionAl', { departamento: m.departamento, fecha: fechaLarga(datos.fecha) })}
      </p>
      <section aria-labelledby="titulo-situacion" class={`banner ${CLASE_TONO[tono]}`}>
        <h2 id="titulo-situacion" class="banner-rotulo">
          {t('tablero.situacion')}
        </h2>
        <p class="frase-estado">
          <span aria-hidden="true" class="banner-icono">
            {ICONO_TONO[tono]}
          </span>{' '}
          {fraseEstado(datos)}
        </p>
        <p>
          {datos.plan.tipoPlan ? <strong>{etiquetaTipoPlan(datos.plan.tipoPlan)}. </strong> : null}
          {sinCodigosInternos(datos.plan.explicacion)}
          {datos.plan.vigenciaLargoPlazo
            ? ` ${t('tablero.vigenciaLargo', { fecha: fechaLarga(datos.plan.vigenciaLargoPlazo) })}`
            : null}
        </p>
        <ListaCitas citas={datos.plan.citas} />
        <p>
          <EnlaceBoton href={`/m/${codigo}/ruta`}>{t(accionPrincipal(datos))}</EnlaceBoton>
        </p>
      </section>
      {datos.proceso ? <Proceso p={datos.proceso} codigo={m.codigo} /> : null}
      <Riesgos datos={datos} />
      <nav aria-labelledby="titulo-enlaces" class="no-imprimir">
        <h2 id="titulo-enlaces">{t('tablero.enlaces')}</h2>
        <ul class="lista-enlaces">
          <li>
            <Enlace href={`/m/${codigo}/ruta`}>{t('ruta.titulo')}</Enlace>
          </li>
          <li>
            <Enlace href={`/m/${codigo}/estado-pot`}>{t('municipio.estadoTitulo')}</Enlace>
          </li>
          <li>
            <Enlace href={`/m/${codigo}`}>{t('tablero.volver', { nombre: m.nombre })}</Enlace>
          </li>
        </ul>
      </nav>
    </>
  );
}

/** Tablero del municipio (/m/:codigo/tablero): la situación en un minuto, para el alcalde. */
export function TableroPage({ codigo }: { codigo: string }) {
  const { recurso, recargar } = useRecurso((s) => obtenerTablero(codigo, s), [codigo]);
  useTitulo(
    recurso.estado === 'ok'
      ? t('tablero.tituloDe', { nombre: recurso.datos.municipio.nombre })
      : t('tablero.titulo'),
  );
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') {
    if (recurso.codigoHttp === 404 || recurso.codigoHttp === 403) {
      return (
        <>
          <h1>{t('tablero.titulo')}</h1>
          <Alerta tipo="error" titulo={recurso.error.mensaje} />
        </>
      );
    }
    return <ErrorCarga error={recurso.error} recargar={recargar} />;
  }
  return <Contenido datos={recurso.datos} />;
}
