import type { Topology } from 'topojson-specification';

import type { Resultado } from '../../app/http';
import { construirUrl, pedir } from '../../app/http';
import type * as ModuloDibujo from './dibujo';
import type { Panorama } from './model';

/** Panorama de todos los municipios (los filtros se aplican en el navegador: una sola petición). */
export function obtenerPanorama(
  fecha: string | null,
  senal?: AbortSignal,
): Promise<Resultado<Panorama>> {
  return pedir<Panorama>(construirUrl('/api/v1/panorama', { fecha }), { senal });
}

/**
 * Límites del mapa nacional como TopoJSON cuantizado (~77 kB brotli frente a ~265 kB gzip del
 * GeoJSON, ADR 0025); el servidor los sirve comprimidos y con ETag.
 */
const URL_LIMITES = '/api/v1/panorama/limites.topojson';

/** Lo que el mapa necesita para dibujarse: la topología y el módulo de dibujo (diferido). */
export type Preparacion =
  | { estado: 'listo'; topologia: Topology; dibujo: typeof ModuloDibujo }
  | { estado: 'error'; error: unknown };

/**
 * Arranca a la vez, al abrir la página, la descarga de los límites y la del módulo de dibujo, en
 * paralelo con /api/v1/panorama: en un enlace de 500 kbit/s y 400 ms cada viaje en serie cuesta
 * casi un segundo (issue 12). Nunca rechaza: un fallo llega como `{ estado: 'error' }`.
 */
export function prepararMapa(): Promise<Preparacion> {
  const limites = fetch(URL_LIMITES, { credentials: 'same-origin' }).then(async (respuesta) => {
    if (!respuesta.ok) throw new Error(`límites: ${respuesta.status}`);
    return (await respuesta.json()) as Topology;
  });
  return Promise.all([limites, import('./dibujo')]).then(
    ([topologia, dibujo]): Preparacion => ({ estado: 'listo', topologia, dibujo }),
    (error: unknown): Preparacion => ({ estado: 'error', error }),
  );
}
