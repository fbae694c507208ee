import type { ImportProblem } from './import-error';
import { ImportError, importErrorFromProblems } from './import-error';

/** Field delimiters found in Colombian CSV exports (Excel in es-CO uses `;`). */
type CsvDelimiter = ',' | ';' | '\t';

/** Options for {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Forces a delimiter; by default it is detected from the header line. */
  delimiter?: CsvDelimiter;
}

/** One data record with the 1-based file line where it starts (for error messages). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A parsed CSV: trimmed header names and the untrimmed data cells. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * Parses CSV text per RFC 4180 (quoted fields with delimiters, `""` escapes and line breaks;
 * CRLF, LF or CR endings). The delimiter is detected from the header because Excel in es-CO
 * saves with `;` and other tools with `,` or tabs. Fully empty lines (including `,,,` rows left
 * by spreadsheets) are skipped. Rows whose cell count differs from the header are all reported
 * in one `ImportError` with their lines, so a misaligned file is never imported half-right.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(source);
  const records = readRecords(source, delimiter).filter((record) => !isBlank(record.cells));
  const [first, ...rest] = records;
  if (first === undefined) {
    throw new ImportError('El archivo está vacío: no tiene encabezado ni filas de datos.');
  }
  const header = first.cells.map((cell) => cell.trim());
  const problems: ImportProblem[] = [];
  for (const row of rest) {
    if (row.cells.length !== header.length) {
      problems.push({
        line: row.line,
        message:
          `Línea ${row.line}: tiene ${row.cells.length} columnas y el encabezado tiene ` +
          `${header.length}. Revise el separador y las comillas de esa fila.`,
      });
    }
  }
  if (problems.length > 0) throw importErrorFromProblems(problems, { subject: 'El archivo CSV' });
  return { header, rows: rest };
}

/** Picks the candidate delimiter that appears most often (outside quotes) in the header line. */
function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(char as CsvDelimiter)) {
      const key = char as CsvDelimiter;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (char.trim() !== '') seenContent = true;
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/** RFC 4180 state machine; tracks physical lines so every record knows where it starts. */
function readRecords(text: string, delimiter: CsvDelimiter): CsvRow[] {
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = (): void => {
    cells.push(field);
    records.push({ line: recordLine, cells });
    cells = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field.trim() === '') {
      const end = readQuoted(text, { start: i, line, delimiter });
      field = end.value;
      line = end.line;
      i = end.next;
      continue;
    }
    if (char === delimiter) {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    } else {
      field += char;
    }
    i++;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return records;
}

interface QuotedStart {
  start: number;
  line: number;
  delimiter: CsvDelimiter;
}

interface QuotedEnd {
  value: string;
  next: number;
  line: number;
}

/** Reads a quoted field starting at the opening quote; fails on a missing closing quote. */
function readQuoted(text: string, at: QuotedStart): QuotedEnd {
  let value = '';
  let line = at.line;
  let i = at.start + 1;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const next = afterClosingQuote(text, { ...at, start: i + 1, line });
      return { value, line, next };
    }
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
    value += char;
    i++;
  }
  throw new ImportError(
    `Línea ${at.line}: hay unas comillas (") que abren un campo y nunca se cierran. ` +
      'Revise esa línea: las comillas dentro de un texto se escriben dobles ("").',
    [{ line: at.line, message: `Línea ${at.line}: comillas sin cerrar.` }],
  );
}

/** Only spaces may follow a closing quote before the delimiter or line end. */
function afterClosingQuote(text: string, at: QuotedStart): number {
  let i = at.start;
  while (text[i] === ' ') i++;
  const next = text[i];
  if (next === undefined || next === '\n' || next === '\r' || next === at.delimiter) {
    return i;
  }
  const message =
    `Línea ${at.line}: hay texto después de unas comillas de cierre. ` +
    'Si el texto lleva comillas, escríbalas dobles ("") dentro de un campo entre comillas.';
  throw new ImportError(message, [{ line: at.line, message }]);
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
