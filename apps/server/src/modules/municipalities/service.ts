import {
  listAudit,
  membresias,
  municipios,
  poblacionMunicipal,
  reusableQuery,
  usuarios,
} from '@ruta-pot/db';
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';

import { notFound } from '../../http/errors';
import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import type { Deps } from '../../http/types';
import { auditActionLabel, auditSummary } from './audit-labels';

/** Latest population on record for a municipality, with its source (Ley 388 art. 9 needs it). */
async function latestPopulation(deps: Deps, codigo: string) {
  const [row] = await deps.db.orm
    .select()
    .from(poblacionMunicipal)
    .where(eq(poblacionMunicipal.codigo, codigo))
    .orderBy(desc(poblacionMunicipal.anio))
    .limit(1);
  return row ?? null;
}

/** Public facts of one municipality (the catalogue is public data). */
export async function getMunicipality(deps: Deps, codigo: string) {
  const [row] = await deps.db.orm
    .select()
    .from(municipios)
    .where(eq(municipios.codigo, codigo))
    .limit(1);
  if (!row) throw notFound();
  const population = await latestPopulation(deps, codigo);
  return {
    codigo: row.codigo,
    nombre: row.nombre,
    departamento: row.departamento,
    codigoDepartamento: row.codigoDepartamento,
    tipo: row.tipo,
    latitud: row.latitud,
    longitud: row.longitud,
    poblacion: population?.poblacion ?? null,
    anioPoblacion: population?.anio ?? null,
    fuentePoblacion: population?.fuente ?? null,
  };
}

const accentless = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');

/** Searches the catalogue by name (accent-insensitive), code or department. */
export async function searchMunicipalities(
  deps: Deps,
  input: { q?: string | undefined; departamento?: string | undefined; limite: number },
) {
  const q = input.q?.trim();
  const filters = [];
  if (q) {
    const pattern = `%${accentless(q)}%`;
    filters.push(
      or(
        sql`translate(lower(${municipios.nombre}), 'áéíóúüñ', 'aeiouun') LIKE lower(${pattern})`,
        ilike(municipios.codigo, `${q}%`),
        sql`translate(lower(${municipios.departamento}), 'áéíóúüñ', 'aeiouun') LIKE lower(${pattern})`,
      ),
    );
  }
  if (input.departamento) filters.push(eq(municipios.codigoDepartamento, input.departamento));
  const where = filters.length > 0 ? and(...filters) : undefined;
  // The outer column is written qualified on purpose: Drizzle renders ${municipios.codigo}
  // unqualified in a one-table select, and inside the subquery «codigo» would bind to p.codigo
  // (every municipality got the same population; issue 12).
  const latest = sql<
    number | null
  >`(SELECT p.poblacion FROM poblacion_municipal p WHERE p.codigo = municipios.codigo ORDER BY p.anio DESC LIMIT 1)`;
  const latestYear = sql<
    number | null
  >`(SELECT p.anio FROM poblacion_municipal p WHERE p.codigo = municipios.codigo ORDER BY p.anio DESC LIMIT 1)`;
  const rows = await deps.db.orm
    .select({
      codigo: municipios.codigo,
      nombre: municipios.nombre,
      departamento: municipios.departamento,
      codigoDepartamento: municipios.codigoDepartamento,
      tipo: municipios.tipo,
      poblacion: latest,
      anioPoblacion: latestYear,
    })
    .from(municipios)
    .where(where)
    .orderBy(asc(municipios.nombre))
    .limit(input.limite);
  const [count] = await deps.db.orm
    .select({ n: sql<number>`count(*)::int` })
    .from(municipios)
    .where(where);
  return { municipios: rows, total: count?.n ?? 0 };
}

/** A municipality's members by name; the hottest list in the API, so its SQL is built once. */
const membersOf = reusableQuery('miembros_municipio', (tx) =>
  tx
    .select({
      usuarioId: usuarios.id,
      nombre: usuarios.nombre,
      email: usuarios.email,
      rol: membresias.rol,
    })
    .from(membresias)
    .innerJoin(usuarios, eq(usuarios.id, membresias.usuarioId))
    .where(eq(membresias.municipalityId, sql.placeholder('codigo')))
    .orderBy(asc(usuarios.nombre)),
);

/** Members of a municipality, as its managers see them. */
export async function listMembers(deps: Deps, input: { codigo: string; userId: string }) {
  return deps.db.withContext({ municipio: input.codigo, usuario: input.userId }, async (tx) => {
    const rows = await membersOf(tx, { codigo: input.codigo });
    return rows.map((row) => ({
      ...row,
      rolEtiqueta: ROLE_LABELS[row.rol as MunicipalRole] ?? row.rol,
    }));
  });
}

/** Latest audit entries of a municipality (newest first). */
export async function listMunicipalAudit(
  deps: Deps,
  input: { codigo: string; userId: string; limite: number },
) {
  return deps.db.withContext({ municipio: input.codigo, usuario: input.userId }, async (tx) => {
    const entries = await listAudit(tx, input.codigo, input.limite);
    return entries.map((e) => ({
      secuencia: e.secuencia,
      ocurridoEn: e.ocurridoEn.toISOString(),
      actor: e.actor,
      accion: e.accion,
      accionEtiqueta: auditActionLabel(e.accion),
      objeto: e.objeto,
      resumen: auditSummary(e.detalle),
      detalle: e.detalle,
    }));
  });
}
