import type { ClaveTexto } from '../../i18n/es-CO';
import type { EstadoIndicador, IndicadorResumen, Medicion } from './types';

/** Etiqueta y tono de cada estado de un indicador frente a su meta. */
export const ESTADOS: Record<
  EstadoIndicador,
  { clave: ClaveTexto; tono: 'bien' | 'atencion' | 'grave' | 'neutro' }
> = {
  cumplida: { clave: 'expediente.estadoCumplida', tono: 'bien' },
  en_camino: { clave: 'expediente.estadoEnCamino', tono: 'bien' },
  rezagada: { clave: 'expediente.estadoRezagada', tono: 'grave' },
  sin_meta: { clave: 'expediente.estadoSinMeta', tono: 'neutro' },
  sin_datos: { clave: 'expediente.estadoSinDatos', tono: 'neutro' },
};

const FORMATO_NUMERO = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });
const FORMATO_PESOS = new Intl.NumberFormat('es-CO', {
  style: 'currency',
  currency: 'COP',
  maximumFractionDigits: 0,
});

export const numero = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : FORMATO_NUMERO.format(n);
export const pesos = (n: number) => FORMATO_PESOS.format(n);

/** «$ 1.234 millones» for large sums, which a table cell can hold on a phone. */
export function millones(n: number): string {
  return `${FORMATO_NUMERO.format(Math.round(n / 1_000_000))} millones`;
}

/** Indicators off track first, then those without data, then the rest, by name. */
export function ordenarIndicadores<T extends IndicadorResumen>(indicadores: readonly T[]): T[] {
  const orden: Record<EstadoIndicador, number> = {
    rezagada: 0,
    sin_datos: 1,
    sin_meta: 2,
    en_camino: 3,
    cumplida: 4,
  };
  return [...indicadores].sort(
    (a, b) =>
      orden[a.seguimiento.estado] - orden[b.seguimiento.estado] ||
      a.nombre.localeCompare(b.nombre, 'es'),
  );
}

export interface PuntoGrafico {
  x: number;
  y: number;
  anio: number;
  valor: number;
}

/**
 * Positions of a yearly series in a chart of `ancho` × `alto` with a margin, the target line's
 * height when there is a target, and the axis range. Pure so it is tested without a browser.
 */
export function geometriaSerie(
  mediciones: readonly Medicion[],
  opciones: { ancho: number; alto: number; margen: number; meta: number | null },
) {
  const { ancho, alto, margen, meta } = opciones;
  if (mediciones.length === 0) return { puntos: [] as PuntoGrafico[], yMeta: null, min: 0, max: 0 };
  const valores = mediciones.map((m) => m.valor).concat(meta === null ? [] : [meta]);
  const min = Math.min(...valores);
  const max = Math.max(...valores);
  const rango = max - min || 1;
  const anios = mediciones.map((m) => m.anio);
  const primero = Math.min(...anios);
  const span = Math.max(...anios) - primero || 1;
  const y = (v: number) => alto - margen - ((v - min) / rango) * (alto - 2 * margen);
  return {
    puntos: [...mediciones]
      .sort((a, b) => a.anio - b.anio)
      .map((m) => ({
        x: margen + ((m.anio - primero) / span) * (ancho - 2 * margen),
        y: y(m.valor),
        anio: m.anio,
        valor: m.valor,
      })),
    yMeta: meta === null ? null : y(meta),
    min,
    max,
  };
}

/** A year typed in a form: a whole number between 1990 and 2100, or null. */
export function leerAnio(texto: string): number | null {
  const n = Number(texto.trim());
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : null;
}

/** A value typed with a Spanish decimal comma or a point; null when not a number. */
export function leerValor(texto: string): number | null {
  const limpio = texto.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(limpio)) return null;
  return Number(limpio.replace(',', '.'));
}
