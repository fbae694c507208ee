import { createHash } from 'node:crypto';

import { and, eq, sql } from 'drizzle-orm';

import type { Tx } from './database';
import { auditoria, auditoriaCabezas } from './schema';
import type { SqlRunner } from './sql-runner';

/** Scope of actions that belong to no municipality (imports, accounts). No DANE code is 00000. */
export const PLATFORM_SCOPE = '00000';
/** Hash that precedes the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  /** DANE code, or PLATFORM_SCOPE. */
  municipalityId: string;
  actorId: string | null;
  /** Human-readable actor (e-mail or 'sistema'); never a password or token. */
  actor: string;
  /** Verb in snake_case Spanish, e.g. 'plan_vigente.actualizar'. */
  accion: string;
  /** What was acted on, e.g. 'plan_vigente:05001'. */
  objeto: string;
  detalle?: Record<string, unknown>;
  /** UTC instant, from the injected clock. */
  ocurridoEn: Date;
}

export interface AuditEntry extends Required<Omit<AuditInput, 'detalle'>> {
  detalle: Record<string, unknown>;
  secuencia: number;
  hashAnterior: string;
  hash: string;
}

/** Canonical JSON: keys sorted at every level, so jsonb's reordering never changes the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** SHA-256 of the previous hash and every field of the entry: editing any field breaks the chain. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const body = canonicalJson({
    municipalityId: entry.municipalityId,
    secuencia: entry.secuencia,
    ocurridoEn: entry.ocurridoEn.toISOString(),
    actorId: entry.actorId,
    actor: entry.actor,
    accion: entry.accion,
    objeto: entry.objeto,
    detalle: entry.detalle,
  });
  return createHash('sha256').update(`${entry.hashAnterior}\n${body}`).digest('hex');
}

/**
 * Appends one entry inside the caller's transaction, so the entry exists if and only if the change
 * it describes was committed. Locking the chain head serialises writers of the same scope.
 */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<AuditEntry> {
  const heads = await tx
    .select()
    .from(auditoriaCabezas)
    .where(eq(auditoriaCabezas.municipalityId, input.municipalityId))
    .for('update');
  const head = heads[0];
  const secuencia = (head?.ultimaSecuencia ?? 0) + 1;
  const hashAnterior = head?.ultimoHash ?? GENESIS_HASH;
  const base = {
    municipalityId: input.municipalityId,
    actorId: input.actorId,
    actor: input.actor,
    accion: input.accion,
    objeto: input.objeto,
    detalle: input.detalle ?? {},
    ocurridoEn: new Date(Math.floor(input.ocurridoEn.getTime())),
    secuencia,
    hashAnterior,
  };
  const entry: AuditEntry = { ...base, hash: hashEntry(base) };
  await tx.insert(auditoria).values(entry);
  if (head) {
    await tx
      .update(auditoriaCabezas)
      .set({ ultimaSecuencia: secuencia, ultimoHash: entry.hash })
      .where(
        and(
          eq(auditoriaCabezas.municipalityId, input.municipalityId),
          eq(auditoriaCabezas.ultimaSecuencia, secuencia - 1),
        ),
      );
  } else {
    await tx.insert(auditoriaCabezas).values({
      municipalityId: input.municipalityId,
      ultimaSecuencia: secuencia,
      ultimoHash: entry.hash,
    });
  }
  return entry;
}

/** Reads one scope's entries in chain order (caller must be in that scope's context). */
export async function listAudit(tx: Tx, municipalityId: string, limit = 50): Promise<AuditEntry[]> {
  const rows = await tx
    .select()
    .from(auditoria)
    .where(eq(auditoria.municipalityId, municipalityId))
    .orderBy(sql`${auditoria.secuencia} DESC`)
    .limit(limit);
  return rows.map((row) => ({ ...row, detalle: row.detalle ?? {} }));
}

export interface ChainProblem {
  municipalityId: string;
  secuencia: number;
  problema: 'hash_alterado' | 'enlace_roto' | 'secuencia_faltante' | 'cabeza_no_coincide';
  mensaje: string;
}

interface StoredRow {
  municipality_id: string;
  secuencia: string | number;
  ocurrido_en: Date | string;
  actor_id: string | null;
  actor: string;
  accion: string;
  objeto: string;
  detalle: Record<string, unknown> | string;
  hash_anterior: string;
  hash: string;
}

function toEntry(row: StoredRow): AuditEntry {
  return {
    municipalityId: row.municipality_id,
    secuencia: Number(row.secuencia),
    ocurridoEn: new Date(row.ocurrido_en),
    actorId: row.actor_id,
    actor: row.actor,
    accion: row.accion,
    objeto: row.objeto,
    detalle:
      typeof row.detalle === 'string'
        ? (JSON.parse(row.detalle) as Record<string, unknown>)
        : row.detalle,
    hashAnterior: row.hash_anterior,
    hash: row.hash,
  };
}

/**
 * Recomputes every chain. Detects an edited entry (its hash no longer matches), a deleted one
 * (a gap in the sequence or a broken link), a reordering (broken links), and a truncated tail
 * (the stored head points past the last entry). Needs a runner that sees every scope.
 */
export async function verifyAuditChains(runner: SqlRunner): Promise<{
  scopes: number;
  entries: number;
  problems: ChainProblem[];
}> {
  const rows = await runner.query<StoredRow>(
    'SELECT * FROM auditoria ORDER BY municipality_id, secuencia',
  );
  const heads = new Map(
    (
      await runner.query<{
        municipality_id: string;
        ultima_secuencia: string | number;
        ultimo_hash: string;
      }>('SELECT * FROM auditoria_cabezas')
    ).map((h) => [h.municipality_id, h]),
  );
  const problems: ChainProblem[] = [];
  const lastByScope = new Map<string, AuditEntry>();
  for (const entry of rows.map(toEntry)) {
    const previous = lastByScope.get(entry.municipalityId);
    const expectedSeq = (previous?.secuencia ?? 0) + 1;
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    const at = { municipalityId: entry.municipalityId, secuencia: entry.secuencia };
    if (entry.secuencia !== expectedSeq) {
      problems.push({
        ...at,
        problema: 'secuencia_faltante',
        mensaje: `Falta la entrada ${expectedSeq} antes de la ${entry.secuencia}.`,
      });
    }
    if (entry.hashAnterior !== expectedPrev) {
      problems.push({
        ...at,
        problema: 'enlace_roto',
        mensaje: `La entrada ${entry.secuencia} no enlaza con la anterior (entradas borradas o reordenadas).`,
      });
    }
    if (hashEntry(entry) !== entry.hash) {
      problems.push({
        ...at,
        problema: 'hash_alterado',
        mensaje: `El contenido de la entrada ${entry.secuencia} fue modificado.`,
      });
    }
    lastByScope.set(entry.municipalityId, entry);
  }
  for (const [scope, head] of heads) {
    const last = lastByScope.get(scope);
    if (
      !last ||
      Number(head.ultima_secuencia) !== last.secuencia ||
      head.ultimo_hash !== last.hash
    ) {
      problems.push({
        municipalityId: scope,
        secuencia: Number(head.ultima_secuencia),
        problema: 'cabeza_no_coincide',
        mensaje: `La cadena de ${scope} termina antes de lo registrado: se borraron entradas finales.`,
      });
    }
  }
  return { scopes: lastByScope.size, entries: rows.length, problems };
}
