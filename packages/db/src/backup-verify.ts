import { verifyAuditChains } from './audit';
import type { AuditHead } from './backup-manifest';
import type { SqlRunner } from './sql-runner';

/** Tables whose row counts must match between the live database, its backup and a restore. */
const CHECKED_TABLES = [
  'municipios',
  'usuarios',
  'membresias',
  'planes_vigentes',
  'auditoria',
  'archivos',
  'evidencias',
];

export async function countRows(runner: SqlRunner): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of CHECKED_TABLES) {
    const rows = await runner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

/**
 * Counts on a dedicated owner session. Row-level security is forced on tenant tables, so an owner
 * that is not a superuser would otherwise count zero rows there; the setting dies with the session.
 */
export async function countRowsAsPlatform(runner: SqlRunner): Promise<Record<string, number>> {
  await runner.exec("SELECT set_config('app.plataforma', 'on', false)");
  return countRows(runner);
}

// Compared over the expected keys, so a manifest written before a table joined the list still
// restores.
function assertSameCounts(expected: Record<string, number>, actual: Record<string, number>) {
  for (const [table, n] of Object.entries(expected)) {
    if (actual[table] !== n) {
      throw new Error(
        `El respaldo no coincide: la tabla ${table} tiene ${n} filas y la copia restaurada ${actual[table]}.`,
      );
    }
  }
}

async function readAuditHeads(runner: SqlRunner): Promise<AuditHead[]> {
  const rows = await runner.query<{
    municipality_id: string;
    ultima_secuencia: string | number;
    ultimo_hash: string;
  }>('SELECT * FROM auditoria_cabezas ORDER BY municipality_id');
  return rows.map((r) => ({
    municipio: r.municipality_id,
    ultimaSecuencia: Number(r.ultima_secuencia),
    ultimoHash: r.ultimo_hash,
  }));
}

/**
 * What proves a restored copy: the same row counts as expected, every audit chain intact, and
 * (on restore) the same chain heads the backup recorded.
 */
export async function proveRestored(
  restored: SqlRunner,
  expected: { counts: Record<string, number>; heads?: AuditHead[] },
): Promise<{ counts: Record<string, number>; entries: number; heads: AuditHead[] }> {
  const counts = await countRowsAsPlatform(restored);
  assertSameCounts(expected.counts, counts);
  const chain = await verifyAuditChains(restored);
  if (chain.problems.length > 0) throw new Error('La bitácora restaurada no verifica.');
  const heads = await readAuditHeads(restored);
  if (expected.heads && JSON.stringify(expected.heads) !== JSON.stringify(heads)) {
    throw new Error(
      'Las cabezas de la bitácora restaurada no coinciden con las del manifiesto del respaldo.',
    );
  }
  return { counts, entries: chain.entries, heads };
}
