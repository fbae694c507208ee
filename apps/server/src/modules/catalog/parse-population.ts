import type { CsvRow } from './csv';
import { parseCsv } from './csv';
import type { TextEncodingName } from './decode-text';
import { decodeText } from './decode-text';
import type { ImportProblem } from './import-error';
import { ImportError, importErrorFromProblems } from './import-error';
import type { ColumnIndexes, ColumnSpec } from './import-fields';
import {
  cellAt,
  normalizeCode,
  normalizeHeader,
  parseInteger,
  resolveColumns,
} from './import-fields';

/** DANE population of one municipality in one year (projection or census-based estimate). */
interface PopulationRow {
  /** DANE municipality code, exactly 5 digits (e.g. `05001`). */
  codigo: string;
  anio: number;
  poblacion: number;
  hombres: number | null;
  mujeres: number | null;
}

/** Result of {@link parsePopulation}. */
export interface PopulationImport {
  rows: PopulationRow[];
  encoding: TextEncodingName;
  /** Spanish, non-blocking notes for the person importing. */
  warnings: string[];
}

type PopulationColumn = 'codigo' | 'anio' | 'poblacion' | 'hombres' | 'mujeres' | 'area';

const COLUMNS: readonly ColumnSpec<PopulationColumn>[] = [
  {
    key: 'codigo',
    label: 'COD_MPIO',
    aliases: ['cod_mpio', 'dpmp', 'codigo', 'codigo_municipio'],
    required: true,
  },
  { key: 'anio', label: 'AÑO', aliases: ['ano', 'anio', 'year'], required: true },
  {
    key: 'poblacion',
    label: 'POBLACION',
    aliases: ['poblacion', 'poblacion_total', 'total'],
    required: true,
  },
  { key: 'hombres', label: 'HOMBRES', aliases: ['hombres', 'total_hombres'], required: false },
  { key: 'mujeres', label: 'MUJERES', aliases: ['mujeres', 'total_mujeres'], required: false },
  /** DANE projection files repeat each year for «Cabecera» and «Centros poblados y rural». */
  { key: 'area', label: 'ÁREA GEOGRÁFICA', aliases: ['area_geografica', 'area'], required: false },
];

/** DANE municipal series start with the 1985 census; later years are projections. */
const YEAR_RANGE = { min: 1985, max: 2100 } as const;
const SUBJECT = 'El archivo de población';

/**
 * Parses a DANE municipal population CSV (one row per municipality and year) into validated
 * rows. Column names are matched without case or accents (`AÑO`, `anio`, `DPMP`…), numbers may
 * carry thousands separators, and all row problems plus duplicated (municipio, año) pairs are
 * reported together in one `ImportError`, so a partial or doubled series is never stored.
 */
export function parsePopulation(bytes: Uint8Array): PopulationImport {
  const { text, encoding } = decodeText(bytes);
  const table = parseCsv(text);
  const { indexes } = resolveColumns(table.header, COLUMNS);
  if (table.rows.length === 0) {
    throw new ImportError(`${SUBJECT} solo tiene el encabezado; no hay filas de datos.`);
  }
  const problems: ImportProblem[] = [];
  const rows: PopulationRow[] = [];
  const firstLine = new Map<string, number>();
  let skippedAreas = 0;
  let sexMismatches = 0;
  for (const csvRow of table.rows) {
    if (!isTotalArea(cellAt(csvRow.cells, indexes.area))) {
      skippedAreas++;
      continue;
    }
    const result = parseRow(csvRow, indexes);
    problems.push(...result.problems);
    if (!result.row) continue;
    const key = `${result.row.codigo}/${result.row.anio}`;
    const previous = firstLine.get(key);
    if (previous === undefined) {
      firstLine.set(key, csvRow.line);
      rows.push(result.row);
      if (sexMismatch(result.row)) sexMismatches++;
      continue;
    }
    problems.push({
      line: csvRow.line,
      message:
        `Población duplicada para el municipio «${result.row.codigo}» en el año ${result.row.anio} ` +
        `(líneas ${previous} y ${csvRow.line}).`,
    });
  }
  if (problems.length > 0) throw importErrorFromProblems(problems, { subject: SUBJECT });
  const warnings: string[] = [];
  if (encoding === 'windows-1252') {
    warnings.push('El archivo estaba en Windows-1252 (Latin-1); se leyó y se convirtió a UTF-8.');
  }
  if (skippedAreas > 0) {
    warnings.push(
      `Se omitieron ${skippedAreas} ${skippedAreas === 1 ? 'fila' : 'filas'} por área (cabecera, rural); se usó el total.`,
    );
  }
  if (sexMismatches > 0) {
    warnings.push(
      `En ${sexMismatches} ${sexMismatches === 1 ? 'fila' : 'filas'}, hombres + mujeres no suma la población total.`,
    );
  }
  return { rows, encoding, warnings };
}

function isTotalArea(area: string): boolean {
  return area === '' || normalizeHeader(area) === 'total';
}

function sexMismatch(row: PopulationRow): boolean {
  return (
    row.hombres !== null && row.mujeres !== null && row.hombres + row.mujeres !== row.poblacion
  );
}

interface RowResult {
  row: PopulationRow | null;
  problems: ImportProblem[];
}

function parseRow(csvRow: CsvRow, indexes: ColumnIndexes<PopulationColumn>): RowResult {
  const { line, cells } = csvRow;
  const problems: ImportProblem[] = [];
  const report = (message: string): void => {
    problems.push({ line, message: `Línea ${line}: ${message}` });
  };
  const rawCode = cellAt(cells, indexes.codigo);
  const codigo = rawCode === '' ? null : normalizeCode(rawCode, { digits: 5 });
  if (rawCode === '') report('falta el código de municipio.');
  else if (codigo === null) {
    report(`código de municipio «${rawCode}» no válido (se esperan 5 dígitos).`);
  }
  const anio = readYear(cellAt(cells, indexes.anio), report);
  const poblacion = readCount(cellAt(cells, indexes.poblacion), {
    what: 'la población',
    required: true,
    report,
  });
  const hombres = readCount(cellAt(cells, indexes.hombres), {
    what: 'el número de hombres',
    required: false,
    report,
  });
  const mujeres = readCount(cellAt(cells, indexes.mujeres), {
    what: 'el número de mujeres',
    required: false,
    report,
  });
  if (problems.length > 0 || codigo === null || anio === null || poblacion === null) {
    return { row: null, problems };
  }
  return { row: { codigo, anio, poblacion, hombres, mujeres }, problems };
}

function readYear(raw: string, report: (message: string) => void): number | null {
  const year = parseInteger(raw);
  if (year === null) {
    report('falta el año.');
    return null;
  }
  if (Number.isNaN(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    report(
      `año «${raw}» no válido (se espera un año entre ${YEAR_RANGE.min} y ${YEAR_RANGE.max}).`,
    );
    return null;
  }
  return year;
}

interface CountOptions {
  what: string;
  required: boolean;
  report: (message: string) => void;
}

function readCount(raw: string, options: CountOptions): number | null {
  const value = parseInteger(raw);
  if (value === null) {
    if (options.required) options.report(`falta ${options.what}.`);
    return null;
  }
  if (Number.isNaN(value)) {
    options.report(`${options.what} «${raw}» no es un número entero válido.`);
    return null;
  }
  if (value < 0) {
    options.report(`${options.what} «${raw}» no puede ser un número negativo.`);
    return null;
  }
  return value;
}
