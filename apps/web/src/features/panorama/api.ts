import type { Resultado } from '../../app/http';
import { construirUrl, pedir } from '../../app/http';
import type { Panorama } from './model';

/** Panorama de todos los municipios (los filtros se aplican en el navegador: una sola petición). */
export function obtenerPanorama(
  fecha: string | null,
  senal?: AbortSignal,
): Promise<Resultado<Panorama>> {
  return pedir<Panorama>(construirUrl('/api/v1/panorama', { fecha }), { senal });
}

/** Límites simplificados para el mapa; el servidor los sirve comprimidos y con ETag. */
export const URL_LIMITES = '/api/v1/panorama/limites.geojson';
