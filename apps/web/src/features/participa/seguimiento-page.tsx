import './participa.css';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Cargando } from '../../ui/estado-carga';
import { fechaHoraColombia } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { consultarSeguimiento, type SeguimientoAporte } from './api';
import { fragmentoActual, VolverPortal } from './confirmar-page';

function Respuesta({ respuesta }: { respuesta: NonNullable<SeguimientoAporte['respuesta']> }) {
  const cambios = [
    respuesta.documentoVersion !== null && respuesta.documentoVersion !== ''
      ? t('participa.cambioDocumento', { version: respuesta.documentoVersion })
      : null,
    respuesta.articulo ? t('participa.cambioArticulo', { articulo: respuesta.articulo }) : null,
    respuesta.elementoMapa ? t('participa.cambioMapa', { elemento: respuesta.elementoMapa }) : null,
  ].filter((c) => c !== null);
  return (
    <dl class="datos">
      <dt>{t('participa.resultado')}</dt>
      <dd>
        <strong>{respuesta.etiqueta}</strong>
      </dd>
      {respuesta.razones ? (
        <>
          <dt>{t('participa.razones')}</dt>
          <dd class="participa-texto">{respuesta.razones}</dd>
        </>
      ) : null}
      {cambios.length > 0 ? (
        <>
          <dt>{t('participa.queCambio')}</dt>
          <dd>{cambios.join(' · ')}</dd>
        </>
      ) : null}
    </dl>
  );
}

function Detalle({ s }: { s: SeguimientoAporte }) {
  return (
    <>
      <p class="entradilla">
        {t('participa.seguimientoDe', {
          codigo: s.codigo,
          municipio: s.municipio.nombre,
          departamento: s.municipio.departamento,
        })}
      </p>
      <dl class="datos">
        <dt>{t('participa.estado')}</dt>
        <dd>
          <strong>{s.estadoEtiqueta}</strong>
        </dd>
        <dt>{t('participa.recibidoEn')}</dt>
        <dd>{fechaHoraColombia(s.recibidoEn)}</dd>
        {s.tema ? (
          <>
            <dt>{t('participa.tema')}</dt>
            <dd>{s.tema}</dd>
          </>
        ) : null}
        {s.grupo ? (
          <>
            <dt>{t('participa.grupo')}</dt>
            <dd>{s.grupo}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('participa.suTexto')}</h2>
      <p class="participa-texto">{s.texto}</p>
      <h2>{t('participa.respuesta')}</h2>
      {s.respuesta ? <Respuesta respuesta={s.respuesta} /> : <p>{t('participa.sinRespuesta')}</p>}
      <h2>{t('participa.lineaTiempo')}</h2>
      <ol class="historial">
        {s.lineaTiempo.map((h, i) => (
          <li key={i}>
            <time dateTime={h.en}>{fechaHoraColombia(h.en)}</time> — {h.texto}
          </li>
        ))}
      </ol>
    </>
  );
}

function Consulta({ enlace }: { enlace: string }) {
  const { recurso } = useRecurso((s) => consultarSeguimiento(enlace, s), [enlace]);
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error')
    return <Alerta tipo="error" titulo={recurso.error.mensaje} anunciar />;
  return <Detalle s={recurso.datos} />;
}

/** /publico/:codigo/participa/seguimiento#<código>.<token>: estado, respuesta y línea de tiempo. */
export function SeguimientoAportePage({ codigo }: { codigo: string }) {
  useTitulo(t('participa.seguimientoTitulo'));
  const enlace = fragmentoActual();
  return (
    <section class="participa" aria-labelledby="titulo-seguimiento">
      <h1 id="titulo-seguimiento">{t('participa.seguimientoTitulo')}</h1>
      {enlace ? (
        <Consulta enlace={enlace} />
      ) : (
        <Alerta tipo="error" titulo={t('participa.sinEnlace')} />
      )}
      <VolverPortal codigo={codigo} />
    </section>
  );
}
