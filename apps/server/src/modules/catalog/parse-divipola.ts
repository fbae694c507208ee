import type { CsvRow } from './csv';
import { parseCsv } from './csv';
import type { TextEncodingName } from './decode-text';
import { decodeText } from './decode-text';
import type { ImportProblem } from './import-error';
import { ImportError, importErrorFromProblems } from './import-error';
import type { ColumnIndexes, ColumnSpec } from './import-fields';
import { cellAt, joinSpanish, normalizeCode, parseDecimal, resolveColumns } from './import-fields';

/** One municipality (or island / área no municipalizada) of the DANE DIVIPOLA. */
interface DivipolaRow {
  /** DANE municipality code, exactly 5 digits with leading zero (e.g. `05001`). */
  codigo: string;
  /** Name exactly as in the file (accents intact, trimmed). */
  nombre: string;
  /** DANE department code, exactly 2 digits (e.g. `05`). */
  codigoDepartamento: string;
  departamento: string;
  /** «Municipio», «Isla», «Área no municipalizada»… as in the file; `null` when absent. */
  tipo: string | null;
  latitud: number | null;
  longitud: number | null;
}

/** Result of {@link parseDivipola}. */
export interface DivipolaImport {
  municipalities: DivipolaRow[];
  encoding: TextEncodingName;
  /** Spanish, non-blocking notes for the person importing (ignored columns, repairs…). */
  warnings: string[];
}

type DivipolaColumn =
  'codDpto' | 'nomDpto' | 'codMpio' | 'nomMpio' | 'tipo' | 'latitud' | 'longitud';

const COLUMNS: readonly ColumnSpec<DivipolaColumn>[] = [
  {
    key: 'codDpto',
    label: 'COD_DPTO',
    aliases: ['cod_dpto', 'codigo_departamento', 'codigo_dane_del_departamento', 'dp'],
    required: true,
  },
  {
    key: 'nomDpto',
    label: 'NOM_DPTO',
    aliases: ['nom_dpto', 'dpto', 'departamento', 'nombre_departamento', 'dpnom'],
    required: true,
  },
  {
    key: 'codMpio',
    label: 'COD_MPIO',
    aliases: ['cod_mpio', 'codigo_municipio', 'codigo_dane_del_municipio', 'dpmp'],
    required: true,
  },
  {
    key: 'nomMpio',
    label: 'NOM_MPIO',
    aliases: ['nom_mpio', 'municipio', 'nombre_municipio', 'mpio'],
    required: true,
  },
  {
    key: 'tipo',
    label: 'TIPO',
    aliases: ['tipo', 'tipo_municipio'],
    prefixes: ['tipo'],
    required: false,
  },
  {
    key: 'latitud',
    label: 'LATITUD',
    aliases: ['latitud', 'lat'],
    prefixes: ['latitud'],
    required: false,
  },
  {
    key: 'longitud',
    label: 'LONGITUD',
    aliases: ['longitud', 'lon', 'lng'],
    prefixes: ['longitud'],
    required: false,
  },
];

/** Bounding box of Colombia (continental and insular, incl. Serranilla) with a margin. */
const LATITUDE_RANGE = { min: -5, max: 17 } as const;
const LONGITUDE_RANGE = { min: -85, max: -66 } as const;
/** A complete DIVIPOLA has about 1,120 entries; far fewer usually means a truncated export. */
const EXPECTED_MINIMUM = 1000;
const SUBJECT = 'El archivo DIVIPOLA';

/**
 * Parses a DIVIPOLA CSV (the datos.gov.co export of dataset gdxc-w37w, or the normalized
 * lowercase derivative) into validated municipalities. Column names are matched without
 * case or accents, spreadsheet-mangled codes («5,001») are repaired, and every row problem is
 * collected before throwing one `ImportError`, so the catalog is replaced all-or-nothing.
 */
export function parseDivipola(bytes: Uint8Array): DivipolaImport {
  const { text, encoding } = decodeText(bytes);
  const table = parseCsv(text);
  const { indexes, ignored } = resolveColumns(table.header, COLUMNS);
  if (table.rows.length === 0) {
    throw new ImportError(`${SUBJECT} solo tiene el encabezado; no hay filas de municipios.`);
  }
  const problems: ImportProblem[] = [];
  const parsed: { row: DivipolaRow; line: number }[] = [];
  let repairedCodes = 0;
  for (const csvRow of table.rows) {
    const result = parseRow(csvRow, indexes);
    problems.push(...result.problems);
    if (result.row) parsed.push({ row: result.row, line: csvRow.line });
    if (result.repaired) repairedCodes++;
  }
  problems.push(...findDuplicates(parsed));
  if (problems.length > 0) throw importErrorFromProblems(problems, { subject: SUBJECT });
  const municipalities = parsed.map((entry) => entry.row);
  const warnings = buildWarnings({ municipalities, ignored, encoding, repairedCodes });
  warnings.push(...departmentNameWarnings(parsed));
  return { municipalities, encoding, warnings };
}

interface RowResult {
  row: DivipolaRow | null;
  problems: ImportProblem[];
  repaired: boolean;
}

function parseRow(csvRow: CsvRow, indexes: ColumnIndexes<DivipolaColumn>): RowResult {
  const { line, cells } = csvRow;
  const problems: ImportProblem[] = [];
  const report = (message: string): void => {
    problems.push({ line, message: `Línea ${line}: ${message}` });
  };
  const rawDpto = cellAt(cells, indexes.codDpto);
  const rawMpio = cellAt(cells, indexes.codMpio);
  const codigoDepartamento = checkCode(rawDpto, { digits: 2, what: 'departamento', report });
  const codigo = checkCode(rawMpio, { digits: 5, what: 'municipio', report });
  if (codigo && codigoDepartamento && !codigo.startsWith(codigoDepartamento)) {
    report(
      `el código de municipio «${codigo}» no corresponde al departamento «${codigoDepartamento}» ` +
        `(debe empezar por ${codigoDepartamento}).`,
    );
  }
  const nombre = cellAt(cells, indexes.nomMpio);
  const departamento = cellAt(cells, indexes.nomDpto);
  if (nombre === '') report('falta el nombre del municipio.');
  if (departamento === '') report('falta el nombre del departamento.');
  const coordinates = parseCoordinates(cells, { indexes, report });
  const tipo = cellAt(cells, indexes.tipo);
  if (problems.length > 0 || !codigo || !codigoDepartamento) {
    return { row: null, problems, repaired: false };
  }
  const row: DivipolaRow = {
    codigo,
    nombre,
    codigoDepartamento,
    departamento,
    tipo: tipo === '' ? null : tipo,
    ...coordinates,
  };
  return { row, problems, repaired: rawMpio !== codigo || rawDpto !== codigoDepartamento };
}

interface CheckCodeOptions {
  digits: number;
  what: 'departamento' | 'municipio';
  report: (message: string) => void;
}

function checkCode(raw: string, options: CheckCodeOptions): string | null {
  if (raw === '') {
    options.report(`falta el código de ${options.what}.`);
    return null;
  }
  const code = normalizeCode(raw, { digits: options.digits });
  if (code === null) {
    options.report(
      `código de ${options.what} «${raw}» no válido (se esperan ${options.digits} dígitos).`,
    );
  }
  return code;
}

interface CoordinateContext {
  indexes: ColumnIndexes<DivipolaColumn>;
  report: (message: string) => void;
}

function parseCoordinates(
  cells: readonly string[],
  context: CoordinateContext,
): Pick<DivipolaRow, 'latitud' | 'longitud'> {
  const { indexes, report } = context;
  const rawLat = cellAt(cells, indexes.latitud);
  const rawLon = cellAt(cells, indexes.longitud);
  const latitud = parseDecimal(rawLat);
  const longitud = parseDecimal(rawLon);
  let ok = true;
  if (Number.isNaN(latitud)) report(`latitud «${rawLat}» no es un número válido.`);
  if (Number.isNaN(longitud)) report(`longitud «${rawLon}» no es un número válido.`);
  if (Number.isNaN(latitud) || Number.isNaN(longitud)) return { latitud: null, longitud: null };
  if ((latitud === null) !== (longitud === null)) {
    report('tiene solo una de las dos coordenadas (latitud y longitud van juntas).');
    return { latitud: null, longitud: null };
  }
  if (latitud === null || longitud === null) return { latitud: null, longitud: null };
  if (inRange(latitud, LONGITUDE_RANGE) && inRange(longitud, LATITUDE_RANGE)) {
    report(`latitud «${rawLat}» y longitud «${rawLon}» parecen intercambiadas.`);
    return { latitud: null, longitud: null };
  }
  if (!inRange(latitud, LATITUDE_RANGE)) {
    report(
      `latitud ${latitud} fuera de Colombia (se espera entre ${LATITUDE_RANGE.min} y ${LATITUDE_RANGE.max}).`,
    );
    ok = false;
  }
  if (!inRange(longitud, LONGITUDE_RANGE)) {
    report(
      `longitud ${longitud} fuera de Colombia (se espera entre ${LONGITUDE_RANGE.min} y ${LONGITUDE_RANGE.max}).`,
    );
    ok = false;
  }
  return ok ? { latitud, longitud } : { latitud: null, longitud: null };
}

function inRange(value: number, range: { min: number; max: number }): boolean {
  return value >= range.min && value <= range.max;
}

function findDuplicates(parsed: readonly { row: DivipolaRow; line: number }[]): ImportProblem[] {
  const lines = new Map<string, number[]>();
  for (const { row, line } of parsed)
    lines.set(row.codigo, [...(lines.get(row.codigo) ?? []), line]);
  const problems: ImportProblem[] = [];
  for (const [codigo, found] of lines) {
    if (found.length < 2) continue;
    problems.push({
      line: found[1] ?? found[0] ?? 0,
      message: `Código de municipio duplicado «${codigo}» en las líneas ${joinSpanish(found.map(String))}.`,
    });
  }
  return problems;
}

interface WarningInput {
  municipalities: readonly DivipolaRow[];
  ignored: readonly string[];
  encoding: TextEncodingName;
  repairedCodes: number;
}

function buildWarnings(input: WarningInput): string[] {
  const warnings: string[] = [];
  const count = input.municipalities.length;
  if (input.encoding === 'windows-1252') {
    warnings.push('El archivo estaba en Windows-1252 (Latin-1); se leyó y se convirtió a UTF-8.');
  }
  if (input.ignored.length > 0) {
    warnings.push(`Se ignoraron las columnas: ${input.ignored.join(', ')}.`);
  }
  if (input.repairedCodes > 0) {
    warnings.push(
      `Se corrigieron ${input.repairedCodes} códigos escritos como número (p. ej. «5,001» → «05001»).`,
    );
  }
  const withoutCoordinates = input.municipalities.filter((m) => m.latitud === null).length;
  if (withoutCoordinates > 0) {
    const verb = withoutCoordinates === 1 ? 'tiene' : 'tienen';
    warnings.push(`${withoutCoordinates} de ${count} municipios no ${verb} coordenadas.`);
  }
  if (count < EXPECTED_MINIMUM) {
    warnings.push(
      `El archivo tiene solo ${count} municipios; la DIVIPOLA completa tiene unos 1.120. ` +
        'Verifique que la descarga no esté incompleta.',
    );
  }
  return warnings;
}

/** The same department code with different names usually means a shifted or edited row. */
function departmentNameWarnings(parsed: readonly { row: DivipolaRow; line: number }[]): string[] {
  const names = new Map<string, Map<string, number>>();
  for (const { row, line } of parsed) {
    const byName = names.get(row.codigoDepartamento) ?? new Map<string, number>();
    if (!byName.has(row.departamento)) byName.set(row.departamento, line);
    names.set(row.codigoDepartamento, byName);
  }
  const warnings: string[] = [];
  for (const [code, byName] of names) {
    if (byName.size < 2) continue;
    const variants = [...byName].map(([name, line]) => `«${name}» (línea ${line})`);
    warnings.push(
      `El departamento ${code} aparece con nombres distintos: ${joinSpanish(variants)}.`,
    );
  }
  return warnings;
}
