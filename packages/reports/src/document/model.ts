/**
 * A report as data: the generators of each capability (DSE, terms of reference, participation
 * memoria, cartography analysis) build one of these, and `renderDocx` / `renderPdf` turn it into
 * bytes. Everything is plain text: no HTML or markup is interpreted, so user text cannot inject.
 */

/** A run of text inside a paragraph. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A table cell value; null prints «sin dato» (a report never invents a value). */
export type CellValue = string | number | null;

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: readonly TextRun[] }
  | { kind: 'bullets'; items: readonly string[] }
  | {
      kind: 'table';
      columns: readonly string[];
      rows: readonly (readonly CellValue[])[];
      caption?: string;
      /** Relative column widths (any unit; they are normalised). */
      widths?: readonly number[];
      /** Columns aligned right (numbers). */
      numeric?: readonly number[];
    }
  | { kind: 'image'; png: Uint8Array; widthMm: number; heightMm: number; caption?: string }
  | {
      kind: 'chart';
      /** Bars (one value per category) or a line (values over categories, e.g. years). */
      chart: 'bar' | 'line';
      title: string;
      categories: readonly string[];
      values: readonly (number | null)[];
      unit: string;
      /** A horizontal reference line (a target). */
      target?: number;
    }
  | { kind: 'citation'; norm: string; article: string; url?: string; note?: string }
  | { kind: 'note'; text: string }
  | { kind: 'pageBreak' };

export interface ReportDocument {
  title: string;
  subtitle?: string;
  /** Municipality and department, e.g. «Zipaquirá (Cundinamarca)». */
  municipality?: string;
  /** Date of the document in Spanish long form, e.g. «4 de diciembre de 2026». */
  date?: string;
  /** Who issues it (entity, office). */
  author?: string;
  /** Footer of every page. */
  footer?: string;
  blocks: readonly Block[];
  /** Sources listed at the end, one line each. */
  sources?: readonly string[];
}

/** How an empty cell prints. */
export const MISSING = 'sin dato';

export const cellText = (v: CellValue): string =>
  v === null ? MISSING : typeof v === 'number' ? v.toLocaleString('es-CO') : v;

/** Paragraph helper: `p('texto')` or `p([{ text: 'a', bold: true }, { text: ' b' }])`. */
export const p = (content: string | readonly TextRun[]): Block => ({
  kind: 'paragraph',
  runs: typeof content === 'string' ? [{ text: content }] : content,
});
export const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
