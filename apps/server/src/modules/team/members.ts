import { membresias, rowsOf, sesiones, type Tx, usuarios } from '@ruta-pot/db';
import { assertKeepsAManager, assertMayGrant, isInvitableRole } from '@ruta-pot/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { audit, context, type TeamActor } from './service';

/** The planning-office members left if `usuarioId` lost that role, counted under a row lock. */
async function planningOfficeLeftWithout(tx: Tx, codigo: string, usuarioId: string) {
  const rows = rowsOf<{ usuario_id: string }>(
    await tx.execute(sql`SELECT m.usuario_id FROM membresias m JOIN usuarios u ON u.id = m.usuario_id
      WHERE m.municipality_id = ${codigo} AND m.rol = 'planeacion' AND u.activo
      FOR UPDATE OF m`),
  );
  return rows.filter((r) => r.usuario_id !== usuarioId).length;
}

async function managedRolesOf(tx: Tx, codigo: string, usuarioId: string) {
  if (!/^[0-9a-f-]{36}$/.test(usuarioId)) throw notFound();
  const rows = await tx
    .select({ rol: membresias.rol, email: usuarios.email })
    .from(membresias)
    .innerJoin(usuarios, eq(usuarios.id, membresias.usuarioId))
    .where(and(eq(membresias.municipalityId, codigo), eq(membresias.usuarioId, usuarioId)));
  if (rows.length === 0) throw notFound();
  const managed = rows.filter((r) => isInvitableRole(r.rol)).map((r) => r.rol);
  if (managed.length === 0)
    throw new AppError(
      'prohibido',
      'Ese rol lo asigna quien administra Ruta POT desde la consola de la plataforma, no el equipo del municipio.',
    );
  return { email: rows[0]!.email, managed };
}

/** Replaces the roles the team manages for a member with `rol`. */
export async function changeRole(
  deps: Deps,
  input: { codigo: string; actor: TeamActor; usuarioId: string; rol: string },
) {
  assertMayGrant({
    actorRoles: input.actor.roles,
    rol: input.rol,
    esAdministrador: input.actor.user.esAdministrador,
  });
  const now = deps.clock.now();
  await deps.db.withContext(context(input.codigo, input.actor), async (tx) => {
    const { email, managed } = await managedRolesOf(tx, input.codigo, input.usuarioId);
    if (managed.includes('planeacion') && input.rol !== 'planeacion')
      assertKeepsAManager({
        remaining: await planningOfficeLeftWithout(tx, input.codigo, input.usuarioId),
      });
    await tx
      .delete(membresias)
      .where(
        and(
          eq(membresias.municipalityId, input.codigo),
          eq(membresias.usuarioId, input.usuarioId),
          inArray(membresias.rol, managed),
        ),
      );
    await tx.insert(membresias).values({
      municipalityId: input.codigo,
      usuarioId: input.usuarioId,
      rol: input.rol,
      otorgadaPor: input.actor.user.id,
      creadaEn: now,
    });
    await audit(
      tx,
      { ...input, accion: 'equipo.cambiar_rol', objeto: `usuario:${input.usuarioId}`, now },
      { email, de: managed.join(','), a: input.rol },
    );
  });
}

/**
 * Takes a member out of the team (the roles the team manages) and ends their open sessions at
 * once (issue 11); the caller also drops them from this process's caches.
 */
export async function removeMember(
  deps: Deps,
  input: { codigo: string; actor: TeamActor; usuarioId: string },
) {
  const now = deps.clock.now();
  await deps.db.withContext(context(input.codigo, input.actor), async (tx) => {
    const { email, managed } = await managedRolesOf(tx, input.codigo, input.usuarioId);
    if (managed.includes('planeacion'))
      assertKeepsAManager({
        remaining: await planningOfficeLeftWithout(tx, input.codigo, input.usuarioId),
      });
    await tx
      .delete(membresias)
      .where(
        and(
          eq(membresias.municipalityId, input.codigo),
          eq(membresias.usuarioId, input.usuarioId),
          inArray(membresias.rol, managed),
        ),
      );
    await tx.delete(sesiones).where(eq(sesiones.usuarioId, input.usuarioId));
    await audit(
      tx,
      { ...input, accion: 'equipo.retirar', objeto: `usuario:${input.usuarioId}`, now },
      { email, roles: managed },
    );
  });
}
