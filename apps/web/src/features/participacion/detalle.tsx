import { useEffect, useRef, useState } from 'preact/hooks';

import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaHoraColombia, fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { Acciones } from './acciones';
import { type AporteDetalle, type EstadoTras, type Grupo, obtenerAporte } from './api';
import { Vencimiento } from './lista';
import { resumenLugar, tamano } from './model';

const TIPOS_GEO = {
  Point: 1,
  LineString: 1,
  Polygon: 1,
  MultiPoint: 1,
  MultiLineString: 1,
  MultiPolygon: 1,
};

function Lugar({ geometria }: { geometria: unknown }) {
  const r = resumenLugar(geometria);
  if (!r || !r.centro) return <p>{t('partOficina.sinLugar')}</p>;
  return (
    <p>
      {t('partOficina.lugarResumen', {
        tipo: r.tipo in TIPOS_GEO ? t(`partOficina.geo.${r.tipo}` as ClaveTexto) : r.tipo,
        n: r.vertices,
        lat: r.centro[1],
        lon: r.centro[0],
      })}
    </p>
  );
}

function Referencia({ d }: { d: AporteDetalle }) {
  const filas: [ClaveTexto, string | null][] = [
    ['partOficina.tema', d.tema],
    ['partOficina.etapa', d.etapa ? t(`partOficina.etapa.${d.etapa}` as ClaveTexto) : null],
    ['partOficina.documento', d.documento],
    ['partOficina.articulo', d.articulo],
    ['partOficina.capa', d.capa],
    ['partOficina.grupo', d.grupo],
    ['partOficina.evento', d.evento],
  ];
  const dadas = filas.filter(([, v]) => v);
  if (dadas.length === 0) return <p>{t('partOficina.sinReferencia')}</p>;
  return (
    <dl class="part-datos">
      {dadas.map(([k, v]) => (
        <div key={k}>
          <dt>{t(k)}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Contenido({ d, hoy }: { d: AporteDetalle; hoy: string }) {
  return (
    <>
      <p>
        <strong>{d.estadoEtiqueta}</strong> · {t(`partOficina.origen.${d.origen}` as ClaveTexto)} ·{' '}
        {fechaLarga(d.recibidoEn)}
      </p>
      {d.peticion && d.venceEn ? (
        <p>
          {t('partOficina.peticion', {
            tipo: t(`partOficina.peticion.${d.peticion.tipo}` as ClaveTexto),
            radicado: d.peticion.radicado ?? t('partOficina.sinRadicado'),
            fecha: fechaLarga(d.venceEn),
          })}{' '}
          <Vencimiento venceEn={d.venceEn} estado={d.estado} hoy={hoy} />
        </p>
      ) : null}
      <h3>{t('partOficina.texto')}</h3>
      <p class="part-texto">{d.texto}</p>
      <h3>{t('partOficina.refiere')}</h3>
      <Referencia d={d} />
      <h3>{t('partOficina.lugar')}</h3>
      <Lugar geometria={d.geometria} />
      <h3>{t('partOficina.adjuntos')}</h3>
      {d.adjuntos.length === 0 ? (
        <p>{t('partOficina.sinAdjuntos')}</p>
      ) : (
        <ul>
          {d.adjuntos.map((a) => (
            <li key={a.id}>
              {a.nombre} ({a.tipo}, {tamano(a.bytes)})
            </li>
          ))}
        </ul>
      )}
      {d.autor ? (
        <>
          <h3>{t('partOficina.autor')}</h3>
          <p>
            {[d.autor.nombre, d.autor.correo].filter(Boolean).join(' · ') ||
              t('partOficina.sinAutor')}
          </p>
        </>
      ) : null}
      {d.respuesta ? (
        <>
          <h3>{t('partOficina.respuesta')}</h3>
          <p>
            <strong>{d.respuesta.etiqueta}.</strong> {d.respuesta.razones}
          </p>
          {cambio(d.respuesta) ? (
            <p>
              {t('partOficina.cambio')}: {cambio(d.respuesta)}
            </p>
          ) : null}
        </>
      ) : null}
      <h3>{t('partOficina.lineaTiempo')}</h3>
      <ol class="historial">
        {d.lineaTiempo.map((l, i) => (
          <li key={i}>
            <time dateTime={l.en}>{fechaHoraColombia(l.en)}</time>: {l.texto}
          </li>
        ))}
      </ol>
    </>
  );
}

/** One aporte: everything about it and the forms for the moves the server allows. */
export function DetalleAporte(props: {
  codigo: string;
  id: string;
  hoy: string;
  grupos: readonly Grupo[];
  alCargar: (d: AporteDetalle) => void;
  alCambiarGrupos: () => void;
  alCambiarVarios: () => void;
  alCerrar: () => void;
}) {
  const { recurso, recargar } = useRecurso((s) => obtenerAporte(props.codigo, props.id, s), []);
  const titulo = useRef<HTMLHeadingElement>(null);
  const ultimo = useRef<AporteDetalle | null>(null);
  const trasAccion = useRef(false);
  const [hecho, setHecho] = useState<string | null>(null);
  if (recurso.estado === 'ok') ultimo.current = recurso.datos;
  const d = ultimo.current;
  useEffect(() => titulo.current?.focus(), [d === null]);
  useEffect(() => {
    if (recurso.estado !== 'ok' || !trasAccion.current) return;
    trasAccion.current = false;
    props.alCargar(recurso.datos);
  }, [recurso]);

  const alHacer = (accion: string, r: EstadoTras) => {
    const estado = t(`partOficina.estado.${r.estado}` as ClaveTexto);
    const varios = (r.respondidos ?? 1) > 1;
    setHecho(
      varios
        ? `${t('partOficina.hecho', { estado })} ${t('partOficina.respondidos', { n: r.respondidos ?? 1 })}`
        : t('partOficina.hecho', { estado }),
    );
    trasAccion.current = true;
    recargar();
    if (accion === 'agrupar' || accion === 'desagrupar') props.alCambiarGrupos();
    if (varios) props.alCambiarVarios();
  };

  return (
    <section class="tarjeta part-detalle" aria-labelledby="titulo-detalle-aporte">
      <h2 id="titulo-detalle-aporte" ref={titulo} tabIndex={-1}>
        {d ? t('partOficina.detalle', { codigo: d.codigo }) : t('app.cargando')}
      </h2>
      <p>
        <Boton variante="secundario" onClick={props.alCerrar}>
          {t('partOficina.cerrarDetalle')}
        </Boton>
      </p>
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {!d && recurso.estado === 'cargando' ? <Cargando /> : null}
      {d ? (
        <>
          <Contenido d={d} hoy={props.hoy} />
          <h3>{t('partOficina.acciones')}</h3>
          {hecho ? <Alerta tipo="exito" titulo={hecho} anunciar /> : null}
          <Acciones codigo={props.codigo} d={d} grupos={props.grupos} alHacer={alHacer} />
        </>
      ) : null}
    </section>
  );
}

/** What the answer says changed: the document version and article, or the map feature. */
function cambio(r: {
  documentoVersion?: string | null;
  articulo?: string | null;
  elementoMapa?: string | null;
}): string {
  const doc = [
    r.articulo,
    r.documentoVersion ? t('partOficina.cambioVersion', { version: r.documentoVersion }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [doc, r.elementoMapa ?? ''].filter(Boolean).join(' · ');
}
