import { appendAudit, bancoCasos, municipios, PLATFORM_SCOPE, rowsOf } from '@ruta-pot/db';
import { determinePlanType } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import type { Actor } from '../catalog/service';
import { getMunicipality } from '../municipalities/service';
import { REVISION_LABELS } from '../ruta/revision-labels';
import { cachedSearch, invalidateBankCache } from './bank-cache';
import { parseBankFile, TIPOS_CASO } from './bank-parse';

/** Population bands of the bank filters (inhabitants). */
export const BANDAS_POBLACION = {
  menos_10000: [0, 9_999],
  de_10000_a_30000: [10_000, 29_999],
  de_30000_a_100000: [30_000, 100_000],
  de_100000_a_500000: [100_001, 500_000],
  mas_500000: [500_001, 1_000_000_000],
} as const;
export type BandaPoblacion = keyof typeof BANDAS_POBLACION;

/** Spanish names of the bank's revision kinds (the motor's types plus first adoption). */
export const CASE_KIND_LABELS: Record<string, string> = {
  ...REVISION_LABELS,
  adopcion: 'Adopción del primer plan',
  sin_determinar: 'Tipo de revisión sin determinar (la fuente no trae el objeto del acto)',
};
export const CASE_KINDS = TIPOS_CASO.map((id) => ({ id, nombre: CASE_KIND_LABELS[id] ?? id }));

const labelled = (rows: BankCase[]) =>
  rows.map((r) => ({
    ...r,
    tipoRevisionNombre: CASE_KIND_LABELS[r.tipoRevision] ?? r.tipoRevision,
  }));

export interface BankFilters {
  texto?: string | undefined;
  departamento?: string | undefined;
  tipoPlan?: string | undefined;
  resultado?: string | undefined;
  banda?: BandaPoblacion | undefined;
  limite?: number | undefined;
}

const COLUMNS = sql`id, municipality_id AS "codigo", municipio, departamento, codigo_departamento AS "codigoDepartamento",
  tipo_plan AS "tipoPlan", tipo_revision AS "tipoRevision", anio_inicio AS "anioInicio", anio_fin AS "anioFin",
  costo_cop::float8 AS "costoCop", anio_costo AS "anioCosto", duracion_meses::float8 AS "duracionMeses", modalidad,
  resultado, poblacion, acto, objeto, lecciones, documentos, fuente, estado`;

export interface BankCase {
  id: string;
  codigo: string;
  municipio: string;
  departamento: string;
  codigoDepartamento: string;
  tipoPlan: string;
  tipoRevision: string;
  anioInicio: number | null;
  anioFin: number | null;
  costoCop: number | null;
  anioCosto: number | null;
  duracionMeses: number | null;
  modalidad: string | null;
  resultado: string;
  poblacion: number | null;
  acto: string | null;
  objeto: string;
  lecciones: string;
  documentos: Array<{
    tipo: string;
    titulo: string;
    referencia: string;
    sha256?: string;
    /** The stored file's name (its title may differ). */
    archivo?: string;
  }>;
  fuente: string;
  estado: string;
  relevancia?: number;
  tipoRevisionNombre?: string;
}

/**
 * Spanish full-text search of the bank, best first: accents and word endings ignored on both
 * engines (ruta_texto_busqueda + the 'spanish' configuration), with filters. Without text, the
 * newest cases first. Published cases only, plus the drafts of the municipality in context.
 */
export async function searchBank(deps: Deps, input: { filtros: BankFilters; municipio?: string }) {
  if (input.municipio) return runSearch(deps, input);
  const f = input.filtros;
  const key = JSON.stringify([
    f.texto?.trim() ?? '',
    f.departamento,
    f.tipoPlan,
    f.resultado,
    f.banda,
    f.limite,
  ]);
  return cachedSearch(deps.db, key, () => runSearch(deps, input));
}

async function runSearch(deps: Deps, input: { filtros: BankFilters; municipio?: string }) {
  const f = input.filtros;
  const texto = f.texto?.trim() ?? '';
  const query = sql`websearch_to_tsquery('spanish', ruta_texto_busqueda(${texto}))`;
  const where = [sql`true`];
  if (texto) where.push(sql`busqueda @@ ${query}`);
  if (f.departamento) where.push(sql`codigo_departamento = ${f.departamento}`);
  if (f.tipoPlan) where.push(sql`tipo_plan = ${f.tipoPlan}`);
  if (f.resultado) where.push(sql`resultado = ${f.resultado}`);
  if (f.banda) {
    const [lo, hi] = BANDAS_POBLACION[f.banda];
    where.push(sql`poblacion BETWEEN ${lo} AND ${hi}`);
  }
  const rank = texto ? sql`ts_rank_cd(busqueda, ${query})` : sql`0`;
  const limit = Math.min(Math.max(f.limite ?? 20, 1), 100);
  const result = await deps.db.withContext(
    input.municipio ? { municipio: input.municipio } : {},
    (tx) =>
      tx.execute(
        sql`SELECT ${COLUMNS}, ${rank}::float8 AS relevancia FROM banco_casos
            WHERE ${sql.join(where, sql` AND `)}
            ORDER BY relevancia DESC, anio_fin DESC NULLS LAST, municipio LIMIT ${limit}`,
      ),
  );
  return labelled(rowsOf<BankCase>(result));
}

/**
 * Cases of municipalities similar to `codigo`: same plan type by population, same department
 * first, then the closest population (log scale). Needs the municipality's population.
 */
export async function similarCases(deps: Deps, input: { codigo: string; limite?: number }) {
  const m = await getMunicipality(deps, input.codigo);
  if (m.poblacion === null) return { municipio: m, tipoPlan: null, casos: [] as BankCase[] };
  const tipoPlan = determinePlanType({ population: m.poblacion }).planType;
  const pop = Math.max(m.poblacion, 1);
  const result = await deps.db.withContext({ municipio: input.codigo }, (tx) =>
    tx.execute(
      sql`SELECT ${COLUMNS} FROM banco_casos
          WHERE estado = 'publicado' AND tipo_plan = ${tipoPlan} AND municipality_id <> ${input.codigo}
          ORDER BY (codigo_departamento = ${m.codigoDepartamento}) DESC,
                   abs(ln(greatest(coalesce(poblacion, 1), 1)) - ln(${pop}::float8)), anio_fin DESC NULLS LAST
          LIMIT ${Math.min(input.limite ?? 10, 50)}`,
    ),
  );
  return { municipio: m, tipoPlan, casos: labelled(rowsOf<BankCase>(result)) };
}

/** Drafts of a municipality's cases (for its advisors to publish). */
export async function listDrafts(deps: Deps, codigo: string) {
  const result = await deps.db.withContext({ municipio: codigo }, (tx) =>
    tx.execute(
      sql`SELECT ${COLUMNS} FROM banco_casos WHERE municipality_id = ${codigo} AND estado = 'borrador' ORDER BY creado_en DESC LIMIT 100`,
    ),
  );
  return labelled(rowsOf<BankCase>(result));
}

/** One published case (or a draft of the municipality in context), or 404. */
export async function getCase(deps: Deps, id: string) {
  const result = await deps.db.withContext({}, (tx) =>
    tx.execute(sql`SELECT ${COLUMNS} FROM banco_casos WHERE id = ${id}`),
  );
  const row = labelled(rowsOf<BankCase>(result))[0];
  if (!row) throw notFound();
  return row;
}

/**
 * Imports a bank file (documented acts or the bank's own CSV) as published cases. Validated
 * entirely before writing; one transaction; a re-import updates the same cases (import key).
 */
export async function importBank(
  deps: Deps,
  input: { bytes: Uint8Array; source: string; actor: Actor },
) {
  const catalogue = await deps.db.withContext({}, (tx) =>
    tx
      .select({ codigo: municipios.codigoDepartamento, nombre: municipios.departamento })
      .from(municipios),
  );
  const names = new Map(catalogue.map((d) => [d.codigo, d.nombre]));
  const cases = parseBankFile(input.bytes, names);
  const pops = await deps.db.withContext({}, (tx) =>
    tx.execute(
      sql`SELECT DISTINCT ON (codigo) codigo, poblacion FROM poblacion_municipal ORDER BY codigo, anio DESC`,
    ),
  );
  const popOf = new Map(
    rowsOf<{ codigo: string; poblacion: number }>(pops).map((r) => [r.codigo, r.poblacion]),
  );
  const result = await deps.db.withContext(
    { plataforma: true, usuario: input.actor.id ?? undefined },
    async (tx) => {
      const before = await tx.select({ n: sql<number>`count(*)::int` }).from(bancoCasos);
      for (let i = 0; i < cases.length; i += 200) {
        const batch = cases.slice(i, i + 200).map((c) => ({
          ...c,
          id: crypto.randomUUID(),
          poblacion: c.poblacion ?? popOf.get(c.municipalityId) ?? null,
          estado: 'publicado',
          creadoPor: input.actor.id,
          creadoEn: deps.clock.now(),
        }));
        await tx
          .insert(bancoCasos)
          .values(batch)
          .onConflictDoUpdate({
            target: bancoCasos.claveImportacion,
            set: {
              municipio: sql`excluded.municipio`,
              tipoRevision: sql`excluded.tipo_revision`,
              objeto: sql`excluded.objeto`,
              documentos: sql`excluded.documentos`,
              fuente: sql`excluded.fuente`,
              poblacion: sql`excluded.poblacion`,
              version: sql`banco_casos.version + 1`,
            },
          });
      }
      const after = await tx.select({ n: sql<number>`count(*)::int` }).from(bancoCasos);
      const nuevos = (after[0]?.n ?? 0) - (before[0]?.n ?? 0);
      await appendAudit(tx, {
        municipalityId: PLATFORM_SCOPE,
        actorId: input.actor.id,
        actor: input.actor.label,
        accion: 'banco.importar',
        objeto: 'banco_casos',
        detalle: { fuente: input.source, leidos: cases.length, nuevos },
        ocurridoEn: deps.clock.now(),
      });
      return { leidos: cases.length, nuevos, actualizados: cases.length - nuevos };
    },
  );
  invalidateBankCache(deps.db);
  return result;
}
