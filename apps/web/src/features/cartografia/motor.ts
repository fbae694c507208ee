// El mapa de MapLibre del visor: se descarga solo aquí (import dinámico), sin teselas de internet.
import type { GeoJSONSource, Map as MapaMaplibre, StyleSpecification } from 'maplibre-gl';

import { t } from '../../i18n/es-CO';
import { type Capa, obtenerEntidades, URL_LIMITE } from './api';
import { ampliar, type Bbox, bboxDe, cubre, type EntradaLeyenda, expresionColor } from './model';

const ESTILO_BASE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'fondo', type: 'background', paint: { 'background-color': '#f4f6f8' } }],
};
/** Entidades pedidas por capa y vista; más allá, la vista avisa que acerque el mapa. */
export const LIMITE_VISTA = 3000;
const ESPERA_MS = 300;
/**
 * Capas de más entidades que esto viajan como teselas vectoriales (ADR 0027): por encima, el
 * GeoJSON por vista se trunca (LIMITE_VISTA) y pesa demasiado en una conexión lenta. Se cuenta
 * en entidades porque es lo que trae la lista de capas; la simplificación por zoom ya acota los
 * vértices de las capas pequeñas.
 */
export const UMBRAL_TESELAS = 2000;
export const usaTeselas = (capa: Pick<Capa, 'entidades'>) => capa.entidades > UMBRAL_TESELAS;
/** Nivel más profundo que se pide al servidor; más cerca, MapLibre amplía esas teselas. */
const ZOOM_MAX_TESELAS = 16;
const urlTeselas = (codigo: string, capaId: string) =>
  `${window.location.origin}/api/v1/municipios/${encodeURIComponent(codigo)}/capas/${capaId}/teselas/{z}/{x}/{y}.mvt`;

export interface Motor {
  mapa: MapaMaplibre;
  sincronizar: (capas: readonly Capa[], estilo: Estilo) => void;
  quitar: () => void;
}
export interface Estilo {
  leyendas: ReadonlyMap<string, EntradaLeyenda[]>;
  filtros: Readonly<Record<string, string>>;
}
export type AlCargar = (capaId: string, r: { n: number; total: number; truncado: boolean }) => void;

const CAPAS_DE = (id: string) => [`${id}-relleno`, `${id}-linea`, `${id}-punto`];

/** Filtro de MapLibre por tipo de geometría y, si se eligió, por categoría. */
function filtro(tipos: string[], categoria: string | undefined): unknown {
  const geom = ['in', ['geometry-type'], ['literal', tipos]];
  if (!categoria) return geom;
  const valor = categoria === '∅' ? '' : categoria;
  return ['all', geom, ['==', ['coalesce', ['get', 'categoria'], ''], valor]];
}

async function leerLimite(codigo: string): Promise<unknown> {
  const r = await fetch(URL_LIMITE(codigo), { credentials: 'same-origin' }).catch(() => null);
  return r?.ok ? ((await r.json()) as unknown) : null;
}

export async function crearMotor(
  contenedor: HTMLElement,
  entrada: { codigo: string; extension: Bbox | null; alCargar: AlCargar },
): Promise<Motor> {
  const { codigo } = entrada;
  // MapLibre (~270 kB gzip) y su CSS solo se descargan en esta página (bench `paginas`).
  const [{ default: maplibregl }, limite] = await Promise.all([
    import('maplibre-gl'),
    leerLimite(codigo),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]);
  const bounds = entrada.extension ?? bboxDe(limite) ?? [-79, -4.3, -66.8, 12.5];
  const mapa = new maplibregl.Map({
    container: contenedor,
    style: ESTILO_BASE,
    bounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    // Para exportar la imagen con map.getCanvas() después de dibujar.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    locale: {
      'Map.Title': t('carto.mapa'),
      'NavigationControl.ZoomIn': t('mapa.acercar'),
      'NavigationControl.ZoomOut': t('mapa.alejar'),
      'NavigationControl.ResetBearing': t('mapa.norte'),
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
    },
  });
  mapa.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  mapa.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  await mapa.once('load');
  if (limite) {
    mapa.addSource('limite', { type: 'geojson', data: limite as never });
    mapa.addLayer({
      id: 'limite-linea',
      type: 'line',
      source: 'limite',
      paint: { 'line-color': '#3e4c59', 'line-width': 2, 'line-dasharray': [3, 2] },
    });
  }

  const cargado = new Map<string, { bbox: Bbox; zoom: number; truncado: boolean }>();
  const pedidos = new Map<string, AbortController>();
  let actuales: readonly Capa[] = [];

  const cargar = (capa: Capa) => {
    if (usaTeselas(capa)) {
      // MapLibre pide las teselas que ve; la capa está completa en cada vista.
      if (!cargado.has(capa.id)) {
        cargado.set(capa.id, { bbox: [-180, -90, 180, 90], zoom: 0, truncado: false });
        entrada.alCargar(capa.id, { n: capa.entidades, total: capa.entidades, truncado: false });
      }
      return;
    }
    const b = mapa.getBounds();
    const vista: Bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const zoom = mapa.getZoom();
    if (cubre(cargado.get(capa.id) ?? null, vista, zoom)) return;
    pedidos.get(capa.id)?.abort();
    const control = new AbortController();
    pedidos.set(capa.id, control);
    const pedido = { bbox: ampliar(vista, 0.25), zoom: Math.floor(zoom), limite: LIMITE_VISTA };
    void obtenerEntidades(codigo, { capaId: capa.id, ...pedido }, control.signal).then((r) => {
      if (control.signal.aborted || !r.ok) return;
      const fuente = mapa.getSource<GeoJSONSource>(`capa-${capa.id}`);
      fuente?.setData(r.datos as never);
      cargado.set(capa.id, { bbox: pedido.bbox, zoom: pedido.zoom, truncado: r.datos.truncated });
      entrada.alCargar(capa.id, {
        n: r.datos.features.length,
        total: r.datos.numberMatched,
        truncado: r.datos.truncated,
      });
    });
  };
  let espera: ReturnType<typeof setTimeout> | undefined;
  mapa.on('moveend', () => {
    clearTimeout(espera);
    espera = setTimeout(() => actuales.forEach(cargar), ESPERA_MS);
  });

  const sincronizar = (capas: readonly Capa[], estilo: Estilo) => {
    const ids = new Set(capas.map((c) => c.id));
    for (const c of actuales) {
      if (ids.has(c.id)) continue;
      for (const l of CAPAS_DE(c.id)) if (mapa.getLayer(l)) mapa.removeLayer(l);
      if (mapa.getSource(`capa-${c.id}`)) mapa.removeSource(`capa-${c.id}`);
      pedidos.get(c.id)?.abort();
      cargado.delete(c.id);
    }
    // Las capas se dibujan en el orden de la lista: la primera, arriba.
    for (const capa of [...capas].reverse()) {
      const fuente = `capa-${capa.id}`;
      const color = expresionColor(estilo.leyendas.get(capa.id) ?? []) as never;
      const cat = estilo.filtros[capa.id];
      if (!mapa.getSource(fuente)) {
        const teselas = usaTeselas(capa);
        mapa.addSource(
          fuente,
          teselas
            ? { type: 'vector', tiles: [urlTeselas(codigo, capa.id)], maxzoom: ZOOM_MAX_TESELAS }
            : { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
        );
        // En las teselas, las entidades van en la capa interna «entidades» (tile-service.ts).
        const origen = teselas
          ? { source: fuente, 'source-layer': 'entidades' }
          : { source: fuente };
        const [relleno, linea, punto] = CAPAS_DE(capa.id) as [string, string, string];
        mapa.addLayer({ id: relleno, type: 'fill', ...origen, paint: { 'fill-opacity': 0.6 } });
        mapa.addLayer({ id: linea, type: 'line', ...origen, paint: { 'line-width': 1 } });
        mapa.addLayer({ id: punto, type: 'circle', ...origen, paint: { 'circle-radius': 4 } });
      }
      const [relleno, linea, punto] = CAPAS_DE(capa.id) as [string, string, string];
      mapa.setPaintProperty(relleno, 'fill-color', color);
      mapa.setPaintProperty(linea, 'line-color', color);
      mapa.setPaintProperty(punto, 'circle-color', color);
      mapa.setFilter(relleno, filtro(['Polygon', 'MultiPolygon'], cat) as never);
      mapa.setFilter(
        linea,
        filtro(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'], cat) as never,
      );
      mapa.setFilter(punto, filtro(['Point', 'MultiPoint'], cat) as never);
      for (const l of CAPAS_DE(capa.id)) mapa.moveLayer(l);
    }
    if (mapa.getLayer('limite-linea')) mapa.moveLayer('limite-linea');
    actuales = capas;
    capas.forEach(cargar);
  };

  return {
    mapa,
    sincronizar,
    quitar: () => {
      clearTimeout(espera);
      pedidos.forEach((p) => p.abort());
      mapa.remove();
    },
  };
}

/** La entidad bajo un punto del mapa (la capa de más arriba), o null. */
export function entidadEn(
  motor: Motor,
  punto: { x: number; y: number },
): { capaId: string; id: number } | null {
  const capas = motor.mapa
    .getStyle()
    .layers.map((l) => l.id)
    .filter((id) => /^[\da-f-]{36}-(relleno|linea|punto)$/.test(id));
  const [f] = motor.mapa.queryRenderedFeatures([punto.x, punto.y], { layers: capas });
  const id = Number(f?.properties['_id']);
  const capaId = f?.source.replace(/^capa-/, '');
  return capaId && Number.isInteger(id) ? { capaId, id } : null;
}
