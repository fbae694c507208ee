import { membresias, municipios, rowsOf } from '@ruta-pot/db';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';

import type { MunicipalRole } from '../../http/roles';
import type { Deps } from '../../http/types';

/**
 * Roles a user holds in one municipality: direct memberships (unexpired grants included) plus the
 * environmental-authority role where the user's CAR has jurisdiction. Runs in the municipality's
 * context, so row-level security also confines it.
 */
export async function rolesIn(deps: Deps, input: { userId: string; codigo: string }) {
  if (!/^\d{5}$/.test(input.codigo)) return [];
  return deps.db.withContext({ municipio: input.codigo, usuario: input.userId }, async (tx) => {
    const now = deps.clock.now();
    const direct = await tx
      .select({ rol: membresias.rol })
      .from(membresias)
      .where(
        and(
          eq(membresias.municipalityId, input.codigo),
          eq(membresias.usuarioId, input.userId),
          or(isNull(membresias.expiraEn), gt(membresias.expiraEn, now)),
        ),
      );
    const car = rowsOf<{ n: number }>(
      await tx.execute(
        sql`SELECT count(*)::int AS n FROM jurisdicciones_ambientales j JOIN usuarios u ON u.autoridad_ambiental_id = j.autoridad_id
          WHERE j.municipality_id = ${input.codigo} AND u.id = ${input.userId}`,
      ),
    );
    const roles = direct.map((row) => row.rol as MunicipalRole);
    if ((car[0]?.n ?? 0) > 0) roles.push('autoridad_ambiental');
    return roles;
  });
}

/** Whether the catalogue has this municipality (administrators act only on real ones). */
export async function municipalityExists(deps: Deps, codigo: string): Promise<boolean> {
  const rows = await deps.db.orm
    .select({ codigo: municipios.codigo })
    .from(municipios)
    .where(eq(municipios.codigo, codigo))
    .limit(1);
  return rows.length > 0;
}
