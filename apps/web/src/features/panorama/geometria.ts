// Geometría pura del mapa nacional: TopoJSON cuantizado → anillos proyectados (ADR 0025).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** Nombre del objeto que envía el servidor en /api/v1/panorama/limites.topojson. */
const OBJETO_TOPOLOGIA = 'municipios';

/**
 * Proyección equirectangular con el paralelo medio de Colombia (4,5° N): en latitudes tan cercanas
 * al ecuador deforma menos del 0,5 % y se calcula sin librerías. y crece hacia el sur (pantalla).
 */
const COSENO = Math.cos((4.5 * Math.PI) / 180);

export function proyectar(lon: number, lat: number): [number, number] {
  return [lon * COSENO, -lat];
}

/** Un municipio: su código DANE y sus anillos como [x0, y0, x1, y1, …] ya proyectados. */
export interface MunicipioMapa {
  codigo: string;
  anillos: Float64Array[];
}

/** Decodifica la topología (arcos compartidos, cuantizados) en los anillos de cada municipio. */
export function municipiosDesdeTopologia(topologia: Topology): MunicipioMapa[] {
  const objeto = topologia.objects[OBJETO_TOPOLOGIA];
  if (objeto?.type !== 'GeometryCollection') return [];
  const coleccion = feature(topologia, objeto) as FeatureCollection<Polygon | MultiPolygon>;
  return coleccion.features.map((f) => {
    const poligonos =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const anillos: Float64Array[] = [];
    for (const poligono of poligonos) {
      for (const anillo of poligono) {
        const plano = new Float64Array(anillo.length * 2);
        anillo.forEach(([lon = 0, lat = 0], i) => {
          const [x, y] = proyectar(lon, lat);
          plano[i * 2] = x;
          plano[i * 2 + 1] = y;
        });
        anillos.push(plano);
      }
    }
    return { codigo: String(f.id), anillos };
  });
}

/** Escala y desplazamiento que llevan coordenadas proyectadas a píxeles CSS. */
export interface Vista {
  escala: number;
  dx: number;
  dy: number;
}

/** Encaja [oeste, sur, este, norte] (grados) en un lienzo de ancho × alto con un margen. */
export function encuadrar(
  limites: readonly [number, number, number, number],
  { ancho, alto }: { ancho: number; alto: number },
  margen = 8,
): Vista {
  const [x0, y0] = proyectar(limites[0], limites[3]);
  const [x1, y1] = proyectar(limites[2], limites[1]);
  const escala = Math.min(
    Math.max(1, ancho - 2 * margen) / (x1 - x0),
    Math.max(1, alto - 2 * margen) / (y1 - y0),
  );
  return {
    escala,
    dx: (ancho - (x1 - x0) * escala) / 2 - x0 * escala,
    dy: (alto - (y1 - y0) * escala) / 2 - y0 * escala,
  };
}

/** Acerca (factor > 1) o aleja la vista alrededor de un punto del lienzo (px CSS). */
export function acercarEn(vista: Vista, factor: number, punto: { x: number; y: number }): Vista {
  return {
    escala: vista.escala * factor,
    dx: punto.x - (punto.x - vista.dx) * factor,
    dy: punto.y - (punto.y - vista.dy) * factor,
  };
}
