import { randomUUID } from 'node:crypto';

import { appendAudit, type CapaMetadatos, capas, municipios, rowsOf, type Tx } from '@ruta-pot/db';
import {
  findCategoryField,
  isLayerProfileId,
  LAYER_PROFILE_IDS,
  LAYER_PROFILES,
  type LayerProfileId,
  normalizeCategory,
} from '@ruta-pot/domain';
import {
  COLOMBIA_BBOX,
  type LayerFeature,
  type LayerRead,
  LayerReadError,
  readLayer,
  SUPPORTED_EPSG,
} from '@ruta-pot/geo';
import { and, eq, sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';

/** Features sent to PostGIS per statement (one JSON text parameter each). */
const BATCH_FEATURES = 500;
/** Invalid geometries spelled out in the refusal; the rest are counted. */
const MAX_LISTED = 20;
/** Square metres in a hectare. */
const M2_PER_HA = 10_000;
/** Key of the features without a category in `areaPorCategoriaHa`. */
export const SIN_CATEGORIA = 'sin_categoria';

export interface ImportLayerInput {
  /** DANE code of the municipality. */
  codigo: string;
  bytes: Uint8Array;
  fileName: string;
  /** Profile id (`LAYER_PROFILE_IDS`). */
  tipo: string;
  /** Layer name; the file name without its extension (or the GeoPackage table) by default. */
  nombre?: string | undefined;
  /** EPSG code that overrides the file's (or supplies it when the file has none). */
  epsg?: number | undefined;
  /** GeoPackage table to read when the file has several. */
  tabla?: string | undefined;
  /** Attribute with the category; by default the profile's candidates are looked for. */
  campoCategoria?: string | undefined;
  /** The user's confirmation to repair invalid geometries (ST_MakeValid). */
  reparar?: boolean | undefined;
  metadatos?: CapaMetadatos | undefined;
  actor: { id: string | null; label: string };
}

export interface ImportLayerResult {
  capaId: string;
  entidades: number;
  crsOrigen: number;
  /** Total area in hectares, measured in EPSG:9377 (0 for points and lines). */
  areaHa: number;
  /** Hectares per category (the normalised value of the category attribute). */
  areaPorCategoriaHa: Record<string, number>;
  /** Attribute the categories were read from, or null. */
  campoCategoria: string | null;
  /** Geometries repaired with ST_MakeValid (only with `reparar`). */
  reparadas: number;
  /** Spanish notices (3D dropped, categories not recognised, features emptied by the repair). */
  avisos: string[];
}

/** An invalid geometry: its feature, PostGIS's reason and a place in EPSG:4326 (WKT). */
export interface InvalidGeometry {
  elemento: number;
  motivo: string;
  ubicacion: string | null;
}

const invalid = (mensaje: string, details?: Record<string, unknown>) =>
  new AppError('entrada_invalida', mensaje, details);

const roundHa = (m2: number) => Math.round((m2 / M2_PER_HA) * 10_000) / 10_000;

const GEOGRAPHIC = new Set([4326, 4686]);

function epsgList(): string {
  return SUPPORTED_EPSG.map((code) => `EPSG:${code}`).join(', ');
}

/** The CRS of the layer: the override, else the file's; refused when unknown or unsupported. */
function chooseEpsg(read: LayerRead, input: ImportLayerInput): number {
  const epsg = input.epsg ?? read.epsg;
  if (epsg === null)
    throw invalid(
      `El archivo «${input.fileName}» no dice en qué sistema de coordenadas está. Indíquelo (por ejemplo EPSG:9377 o EPSG:4326); se admiten ${epsgList()}. No se importó nada.`,
      { campo: 'crs' },
    );
  if (!(SUPPORTED_EPSG as readonly number[]).includes(epsg))
    throw invalid(
      `El sistema de coordenadas EPSG:${epsg} no se admite. Use uno de: ${epsgList()}.`,
      {
        campo: 'crs',
      },
    );
  return epsg;
}

function profileOf(tipo: string): LayerProfileId {
  if (!isLayerProfileId(tipo))
    throw invalid(
      `El tipo de capa «${tipo}» no existe. Use uno de: ${LAYER_PROFILE_IDS.join(', ')}.`,
      { campo: 'tipo' },
    );
  return tipo;
}

interface Categorized {
  campo: string | null;
  values: (string | null)[];
  avisos: string[];
}

function attributeNames(features: readonly LayerFeature[]): string[] {
  const names = new Set<string>();
  for (const f of features) for (const key of Object.keys(f.properties)) names.add(key);
  return [...names];
}

const quoteList = (values: Iterable<string>) =>
  [...values]
    .slice(0, 10)
    .map((v) => `«${v}»`)
    .join(', ');

/** Reads each feature's category, normalised by the profile's vocabulary when it has one. */
function categorize(
  profile: LayerProfileId,
  features: readonly LayerFeature[],
  requested: string | undefined,
): Categorized {
  const names = attributeNames(features);
  if (requested !== undefined && !names.includes(requested))
    throw invalid(
      `La capa no tiene el atributo «${requested}». Sus atributos son: ${names.join(', ') || '(ninguno)'}.`,
      { campo: 'categoria' },
    );
  const campo = requested ?? findCategoryField(profile, names);
  if (campo === null) return { campo: null, values: features.map(() => null), avisos: [] };
  const vocabulary = LAYER_PROFILES[profile].vocabulary;
  const raw = features.map((f) => f.properties[campo] ?? null);
  if (!vocabulary) {
    const values = raw.map((v) =>
      v === null || String(v).trim() === '' ? null : String(v).trim(),
    );
    return { campo, values, avisos: [] };
  }
  const values = raw.map((v) => normalizeCategory(vocabulary, v, campo));
  const unknown = new Set<string>();
  raw.forEach((v, i) => {
    if (values[i] === null && v !== null && String(v).trim() !== '') unknown.add(String(v));
  });
  const expected = LAYER_PROFILES[profile].categoryField?.label ?? campo;
  if (requested !== undefined && unknown.size > 0 && values.every((v) => v === null))
    throw invalid(
      `Ningún valor de «${campo}» es una categoría reconocida (${expected}). Valores encontrados: ${quoteList(unknown)}.`,
      { campo: 'categoria' },
    );
  const avisos =
    unknown.size > 0
      ? [
          `${raw.filter((v, i) => values[i] === null && v !== null).length} elementos tienen en «${campo}» valores que no son una categoría reconocida (${quoteList(unknown)}); quedan sin categoría.`,
        ]
      : [];
  return { campo, values, avisos };
}

type Box = [number, number, number, number];

/** The extent of every position of the layer, in its own CRS. */
function extentOf(features: readonly LayerFeature[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
      return;
    }
    for (const child of c) visit(child);
  };
  for (const f of features) visit(f.geometry.coordinates);
  return box;
}

const insideColombia = ([minLon, minLat, maxLon, maxLat]: Box) =>
  minLon >= COLOMBIA_BBOX.minLon &&
  minLat >= COLOMBIA_BBOX.minLat &&
  maxLon <= COLOMBIA_BBOX.maxLon &&
  maxLat <= COLOMBIA_BBOX.maxLat;

function outsideColombia(epsg: number, box: Box): AppError {
  const [a, b, c, d] = box.map((v) => Number(v.toPrecision(8)));
  const hint = GEOGRAPHIC.has(epsg)
    ? ' ¿Están las coordenadas en metros (un sistema proyectado) o con longitud y latitud invertidas? Indique el sistema correcto.'
    : ' ¿Es correcto el sistema de coordenadas? Indique el del archivo.';
  return invalid(
    `Las coordenadas de la capa quedan fuera de Colombia en EPSG:${epsg} (extensión ${a}, ${b} – ${c}, ${d}).${hint} No se importó nada.`,
    { campo: 'crs' },
  );
}

/** Refuses a layer whose extent, taken to EPSG:4326, is not inside Colombia's envelope. */
async function assertInColombia(tx: Tx, epsg: number, box: Box) {
  if (!box.every(Number.isFinite)) throw outsideColombia(epsg, box);
  if (GEOGRAPHIC.has(epsg)) {
    if (!insideColombia(box)) throw outsideColombia(epsg, box);
    return;
  }
  let rows: { x0: number; y0: number; x1: number; y1: number }[];
  try {
    rows = rowsOf(
      await tx.execute(sql`SELECT ST_XMin(e) AS x0, ST_YMin(e) AS y0, ST_XMax(e) AS x1, ST_YMax(e) AS y1
        FROM (SELECT ST_Transform(ST_MakeEnvelope(${box[0]}, ${box[1]}, ${box[2]}, ${box[3]}, ${sql.raw(String(epsg))}), 4326) AS e) t`),
    );
  } catch {
    throw outsideColombia(epsg, box);
  }
  const r = rows[0];
  const wgs: Box = r ? [Number(r.x0), Number(r.y0), Number(r.x1), Number(r.y1)] : [NaN, 0, 0, 0];
  if (!wgs.every(Number.isFinite) || !insideColombia(wgs)) throw outsideColombia(epsg, box);
}

/** The batches of features as JSON text: [{ i, g, c, a }] (position, geometry, category, attributes). */
function batches(features: readonly LayerFeature[], categories: readonly (string | null)[]) {
  const out: string[] = [];
  for (let start = 0; start < features.length; start += BATCH_FEATURES) {
    const slice = features.slice(start, start + BATCH_FEATURES).map((f, k) => ({
      i: start + k + 1,
      g: f.geometry,
      c: categories[start + k] ?? null,
      a: f.properties,
    }));
    out.push(JSON.stringify(slice));
  }
  return out;
}

/** Each feature of a batch in EPSG:9377, 2D (the stored form). */
const stored = (
  batch: string,
  epsg: number,
) => sql`SELECT (e->>'i')::int AS i, e->>'c' AS c, e->'a' AS a,
    ST_Force2D(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(e->>'g'), ${sql.raw(String(epsg))}), 9377)) AS g
  FROM jsonb_array_elements(${batch}::jsonb) AS e`;

/** The geometries PostGIS finds invalid, with the reason and a place in EPSG:4326. */
async function invalidGeometries(tx: Tx, parts: readonly string[], epsg: number) {
  const found: InvalidGeometry[] = [];
  for (const batch of parts) {
    const rows = rowsOf<{ i: number; motivo: string; ubicacion: string | null }>(
      await tx.execute(sql`WITH s AS (${stored(batch, epsg)})
        SELECT i, coalesce((ST_IsValidDetail(g)).reason, ST_IsValidReason(g)) AS motivo,
          ST_AsText(ST_Transform(coalesce(ST_SetSRID((ST_IsValidDetail(g)).location, 9377), ST_PointOnSurface(g)), 4326), 6) AS ubicacion
        FROM s WHERE NOT ST_IsValid(g) ORDER BY i`),
    );
    for (const r of rows)
      found.push({ elemento: Number(r.i), motivo: r.motivo, ubicacion: r.ubicacion });
  }
  return found;
}

/** The dimension ST_CollectionExtract keeps: 1 points, 2 lines, 3 polygons. */
function dimensionOf(features: readonly LayerFeature[]): 1 | 2 | 3 {
  const type = features[0]?.geometry.type ?? 'Polygon';
  if (type.endsWith('Point')) return 1;
  if (type.endsWith('LineString')) return 2;
  return 3;
}

function refuseInvalid(found: readonly InvalidGeometry[]): AppError {
  const lines = found
    .slice(0, MAX_LISTED)
    .map(
      (g) =>
        `elemento ${g.elemento}: ${g.motivo}${g.ubicacion ? ` en ${g.ubicacion} (EPSG:4326)` : ''}`,
    );
  const more = found.length > MAX_LISTED ? `; y ${found.length - MAX_LISTED} más` : '';
  return invalid(
    `La capa tiene ${found.length} ${found.length === 1 ? 'geometría no válida' : 'geometrías no válidas'} según PostGIS: ${lines.join('; ')}${more}. ` +
      'Corríjalas en el archivo o confirme que se reparen automáticamente (ST_MakeValid; en la línea de comandos, --reparar). No se importó nada.',
    { geometriasInvalidas: found },
  );
}

async function readOrRefuse(input: ImportLayerInput): Promise<LayerRead> {
  try {
    return await readLayer(input.bytes, input.fileName, input.tabla ? { table: input.tabla } : {});
  } catch (error) {
    if (error instanceof LayerReadError) throw invalid(error.message, { campo: 'archivo' });
    throw error;
  }
}

function checkMetadata(metadatos: CapaMetadatos | undefined): CapaMetadatos {
  const m = metadatos ?? {};
  if (m.escala !== undefined && !(Number.isInteger(m.escala) && m.escala > 0))
    throw invalid(
      'La escala es el denominador de la escala del estudio (p. ej. 5000 para 1:5.000).',
      {
        campo: 'escala',
      },
    );
  if (m.fecha !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(m.fecha))
    throw invalid('La fecha del estudio va en formato AAAA-MM-DD.', { campo: 'fecha' });
  return m;
}

function defaultName(input: ImportLayerInput, read: LayerRead): string {
  const base = read.table ?? input.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return (input.nombre ?? base).trim().slice(0, 200) || 'capa';
}

/** Inserts the features (repairing invalid ones when confirmed); returns how many were stored. */
async function insertFeatures(
  tx: Tx,
  target: { codigo: string; capaId: string; epsg: number; dimension: 1 | 2 | 3 },
  parts: readonly string[],
) {
  let inserted = 0;
  for (const batch of parts) {
    const rows = rowsOf<{ n: number }>(
      await tx.execute(sql`WITH s AS (${stored(batch, target.epsg)}),
        f AS (SELECT i, c, a, CASE WHEN ST_IsValid(g) THEN g
          ELSE ST_CollectionExtract(ST_MakeValid(g), ${sql.raw(String(target.dimension))}) END AS g FROM s),
        w AS (INSERT INTO capa_entidades (municipality_id, capa_id, id, categoria, atributos, geom)
          SELECT ${target.codigo}, ${target.capaId}::uuid, i, c, a, g FROM f WHERE NOT ST_IsEmpty(g)
          RETURNING 1)
        SELECT count(*)::int AS n FROM w`),
    );
    inserted += Number(rows[0]?.n ?? 0);
  }
  return inserted;
}

/** Hectares per category of a stored layer (EPSG:9377). */
async function areasByCategory(tx: Tx, codigo: string, capaId: string) {
  return rowsOf<{ categoria: string | null; m2: number }>(
    await tx.execute(sql`SELECT categoria, coalesce(sum(ST_Area(geom)), 0) AS m2
      FROM capa_entidades WHERE municipality_id = ${codigo} AND capa_id = ${capaId}::uuid
      GROUP BY categoria ORDER BY categoria NULLS LAST`),
  ).map((r) => ({ categoria: r.categoria, m2: Number(r.m2) }));
}

/**
 * Imports a layer of the municipality in one transaction: reads the file (`readLayer`), takes the
 * CRS from the override or the file (asks for it when absent), refuses coordinates outside
 * Colombia, stores every feature in EPSG:9377 with its category normalised by the profile, and
 * refuses invalid geometries (listed with PostGIS's reason and place) unless the user confirmed
 * the repair. Nothing is written when anything is refused. Areas are measured in EPSG:9377.
 */
export async function importLayer(deps: Deps, input: ImportLayerInput): Promise<ImportLayerResult> {
  const profile = profileOf(input.tipo);
  const metadatos = checkMetadata(input.metadatos);
  const read = await readOrRefuse(input);
  const epsg = chooseEpsg(read, input);
  const categorized = categorize(profile, read.features, input.campoCategoria);
  const parts = batches(read.features, categorized.values);
  const capaId = randomUUID();
  const { codigo } = input;
  return deps.db.withContext(
    { municipio: codigo, usuario: input.actor.id ?? undefined },
    async (tx) => {
      const [municipio] = await tx
        .select({ codigo: municipios.codigo })
        .from(municipios)
        .where(eq(municipios.codigo, codigo));
      if (!municipio)
        throw new AppError('no_encontrado', `El municipio ${codigo} no está en el catálogo.`);
      await assertInColombia(tx, epsg, extentOf(read.features));
      const found = await invalidGeometries(tx, parts, epsg);
      if (found.length > 0 && !input.reparar) throw refuseInvalid(found);
      await tx.insert(capas).values({
        municipalityId: codigo,
        id: capaId,
        nombre: defaultName(input, read),
        tipo: profile,
        crsOrigen: epsg,
        formato: read.format,
        campoCategoria: categorized.campo,
        metadatos,
        publica: false,
        entidades: read.features.length,
        creadoEn: deps.clock.now(),
        creadoPor: input.actor.id,
      });
      const dimension = dimensionOf(read.features);
      const entidades = await insertFeatures(tx, { codigo, capaId, epsg, dimension }, parts);
      const avisos = [...read.notices, ...categorized.avisos];
      if (entidades < read.features.length)
        avisos.push(
          `${read.features.length - entidades} elementos quedaron vacíos al reparar su geometría y no se importaron.`,
        );
      const areas = await areasByCategory(tx, codigo, capaId);
      const totalM2 = areas.reduce((sum, a) => sum + a.m2, 0);
      const areaPorCategoriaHa: Record<string, number> = {};
      if (categorized.campo !== null)
        for (const a of areas) areaPorCategoriaHa[a.categoria ?? SIN_CATEGORIA] = roundHa(a.m2);
      const areaHa = roundHa(totalM2);
      await tx
        .update(capas)
        .set({ entidades, areaHa })
        .where(and(eq(capas.municipalityId, codigo), eq(capas.id, capaId)));
      const result: ImportLayerResult = {
        capaId,
        entidades,
        crsOrigen: epsg,
        areaHa,
        areaPorCategoriaHa,
        campoCategoria: categorized.campo,
        reparadas: input.reparar ? found.length : 0,
        avisos,
      };
      await appendAudit(tx, {
        municipalityId: codigo,
        actorId: input.actor.id,
        actor: input.actor.label,
        accion: 'capas.importar',
        objeto: capaId,
        detalle: {
          archivo: input.fileName,
          tipo: profile,
          formato: read.format,
          entidades,
          crsOrigen: epsg,
          areaHa,
          reparadas: result.reparadas,
        },
        ocurridoEn: deps.clock.now(),
      });
      return result;
    },
  );
}
