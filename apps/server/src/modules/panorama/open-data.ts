import { simplifiedGeometriesByCode } from '@ruta-pot/db';

import type { Deps } from '../../http/types';
import { type FilaPanorama, panoramaRows } from './service';

/**
 * Columns of the open dataset, one row per municipality, in the spirit of the UK
 * plan-timetable dataset: every row carries its cut-off date (`fecha_corte`) so rows from
 * downloads made on different days can be stacked. Public facts only: adopted acts, statuses
 * computed by the rules engine and process stages; never users, comments or evidence.
 */
const OPEN_DATA_COLUMNS = [
  'codigo',
  'nombre',
  'departamento',
  'tipo_plan',
  'estado_plan',
  'fecha_adopcion',
  'instrumento',
  'vigencia_largo_plazo',
  'inicio_formulacion',
  'proceso_tipo',
  'proceso_etapa',
  'proceso_iniciado',
  'fecha_corte',
] as const;

type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | null>;

function toOpenData(fila: FilaPanorama, fecha: string): OpenDataRow {
  return {
    codigo: fila.codigo,
    nombre: fila.nombre,
    departamento: fila.departamento,
    tipo_plan: fila.tipoPlan,
    estado_plan: fila.estadoPlan,
    fecha_adopcion: fila.fechaAdopcion,
    instrumento: fila.instrumento,
    vigencia_largo_plazo: fila.vigenciaLargoPlazo,
    inicio_formulacion: fila.inicioFormulacion,
    proceso_tipo: fila.procesoTipo,
    proceso_etapa: fila.procesoEtapa,
    proceso_iniciado: fila.procesoIniciado,
    fecha_corte: fecha,
  };
}

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled.
 * A text cell starting with = + - @ is prefixed with an apostrophe so a spreadsheet never runs it
 * as a formula (CSV injection through a user-typed `instrumento`); codes and dates never start so.
 */
export function csvField(value: string | null, separator: CsvSeparator = ','): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const special = separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * `,` for the open-data standard (RFC 4180); `;` for Excel in Spanish-speaking settings, where
 * the comma is the decimal separator and Excel splits columns at semicolons (issue 12).
 */
export type CsvSeparator = ',' | ';';

/** The open dataset as CSV: UTF-8 with BOM (Excel opens accents correctly), CRLF line ends. */
export async function openDataCsv(
  deps: Deps,
  input: { fecha: string; separator?: CsvSeparator },
): Promise<string> {
  const separator = input.separator ?? ',';
  const { filas, fecha: corte } = await panoramaRows(deps, input.fecha);
  const lines = [OPEN_DATA_COLUMNS.join(separator)];
  for (const fila of filas) {
    const row = toOpenData(fila, corte);
    lines.push(OPEN_DATA_COLUMNS.map((column) => csvField(row[column], separator)).join(separator));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The open dataset as a GeoJSON FeatureCollection on the simplified boundaries (a municipality
 * without an imported boundary keeps `geometry: null`, which RFC 7946 allows). Geometry text is
 * spliced in as stored, never re-parsed.
 */
export async function openDataGeoJson(deps: Deps, fecha: string): Promise<string> {
  const { filas, fecha: corte } = await panoramaRows(deps, fecha);
  const geometries = await deps.db.withContext({}, (tx) => simplifiedGeometriesByCode(tx));
  const features = filas.map(
    (fila) =>
      `{"type":"Feature","properties":${JSON.stringify(toOpenData(fila, corte))},"geometry":${geometries.get(fila.codigo) ?? 'null'}}`,
  );
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}
