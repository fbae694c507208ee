import { rowsOf, type Tx } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

/**
 * The next public pseudonym of an aporte in a municipality (A-000001, A-000002, …). The
 * municipality's row is locked first, so two aportes filed at once never take the same code.
 */
export async function nextAporteCode(tx: Tx, codigo: string): Promise<string> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext('participacion_aportes:' || ${codigo}))`,
  );
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`SELECT coalesce(max(substring(codigo FROM 3)::int), 0)::int + 1 AS n
      FROM participacion_aportes WHERE municipality_id = ${codigo}`),
  );
  return `A-${String(row?.n ?? 1).padStart(6, '0')}`;
}
