import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';

import { AppError } from '../../http/errors';
import { decodeText } from '../catalog/decode-text';

/** One data row of an imported table: its line number as the user sees it, and its cells. */
export interface TableRow {
  linea: number;
  celdas: Record<string, string>;
}

/** A problem in an imported file, named by row and column so the office can fix it. */
export interface ImportProblem {
  linea: number;
  columna: string;
  mensaje: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isXlsx = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);
const normaliseHeader = (h: string) =>
  h
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function toRows(matrix: unknown[][]): TableRow[] {
  const [header, ...body] = matrix;
  if (!header)
    throw new AppError('entrada_invalida', 'El archivo está vacío: no tiene encabezados.');
  const names = header.map((h) => normaliseHeader(cellText(h)));
  return body
    .map((cells, i) => ({
      linea: i + 2,
      celdas: Object.fromEntries(names.map((n, j) => [n, cellText(cells[j])])),
    }))
    .filter((row) => Object.values(row.celdas).some((v) => v !== ''));
}

/**
 * Reads a table as offices export it: an Excel workbook (first sheet) or a CSV in UTF-8 or
 * Windows-1252, separated by commas or semicolons (Spanish Excel). Headers are matched without
 * accents or case («Año» = «anio»). Spreadsheet parsing is left to kept libraries.
 */
export async function readTable(bytes: Uint8Array): Promise<TableRow[]> {
  if (bytes.length === 0) throw new AppError('entrada_invalida', 'El archivo está vacío.');
  if (isXlsx(bytes)) {
    const sheet = await readSheet(Buffer.from(bytes)).catch(() => {
      throw new AppError('entrada_invalida', 'No se pudo leer el libro de Excel (.xlsx).');
    });
    return toRows(sheet);
  }
  const { text } = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let matrix: string[][];
  try {
    matrix = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError(
      'entrada_invalida',
      `El CSV no se pudo leer${line ? ` (línea ${line})` : ''}: revise las comillas.`,
    );
  }
  return toRows(matrix);
}

/** A column the import needs, with how to read it. */
export interface ColumnSpec {
  nombre: string;
  requerida: boolean;
  tipo: 'texto' | 'entero' | 'numero' | 'no_negativo' | 'porcentaje';
  /** Accepted header spellings besides `nombre` (already normalised). */
  alias?: readonly string[];
}

/**
 * A number as Colombian offices write it: «1.234.567,5» (Spanish), «1,234,567.5» (English
 * Excel), «1234,5» or «1234.5»; a currency sign and spaces are ignored. Null when not a number.
 */
export function parseSpanishNumber(text: string): number | null {
  const t = text.replace(/\s|\$/g, '');
  let normalised: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normalised = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) normalised = t.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(t)) normalised = t.replace(',', '.');
  else normalised = t;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

function readCell(
  spec: ColumnSpec,
  raw: string,
): { value: string | number | null; error?: string } {
  if (raw === '') return spec.requerida ? { value: null, error: 'está vacía' } : { value: null };
  if (spec.tipo === 'texto') return { value: raw };
  const n = parseSpanishNumber(raw);
  if (n === null) return { value: null, error: `«${raw.slice(0, 40)}» no es un número` };
  if (spec.tipo === 'entero' && !Number.isInteger(n))
    return { value: null, error: 'debe ser un número entero' };
  if ((spec.tipo === 'no_negativo' || spec.tipo === 'porcentaje') && n < 0)
    return { value: null, error: 'no puede ser negativo' };
  if (spec.tipo === 'porcentaje' && n > 100)
    return { value: null, error: 'debe estar entre 0 y 100' };
  return { value: n };
}

/**
 * Checks every row against the column specs and returns typed rows, or every problem found (row
 * and column named), so one correction round fixes the whole file. Missing columns are reported
 * once, with the columns the file does have.
 */
export function mapColumns(rows: readonly TableRow[], specs: readonly ColumnSpec[]) {
  const problems: ImportProblem[] = [];
  const present = new Set(Object.keys(rows[0]?.celdas ?? {}));
  const keyOf = (spec: ColumnSpec) =>
    [spec.nombre, ...(spec.alias ?? [])].find((k) => present.has(k));
  for (const spec of specs)
    if (spec.requerida && !keyOf(spec))
      problems.push({
        linea: 1,
        columna: spec.nombre,
        mensaje: `Falta la columna «${spec.nombre}». Columnas del archivo: ${[...present].join(', ') || 'ninguna'}.`,
      });
  if (problems.length > 0) return { rows: [], problems };
  const typed = rows.map((row) => {
    const out: Record<string, string | number | null> = {};
    for (const spec of specs) {
      const key = keyOf(spec);
      const cell = readCell(spec, key ? (row.celdas[key] ?? '') : '');
      if (cell.error)
        problems.push({
          linea: row.linea,
          columna: spec.nombre,
          mensaje: `La columna «${spec.nombre}» ${cell.error}.`,
        });
      out[spec.nombre] = cell.value;
    }
    return { linea: row.linea, valores: out };
  });
  return { rows: typed, problems };
}

/** Refuses an import with its problems (first 50), nothing written. */
export function importRefused(problems: readonly ImportProblem[]): AppError {
  const first = problems[0]!;
  return new AppError(
    'entrada_invalida',
    `El archivo tiene ${problems.length} ${problems.length === 1 ? 'problema' : 'problemas'}; no se guardó nada. Primero: línea ${first.linea}, ${first.mensaje}`,
    { problemas: problems.slice(0, 50) },
  );
}
