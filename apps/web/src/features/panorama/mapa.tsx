import type { FillLayerSpecification, Map as MapaMaplibre, StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { URL_LIMITES } from './api';
import { expresionColor, type FilaPanorama, LIMITES_COLOMBIA, unirEstados } from './model';

interface Props {
  /** Todas las filas (el estado de cada polígono). */
  filas: readonly FilaPanorama[];
  /** Códigos que pasan los filtros; los demás se atenúan. */
  visibles: ReadonlySet<string>;
  alSeleccionar: (codigo: string) => void;
}

type Estado = 'cargando' | 'listo' | 'sin_limites' | 'error';

const FUENTE = 'municipios';

/** Sin teselas externas (red cerrada, uso sin conexión): solo un fondo liso y los polígonos. */
const ESTILO_BASE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'fondo', type: 'background', paint: { 'background-color': '#eaf1f6' } }],
};

/** Rayas diagonales oscuras sobre transparente: el estado «vencido» no depende solo del color. */
function patronRayado(): { width: number; height: number; data: Uint8Array } {
  const lado = 8;
  const data = new Uint8Array(lado * lado * 4);
  for (let y = 0; y < lado; y++) {
    for (let x = 0; x < lado; x++) {
      if ((x + y) % lado < 2) data.set([90, 30, 0, 255], (y * lado + x) * 4);
    }
  }
  return { width: lado, height: lado, data };
}

const opacidad = (visible: number, oculto: number) =>
  ['case', ['boolean', ['feature-state', 'oculto'], false], oculto, visible] as unknown as number;

async function crearMapa(contenedor: HTMLElement, props: Props): Promise<MapaMaplibre | null> {
  // MapLibre (~220 KB brotli) y su CSS se cargan solo aquí y solo si hay límites que dibujar:
  // las páginas sin mapa, y un panorama sin límites importados, no los descargan (issue 12).
  const respuesta = await fetch(URL_LIMITES, { credentials: 'same-origin' });
  if (!respuesta.ok) throw new Error(`límites: ${respuesta.status}`);
  const limites = (await respuesta.json()) as Parameters<typeof unirEstados>[0];
  if (limites.features.length === 0) return null;
  const [{ default: maplibregl }] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]);
  const mapa = new maplibregl.Map({
    container: contenedor,
    style: ESTILO_BASE,
    bounds: LIMITES_COLOMBIA,
    fitBoundsOptions: { padding: 8 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    // MapLibre's own control labels, in Spanish (issue 12: they said «Zoom in»).
    locale: {
      'Map.Title': t('panorama.mapaDescripcion'),
      'NavigationControl.ZoomIn': t('mapa.acercar'),
      'NavigationControl.ZoomOut': t('mapa.alejar'),
      'NavigationControl.ResetBearing': t('mapa.norte'),
      'FullscreenControl.Enter': t('mapa.pantallaCompleta'),
      'FullscreenControl.Exit': t('mapa.salirPantallaCompleta'),
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
    },
  });
  mapa.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  await mapa.once('load');
  mapa.addImage('rayado', patronRayado());
  mapa.addSource(FUENTE, {
    type: 'geojson',
    data: unirEstados(limites, props.filas) as never,
    promoteId: 'codigo',
  });
  const relleno: FillLayerSpecification = {
    id: 'relleno',
    type: 'fill',
    source: FUENTE,
    paint: {
      'fill-color': expresionColor() as never,
      'fill-opacity': opacidad(0.9, 0.12),
    },
  };
  mapa.addLayer(relleno);
  mapa.addLayer({
    id: 'rayas',
    type: 'fill',
    source: FUENTE,
    filter: ['==', ['get', 'estado'], 'vencido'],
    paint: { 'fill-pattern': 'rayado', 'fill-opacity': opacidad(0.55, 0) },
  });
  mapa.addLayer({
    id: 'bordes',
    type: 'line',
    source: FUENTE,
    paint: { 'line-color': '#ffffff', 'line-width': 0.4, 'line-opacity': opacidad(0.9, 0.3) },
  });
  mapa.on('click', 'relleno', (evento) => {
    const codigo: unknown = evento.features?.[0]?.properties['codigo'];
    if (typeof codigo === 'string') props.alSeleccionar(codigo);
  });
  mapa.on('mouseenter', 'relleno', () => (mapa.getCanvas().style.cursor = 'pointer'));
  mapa.on('mouseleave', 'relleno', () => (mapa.getCanvas().style.cursor = ''));
  return mapa;
}

/**
 * Mapa nacional de los municipios coloreados por estado del plan. Es un complemento visual: la
 * tabla que sigue tiene la misma información para lectores de pantalla y teclado.
 */
export function MapaPanorama(props: Props) {
  const contenedor = useRef<HTMLDivElement>(null);
  const mapa = useRef<MapaMaplibre | null>(null);
  const ultimas = useRef(props);
  ultimas.current = props;
  const [estado, setEstado] = useState<Estado>('cargando');

  useEffect(() => {
    let cancelado = false;
    const elemento = contenedor.current;
    if (!elemento) return;
    crearMapa(elemento, {
      ...props,
      alSeleccionar: (codigo) => ultimas.current.alSeleccionar(codigo),
    })
      .then((creado) => {
        if (cancelado) return creado?.remove();
        mapa.current = creado;
        setEstado(creado ? 'listo' : 'sin_limites');
      })
      .catch((error: unknown) => {
        console.error('[mapa]', error);
        if (!cancelado) setEstado('error');
      });
    return () => {
      cancelado = true;
      mapa.current?.remove();
      mapa.current = null;
    };
  }, []);

  useEffect(() => {
    const m = mapa.current;
    if (!m || estado !== 'listo') return;
    for (const fila of props.filas) {
      m.setFeatureState(
        { source: FUENTE, id: fila.codigo },
        { oculto: !props.visibles.has(fila.codigo) },
      );
    }
  }, [props.visibles, props.filas, estado]);

  return (
    <div class="panorama-mapa">
      <div
        ref={contenedor}
        data-estado-mapa={estado}
        style={{
          height: 'min(70vh, 560px)',
          display: estado === 'sin_limites' || estado === 'error' ? 'none' : 'block',
          border: '1px solid #9aa5b1',
          borderRadius: '4px',
        }}
      />
      {estado === 'cargando' ? (
        <p role="status" class="cargando">
          {t('panorama.mapaCargando')}
        </p>
      ) : null}
      {estado === 'sin_limites' ? <p class="campo-ayuda">{t('panorama.mapaSinLimites')}</p> : null}
      {estado === 'error' ? <p class="campo-ayuda">{t('panorama.mapaError')}</p> : null}
    </div>
  );
}
