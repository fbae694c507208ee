import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { RAIZ } from './paths';

/** The shared public data, read in place next to the repository (never copied into it). */
export const CSV_MUNICIPIOS = join(
  RAIZ,
  '..',
  'shared',
  'data',
  'divipola',
  'municipios_colombia.csv',
);

export interface Municipio {
  codigo: string;
  poblacion: number;
  /** SYNTHETIC adoption date (there is no real one per municipality): see {@link adopcionSintetica}. */
  adopcion: string;
}

/**
 * Deterministic synthetic adoption date from the DIVIPOLA code: a multiplicative hash spreads
 * the years over 1998–2024, months 1–12 and days 1–28 (always a valid date).
 */
export function adopcionSintetica(codigo: string): string {
  const h = Math.imul(Number(codigo), 2654435761) >>> 0;
  const anio = 1998 + (h % 27);
  const mes = 1 + ((h >>> 8) % 12);
  const dia = 1 + ((h >>> 16) % 28);
  return `${anio}-${String(mes).padStart(2, '0')}-${String(dia).padStart(2, '0')}`;
}

export function leerMunicipios(ruta = CSV_MUNICIPIOS): Municipio[] {
  const filas = parse<Record<string, string>>(readFileSync(ruta, 'utf8'), {
    columns: true,
    bom: true,
  });
  if (!filas[0] || !('cod_mpio' in filas[0]) || !('poblacion_2024' in filas[0]))
    throw new Error(`${ruta}: faltan cod_mpio/poblacion_2024`);
  return filas.map((f) => {
    const codigo = f['cod_mpio'] ?? '';
    return { codigo, poblacion: Number(f['poblacion_2024']), adopcion: adopcionSintetica(codigo) };
  });
}
