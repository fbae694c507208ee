// Composición pura de la imagen PNG del mapa: barra de escala y ubicación de cada elemento.

/** Metros por píxel CSS en una latitud y zoom de MapLibre (teselas de 512 px). */
export function metrosPorPixel(latitud: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitud * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** Barra de escala «redonda» (1, 2 o 5 × 10ⁿ m) que cabe en `maxPx`. */
export function barraEscala(mPorPx: number, maxPx: number): { px: number; etiqueta: string } {
  const maxM = mPorPx * maxPx;
  const base = 10 ** Math.floor(Math.log10(maxM));
  const metros = [5, 2, 1].map((f) => f * base).find((m) => m <= maxM) ?? base;
  const etiqueta = metros >= 1000 ? `${metros / 1000} km` : `${metros} m`;
  return { px: Math.round(metros / mPorPx), etiqueta };
}

export interface DisenoPng {
  ancho: number;
  alto: number;
  mapa: { x: number; y: number; w: number; h: number };
  titulo: { x: number; y: number };
  leyenda: { x: number; y: number; color: string; texto: string }[];
  fuentes: { x: number; y: number; texto: string }[];
  escala: { x: number; y: number };
  norte: { x: number; y: number };
}

const MARGEN = 16;
const LINEA = 20;

/** Ubicación de cada elemento de la imagen: título, mapa, leyenda en columnas, fuentes. */
export function disenoPng(entrada: {
  mapaW: number;
  mapaH: number;
  leyenda: readonly { color: string; texto: string }[];
  fuentes: readonly string[];
}): DisenoPng {
  const ancho = Math.max(entrada.mapaW + 2 * MARGEN, 320);
  const mapa = { x: MARGEN, y: MARGEN + 28, w: entrada.mapaW, h: entrada.mapaH };
  const columnas = Math.max(1, Math.floor((ancho - 2 * MARGEN) / 260));
  const filas = Math.ceil(entrada.leyenda.length / columnas);
  const yLeyenda = mapa.y + mapa.h + MARGEN;
  const leyenda = entrada.leyenda.map((e, i) => ({
    ...e,
    x: MARGEN + (i % columnas) * 260,
    y: yLeyenda + Math.floor(i / columnas) * LINEA,
  }));
  const yFuentes = yLeyenda + filas * LINEA + 8;
  const fuentes = entrada.fuentes.map((texto, i) => ({ x: MARGEN, y: yFuentes + i * 16, texto }));
  return {
    ancho,
    alto: yFuentes + entrada.fuentes.length * 16 + MARGEN,
    mapa,
    titulo: { x: MARGEN, y: MARGEN + 18 },
    leyenda,
    fuentes,
    escala: { x: mapa.x + 12, y: mapa.y + mapa.h - 14 },
    norte: { x: mapa.x + mapa.w - 28, y: mapa.y + 16 },
  };
}
