import { ImportError } from './import-error';

/**
 * Normalizes a header name for matching: accents removed, lowercase, any run of non-alphanumeric
 * characters turned into `_`. So «AÑO», «Año» and «ano» match, and «TIPO: MUNICIPIO / ISLA»
 * becomes `tipo_municipio_isla`, because DANE and datos.gov.co change spelling between exports.
 */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** How to find one logical column in a header. */
export interface ColumnSpec<K extends string> {
  key: K;
  /** Name shown to users when the column is missing, e.g. `COD_MPIO`. */
  label: string;
  /** Normalized names (see {@link normalizeHeader}) that match exactly. */
  aliases: readonly string[];
  /** Normalized prefixes that also match when followed by `_` (e.g. `tipo` → `tipo_municipio`). */
  prefixes?: readonly string[];
  required: boolean;
}

/** Column index of every logical column (`null` when an optional one is absent). */
export type ColumnIndexes<K extends string> = Record<K, number | null>;

/** Result of {@link resolveColumns}. */
export interface ResolvedColumns<K extends string> {
  indexes: ColumnIndexes<K>;
  /** Header names that matched no logical column, to tell users what was not imported. */
  ignored: string[];
}

/**
 * Maps logical columns to header positions, exact aliases first, then prefixes. Fails with the
 * list of missing and found columns (so users can see a wrong file or separator at once), and
 * on ambiguous headers, because guessing between two candidate columns could import wrong data.
 */
export function resolveColumns<K extends string>(
  header: readonly string[],
  specs: readonly ColumnSpec<K>[],
): ResolvedColumns<K> {
  const normalized = header.map(normalizeHeader);
  const indexes = {} as ColumnIndexes<K>;
  const missing: string[] = [];
  const used = new Set<number>();
  for (const spec of specs) {
    const index = findColumn(normalized, { spec, header });
    indexes[spec.key] = index;
    if (index === null && spec.required) missing.push(spec.label);
    if (index !== null) used.add(index);
  }
  if (missing.length > 0) {
    const found = header.map((name) => (name === '' ? '(vacía)' : name)).join(', ');
    const hint =
      header.length === 1
        ? ' Solo se encontró una columna: revise que el separador sea coma, punto y coma o tabulación.'
        : '';
    throw new ImportError(
      `El archivo no tiene las columnas esperadas. Faltan: ${missing.join(', ')}. ` +
        `Columnas encontradas: ${found}.${hint}`,
    );
  }
  const ignored = header.filter((name, i) => !used.has(i) && name !== '');
  return { indexes, ignored };
}

interface FindColumnContext<K extends string> {
  spec: ColumnSpec<K>;
  header: readonly string[];
}

function findColumn<K extends string>(
  normalized: readonly string[],
  context: FindColumnContext<K>,
): number | null {
  const { spec, header } = context;
  const exact = indexesWhere(normalized, (name) => spec.aliases.includes(name));
  const prefixes = spec.prefixes ?? [];
  const candidates =
    exact.length > 0
      ? exact
      : indexesWhere(normalized, (name) => prefixes.some((p) => name.startsWith(`${p}_`)));
  if (candidates.length > 1) {
    const names = candidates.map((i) => `«${header[i] ?? ''}»`).join(' y ');
    throw new ImportError(
      `El encabezado tiene varias columnas que podrían ser ${spec.label}: ${names}. ` +
        'Deje solo una y vuelva a intentarlo.',
    );
  }
  return candidates[0] ?? null;
}

function indexesWhere(names: readonly string[], test: (name: string) => boolean): number[] {
  return names.flatMap((name, i) => (test(name) ? [i] : []));
}

/** Trimmed cell at a resolved column; `''` when the column is absent. */
export function cellAt(cells: readonly string[], index: number | null): string {
  return index === null ? '' : (cells[index] ?? '').trim();
}

/** Options for {@link normalizeCode}. */
export interface CodeOptions {
  /** Exact length of the DANE code: 2 for departments, 5 for municipalities. */
  digits: number;
}

/**
 * Repairs a DANE code mangled by spreadsheets and returns it zero-padded, or `null` when it is
 * not a code. Excel turns «05001» into `5001`, `5,001` / `5.001` (thousands) or `5001.0`, or
 * keeps a leading apostrophe; all are accepted because the digits are unambiguous.
 */
export function normalizeCode(raw: string, options: CodeOptions): string | null {
  let text = raw
    .trim()
    .replace(/^'/, '')
    .replace(/[\s\u00A0\u202F]/gu, '');
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(text)) text = text.replace(/[.,]/g, '');
  else if (/^\d+[.,]0+$/.test(text)) text = text.replace(/[.,]0+$/, '');
  if (!/^\d+$/.test(text)) return null;
  if (text.length > options.digits || /^0+$/.test(text)) return null;
  return text.padStart(options.digits, '0');
}

/**
 * Parses a decimal that may use a comma (es-CO spreadsheets: «6,25184») or a point. Returns
 * `null` for an empty cell and `NaN` for anything else that is not a plain decimal, so callers
 * can tell «missing» from «wrong».
 */
export function parseDecimal(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return null;
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(',', '.'));
}

/**
 * Parses a whole number written with or without thousands separators («1.234.567»,
 * «1,234,567», «1 234 567», «1234567», or `1234567.0` from a spreadsheet). Returns `null` when
 * empty and `NaN` when it is not an integer; negatives are returned so callers can explain them.
 */
export function parseInteger(raw: string): number | null {
  const text = raw.trim().replace(/[\s\u00A0\u202F]/gu, '');
  if (text === '') return null;
  const match = /^([+-]?)(.*)$/.exec(text);
  const sign = match?.[1] === '-' ? -1 : 1;
  const body = match?.[2] ?? '';
  let digits: string;
  if (/^\d{1,3}(?:\.\d{3})+$/.test(body) || /^\d{1,3}(?:,\d{3})+$/.test(body)) {
    digits = body.replace(/[.,]/g, '');
  } else if (/^\d+(?:[.,]0+)?$/.test(body)) {
    digits = body.replace(/[.,]0+$/, '');
  } else {
    return Number.NaN;
  }
  const value = sign * Number(digits);
  return Number.isSafeInteger(value) ? value : Number.NaN;
}

/** Spanish list «a, b y c» for messages. */
export function joinSpanish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1] ?? ''}`;
}
