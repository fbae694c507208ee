// Motor del mapa de dibujo: MapLibre, el límite municipal y las capas de lo que se marca.
// Solo lo importa mapa-dibujo.tsx, que a su vez se importa de forma diferida (lugar.tsx).
import type { Map as MapaMaplibre, StyleSpecification } from 'maplibre-gl';

import { t } from '../../i18n/es-CO';
import { LIMITES_COLOMBIA } from '../panorama/model';
import { urlLimite } from './api';
import { construirGeometria, type TipoGeometria, type Vertice } from './model';
type Bbox = [number, number, number, number];

/** Sin teselas de internet: fondo liso, el límite municipal y lo que dibuja la persona. */
const ESTILO_BASE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'fondo', type: 'background', paint: { 'background-color': '#eef2f0' } }],
};

/** Vértices y, cuando ya la hay, la geometría (una línea de guía si el polígono va en 2). */
export function dibujo(tipo: TipoGeometria, vertices: readonly Vertice[]) {
  const geometria = construirGeometria(tipo, vertices);
  const guia =
    tipo === 'Polygon' && vertices.length === 2 ? construirGeometria('LineString', vertices) : null;
  const formas = [geometria, guia].filter((g) => g !== null && g.type !== 'Point');
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...formas.map((g) => ({ type: 'Feature' as const, properties: {}, geometry: g })),
      ...vertices.map((v) => ({
        type: 'Feature' as const,
        properties: {},
        geometry: { type: 'Point' as const, coordinates: [v[0], v[1]] },
      })),
    ],
  };
}

async function leerLimite(codigo: string): Promise<{ bbox?: Bbox } | null> {
  try {
    const r = await fetch(urlLimite(codigo), { credentials: 'same-origin' });
    return r.ok ? ((await r.json()) as { bbox?: Bbox }) : null;
  } catch {
    return null;
  }
}

export async function crearMapa(
  contenedor: HTMLElement,
  codigo: string,
  alClic: (v: Vertice) => void,
): Promise<{ mapa: MapaMaplibre; conLimite: boolean }> {
  const [{ default: maplibregl }, limite] = await Promise.all([
    import('maplibre-gl'),
    leerLimite(codigo),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]);
  const bbox = limite?.bbox?.length === 4 ? limite.bbox : LIMITES_COLOMBIA;
  const mapa = new maplibregl.Map({
    container: contenedor,
    style: ESTILO_BASE,
    bounds: bbox,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    doubleClickZoom: false,
    locale: {
      'Map.Title': t('participa.mapaDescripcion'),
      'NavigationControl.ZoomIn': t('mapa.acercar'),
      'NavigationControl.ZoomOut': t('mapa.alejar'),
      'NavigationControl.ResetBearing': t('mapa.norte'),
    },
  });
  mapa.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  await mapa.once('load');
  if (limite) {
    mapa.addSource('limite', { type: 'geojson', data: limite as never });
    mapa.addLayer({
      id: 'limite-relleno',
      type: 'fill',
      source: 'limite',
      paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.7 },
    });
    mapa.addLayer({
      id: 'limite-borde',
      type: 'line',
      source: 'limite',
      paint: { 'line-color': '#0b4a6f', 'line-width': 2 },
    });
  }
  mapa.addSource('dibujo', { type: 'geojson', data: dibujo('Point', []) });
  const esTipo = (tipo: string) => ['==', ['geometry-type'], tipo] as never;
  mapa.addLayer({
    id: 'dibujo-relleno',
    type: 'fill',
    source: 'dibujo',
    filter: esTipo('Polygon'),
    paint: { 'fill-color': '#a4161a', 'fill-opacity': 0.25 },
  });
  mapa.addLayer({
    id: 'dibujo-linea',
    type: 'line',
    source: 'dibujo',
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': '#a4161a', 'line-width': 3 },
  });
  mapa.addLayer({
    id: 'dibujo-vertices',
    type: 'circle',
    source: 'dibujo',
    filter: esTipo('Point'),
    paint: {
      'circle-radius': 6,
      'circle-color': '#a4161a',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
  mapa.getCanvas().style.cursor = 'crosshair';
  mapa.on('click', (e) => alClic([e.lngLat.lng, e.lngLat.lat]));
  return { mapa, conLimite: limite !== null };
}
