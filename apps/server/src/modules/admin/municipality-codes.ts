import { rowsOf, type Tx } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';

/** Refuses, naming them, the DANE codes the catalogue does not have (jurisdictions, grants). */
export async function assertKnownMunicipalities(tx: Tx, codes: readonly string[]) {
  if (codes.length === 0) return;
  const known = rowsOf<{ codigo: string }>(
    await tx.execute(
      sql`SELECT codigo FROM municipios WHERE codigo IN (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )})`,
    ),
  ).map((r) => r.codigo);
  const unknown = codes.filter((c) => !known.includes(c));
  if (unknown.length > 0)
    throw new AppError(
      'entrada_invalida',
      `Códigos DANE que no están en el catálogo: ${unknown.join(', ')}.`,
    );
}
