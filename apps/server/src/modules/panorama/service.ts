import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

import { type Database, limitsFingerprint, rowsOf, simplifiedLimitsGeoJson } from '@ruta-pot/db';
import {
  CITES,
  evaluateMunicipality,
  type IsoDate,
  parseIsoDate,
  type PlanAct,
  type PlanType,
  summarizePlanHistory,
} from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import { planBasis } from '../plan/service';
import { invalidateLimitsTopology } from './topology';

type EstadoPlan = 'vigente' | 'vencido' | 'sin_plan';

/** One municipality in the national overview: public facts only (adopted acts, no people). */
export interface FilaPanorama {
  codigo: string;
  nombre: string;
  departamento: string;
  codigoDepartamento: string;
  poblacion: number | null;
  tipoPlan: PlanType | null;
  estadoPlan: EstadoPlan;
  vigenciaLargoPlazo: string | null;
  inicioFormulacion: string | null;
  procesoEtapa: string | null;
  procesoTipo: string | null;
  procesoIniciado: string | null;
  /** Used by the open-data export; not part of the /panorama response. */
  fechaAdopcion: string | null;
  instrumento: string | null;
}

export interface FiltrosPanorama {
  departamento?: string | undefined;
  tipoPlan?: PlanType | undefined;
  estado?: EstadoPlan | undefined;
}

interface Computed {
  fecha: string;
  filas: FilaPanorama[];
  /** Serialized /panorama bodies per filter combination (at most 3×4×…; bounded below). */
  cuerpos: Map<string, PreparedBody>;
}

/**
 * How long a computed overview is reused. Plans and processes saved meanwhile appear after at
 * most this long (documented staleness); imports through this process invalidate at once.
 */
const PANORAMA_TTL_MS = 10_000;
/** Dates kept per database (today plus a few historical queries). */
const MAX_DATES = 8;

/** Per database (tests run two engines in one process), per evaluation date. */
const panoramaCache = new WeakMap<
  Database,
  Map<string, { expira: number; valor: Promise<Computed> }>
>();

interface LimitsEntry {
  fingerprint: string;
  body: string;
  gzip: Uint8Array;
  etag: string;
}
const limitsCache = new WeakMap<Database, LimitsEntry>();

/** Drops every cached overview and boundary file of a database (after an import). */
export function invalidatePanoramaCaches(db: Database): void {
  panoramaCache.delete(db);
  limitsCache.delete(db);
  invalidateLimitsTopology(db);
}

interface RawRow {
  codigo: string;
  nombre: string;
  departamento: string;
  codigo_departamento: string;
  poblacion: number | null;
  instrumento: string | null;
  adopcion: string | null;
  revision_general: string | null;
  vigencia_largo_declarada: string | null;
  proceso_tipo: string | null;
  proceso_etapa: string | null;
  proceso_iniciado: string | null;
  actos: PlanAct[] | null;
}

/**
 * Reads every municipality with its latest population, adopted plan and process in course in ONE
 * query. Platform context is needed because planes_vigentes and procesos are tenant tables; the
 * reason is explicit (ADR 0009): this is the read-only public projection of adopted acts and of
 * the stage a process is in, with no personal data (no users, no evidence, no comments).
 */
async function loadRows(deps: Deps): Promise<RawRow[]> {
  return deps.db.withContext({ plataforma: true }, async (tx) =>
    rowsOf<RawRow>(
      await tx.execute(sql`
        SELECT m.codigo, m.nombre, m.departamento, m.codigo_departamento,
               p.poblacion, pv.instrumento, pv.adopcion::text AS adopcion,
               pv.revision_general::text AS revision_general,
               pv.vigencia_largo_declarada::text AS vigencia_largo_declarada,
               pr.tipo_revision AS proceso_tipo, pr.etapa_actual AS proceso_etapa,
               to_char((pr.iniciado_en AT TIME ZONE 'UTC') - interval '5 hours', 'YYYY-MM-DD')
                 AS proceso_iniciado,
               (SELECT json_agg(json_build_object(
                         'tipo', a.tipo, 'instrumento', a.instrumento, 'fecha', a.fecha::text,
                         'vigenciaLargoDeclarada', a.vigencia_largo_declarada::text,
                         'actoAplicable', a.acto_aplicable) ORDER BY a.fecha)
                  FROM actos_plan a WHERE a.municipality_id = m.codigo) AS actos
          FROM municipios m
          LEFT JOIN LATERAL (SELECT pm.poblacion FROM poblacion_municipal pm
                              WHERE pm.codigo = m.codigo ORDER BY pm.anio DESC LIMIT 1) p ON true
          LEFT JOIN planes_vigentes pv ON pv.municipality_id = m.codigo
          LEFT JOIN procesos pr ON pr.municipality_id = m.codigo AND pr.estado = 'en_curso'
         ORDER BY m.codigo`),
    ),
  );
}

/**
 * Applies the rules engine to one row. Status and plan type come from the domain (Ley 388 art. 9
 * and art. 28); an adopted plan whose dates the engine rejects is shown as «sin_plan» because no
 * legal status can be stated for it.
 */
function evaluateRow(deps: Deps, row: RawRow, asOf: IsoDate): FilaPanorama {
  // Same basis as the Estado del POT page: recorded acts first, then the plan row.
  const actos = typeof row.actos === 'string' ? (JSON.parse(row.actos) as PlanAct[]) : row.actos;
  let basis: ReturnType<typeof planBasis> | null = null;
  try {
    const plan = row.adopcion
      ? {
          instrumento: row.instrumento ?? '',
          adopcion: row.adopcion,
          revisionGeneral: row.revision_general,
          vigenciaLargoDeclarada: row.vigencia_largo_declarada,
        }
      : null;
    basis = planBasis(plan, actos && actos.length > 0 ? summarizePlanHistory(actos, asOf) : null);
  } catch {
    basis = null; // dates the rules engine rejects: no legal status can be stated (sin_plan)
  }
  const adoptionDate = basis?.adopcion;
  const revision = basis?.revisionGeneral;
  const declared = basis?.largoDeclarada;
  const summary = evaluateMunicipality({
    asOf,
    calendar: deps.calendar,
    ...(row.poblacion === null ? {} : { population: Number(row.poblacion) }),
    ...(adoptionDate ? { adoptionDate } : {}),
    ...(revision ? { lastGeneralRevisionDate: revision } : {}),
    ...(declared ? { declared: { longTermEnd: declared } } : {}),
  });
  const v = summary.vigencias;
  return {
    codigo: row.codigo,
    nombre: row.nombre,
    departamento: row.departamento,
    codigoDepartamento: row.codigo_departamento,
    poblacion: row.poblacion === null ? null : Number(row.poblacion),
    tipoPlan: summary.planType ?? null,
    estadoPlan: v ? v.status : 'sin_plan',
    vigenciaLargoPlazo: v?.longTermEnd ?? null,
    inicioFormulacion: v?.formulationStart ?? null,
    procesoEtapa: row.proceso_etapa,
    procesoTipo: row.proceso_tipo,
    procesoIniciado: row.proceso_iniciado,
    fechaAdopcion: adoptionDate ?? null,
    instrumento: basis?.instrumento ?? null,
  };
}

async function compute(deps: Deps, fecha: string): Promise<Computed> {
  const asOf = parseIsoDate(fecha);
  const rows = await loadRows(deps);
  return {
    fecha: asOf,
    filas: rows.map((row) => evaluateRow(deps, row, asOf)),
    cuerpos: new Map(),
  };
}

/**
 * Every municipality evaluated at `fecha`, from the in-memory cache when fresh. Concurrent
 * requests share one computation (the cached promise), so a burst of 50 connections runs the
 * query and the 1,122 evaluations once.
 */
export async function panoramaRows(deps: Deps, fecha: string): Promise<Computed> {
  parseIsoDate(fecha); // rejects impossible dates (400) before touching the cache
  let byDate = panoramaCache.get(deps.db);
  if (!byDate) {
    byDate = new Map();
    panoramaCache.set(deps.db, byDate);
  }
  const now = performance.now();
  const hit = byDate.get(fecha);
  if (hit && hit.expira > now) return hit.valor;
  if (byDate.size >= MAX_DATES) byDate.clear();
  const valor = compute(deps, fecha);
  byDate.set(fecha, { expira: now + PANORAMA_TTL_MS, valor });
  valor.catch(() => byDate.delete(fecha));
  return valor;
}

function applyFilters(filas: readonly FilaPanorama[], filtros: FiltrosPanorama) {
  return filas.filter(
    (f) =>
      (!filtros.departamento || f.codigoDepartamento === filtros.departamento) &&
      (!filtros.tipoPlan || f.tipoPlan === filtros.tipoPlan) &&
      (!filtros.estado || f.estadoPlan === filtros.estado),
  );
}

/**
 * The national overview: each municipality's plan status (vigente/vencido per Ley 388 art. 28,
 * sin_plan when none is recorded), plan type (art. 9) and the stage of its revision process.
 * `resumen` counts the rows returned (after filters).
 */
async function panorama(deps: Deps, input: { fecha: string; filtros: FiltrosPanorama }) {
  const computed = await panoramaRows(deps, input.fecha);
  const municipios = applyFilters(computed.filas, input.filtros).map(
    ({ fechaAdopcion: _a, instrumento: _i, ...publica }) => publica,
  );
  const resumen = { total: municipios.length, vigente: 0, vencido: 0, sin_plan: 0 };
  for (const m of municipios) resumen[m.estadoPlan] += 1;
  return {
    fecha: computed.fecha,
    municipios,
    resumen,
    fuentes: [CITES.art9, CITES.art28, CITES.art28num4],
  };
}

/** Distinct filter combinations whose serialized body is kept per date. */
const MAX_BODIES = 64;

/**
 * The /panorama body as JSON text, serialized once per date and filter combination while the
 * computation is fresh: under load each request then only copies a string (bench: p95 ≤ 50 ms).
 */
export async function panoramaJson(
  deps: Deps,
  input: { fecha: string; filtros: FiltrosPanorama },
): Promise<PreparedBody> {
  const computed = await panoramaRows(deps, input.fecha);
  const key = `${input.filtros.departamento ?? ''}|${input.filtros.tipoPlan ?? ''}|${input.filtros.estado ?? ''}`;
  const hit = computed.cuerpos.get(key);
  if (hit) return hit;
  const text = JSON.stringify(await panorama(deps, input));
  // Compressed once per cached body: the full list is ~300 KB and ~10x smaller gzipped, and
  // sending the raw text dominated the response time under load (bench: panorama).
  const prepared = { text, gzip: new Uint8Array(gzipSync(text)) };
  if (computed.cuerpos.size >= MAX_BODIES) computed.cuerpos.clear();
  computed.cuerpos.set(key, prepared);
  return prepared;
}

/** A serialized response body and its gzip, built once and served many times. */
export interface PreparedBody {
  text: string;
  gzip: Uint8Array;
}

/**
 * The simplified national boundaries (GeoJSON text, its gzip and a weak ETag). Cached per
 * database and revalidated with a one-row fingerprint query, so an import made by the CLI in
 * another process is served on the next request without a restart.
 */
export async function limitsGeoJson(deps: Deps): Promise<LimitsEntry> {
  const fingerprint = await deps.db.withContext({}, (tx) => limitsFingerprint(tx));
  const cached = limitsCache.get(deps.db);
  if (cached?.fingerprint === fingerprint) return cached;
  const body = await deps.db.withContext({}, (tx) => simplifiedLimitsGeoJson(tx));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 32);
  const entry: LimitsEntry = {
    fingerprint,
    body,
    gzip: new Uint8Array(gzipSync(body)),
    etag: `W/"${hash}"`,
  };
  limitsCache.set(deps.db, entry);
  return entry;
}
