import { municipios, rowsOf } from '@ruta-pot/db';
import { eq, sql } from 'drizzle-orm';

import type { MunicipalRole } from '../../http/roles';
import type { Deps } from '../../http/types';

/**
 * Roles a user holds in one municipality, in one statement: direct memberships (unexpired grants
 * included) plus the environmental-authority role where the user's CAR has jurisdiction. Runs in
 * the municipality's context, so row-level security also confines it.
 */
export async function rolesIn(deps: Deps, input: { userId: string; codigo: string }) {
  if (!/^\d{5}$/.test(input.codigo)) return [];
  return deps.db.withContext({ municipio: input.codigo, usuario: input.userId }, async (tx) => {
    const rows = rowsOf<{ rol: string }>(
      await tx.execute(sql`
        SELECT m.rol FROM membresias m
         WHERE m.municipality_id = ${input.codigo} AND m.usuario_id = ${input.userId}
           AND (m.expira_en IS NULL OR m.expira_en > ${deps.clock.now().toISOString()}::timestamptz)
           AND (m.inicia_en IS NULL OR m.inicia_en <= ${deps.clock.now().toISOString()}::timestamptz)
        UNION
        SELECT 'autoridad_ambiental' FROM jurisdicciones_ambientales j
          JOIN usuarios u ON u.autoridad_ambiental_id = j.autoridad_id
         WHERE j.municipality_id = ${input.codigo} AND u.id = ${input.userId}`),
    );
    return rows.map((row) => row.rol as MunicipalRole);
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
