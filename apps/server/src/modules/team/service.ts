import { appendAudit, auditoria, invitaciones, membresias, type Tx, usuarios } from '@ruta-pot/db';
import { INVITABLE_ROLES, isInvitableRole } from '@ruta-pot/domain';
import { and, desc, eq, like } from 'drizzle-orm';

import { cachedMunicipalJson, invalidateMunicipalViews } from '../../http/municipal-view-cache';
import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import type { Deps, SessionUser } from '../../http/types';
import { describeTeamEvent } from './history';

/** Who acts on a team: the signed-in person and the roles they hold in that municipality. */
export interface TeamActor {
  user: SessionUser;
  roles: readonly MunicipalRole[];
}

const HISTORY_LIMIT = 50;
export const label = (rol: string) => ROLE_LABELS[rol as MunicipalRole] ?? rol;
export const context = (codigo: string, actor: TeamActor) => ({
  municipio: codigo,
  usuario: actor.user.id,
});

/**
 * The team page, the same for every manager, cached as JSON and gzip for a few seconds (ADR 0013):
 * any write to the municipality through its API drops it, and so do the writes that change a
 * team from elsewhere (an accepted invitation, the platform console): see invalidateTeam.
 * Keyed by the hour, since an invitation's «vencida» depends on the time.
 */
export function teamBody(deps: Deps, input: { codigo: string }) {
  const hour = deps.clock.now().toISOString().slice(0, 13);
  return cachedMunicipalJson({
    db: deps.db,
    key: `${input.codigo}:equipo:${hour}`,
    compute: () => teamView(deps, input),
  });
}

/** Drops the cached team pages of these municipalities after a change made outside their API. */
export function invalidateTeam(deps: Deps, codigos: readonly string[]) {
  for (const codigo of codigos) invalidateMunicipalViews(deps.db, codigo);
}

/** The team page: members and their roles, pending invitations, and what changed lately. */
async function teamView(deps: Deps, input: { codigo: string }) {
  const now = deps.clock.now();
  return deps.db.withContext({ municipio: input.codigo }, async (tx) => {
    const rows = await tx
      .select({
        usuarioId: membresias.usuarioId,
        rol: membresias.rol,
        nombre: usuarios.nombre,
        email: usuarios.email,
        activo: usuarios.activo,
        desde: membresias.creadaEn,
        expiraEn: membresias.expiraEn,
      })
      .from(membresias)
      .innerJoin(usuarios, eq(usuarios.id, membresias.usuarioId))
      .where(eq(membresias.municipalityId, input.codigo))
      .orderBy(usuarios.nombre, membresias.rol);
    const members = new Map<
      string,
      {
        usuarioId: string;
        nombre: string;
        email: string;
        activo: boolean;
        roles: { rol: string; etiqueta: string; gestionable: boolean; desde: string }[];
      }
    >();
    for (const row of rows) {
      if (row.expiraEn && row.expiraEn <= now) continue;
      const member = members.get(row.usuarioId) ?? {
        usuarioId: row.usuarioId,
        nombre: row.nombre,
        email: row.email,
        activo: row.activo,
        roles: [],
      };
      member.roles.push({
        rol: row.rol,
        etiqueta: label(row.rol),
        gestionable: isInvitableRole(row.rol),
        desde: row.desde.toISOString(),
      });
      members.set(row.usuarioId, member);
    }
    const pending = await tx
      .select({
        id: invitaciones.id,
        email: invitaciones.email,
        rol: invitaciones.rol,
        creadaEn: invitaciones.creadaEn,
        expiraEn: invitaciones.expiraEn,
        invitadaPor: usuarios.nombre,
      })
      .from(invitaciones)
      .leftJoin(usuarios, eq(usuarios.id, invitaciones.invitadaPor))
      .where(
        and(eq(invitaciones.municipalityId, input.codigo), eq(invitaciones.estado, 'pendiente')),
      )
      .orderBy(desc(invitaciones.creadaEn));
    const history = await tx
      .select({
        ocurridoEn: auditoria.ocurridoEn,
        actor: auditoria.actor,
        accion: auditoria.accion,
        detalle: auditoria.detalle,
      })
      .from(auditoria)
      .where(and(eq(auditoria.municipalityId, input.codigo), like(auditoria.accion, 'equipo.%')))
      .orderBy(desc(auditoria.secuencia))
      .limit(HISTORY_LIMIT);
    return {
      miembros: [...members.values()],
      invitaciones: pending.map((p) => ({
        id: p.id,
        email: p.email,
        rol: p.rol,
        rolEtiqueta: label(p.rol),
        creadaEn: p.creadaEn.toISOString(),
        expiraEn: p.expiraEn.toISOString(),
        vencida: p.expiraEn <= now,
        invitadaPor: p.invitadaPor,
      })),
      historial: history.map((h) => ({
        ocurridoEn: h.ocurridoEn.toISOString(),
        actor: h.actor,
        descripcion: describeTeamEvent(h.accion, h.detalle),
      })),
      rolesInvitables: INVITABLE_ROLES.map((rol) => ({ rol, etiqueta: label(rol) })),
    };
  });
}

export async function audit(
  tx: Tx,
  input: { codigo: string; actor: TeamActor; accion: string; objeto: string; now: Date },
  detalle: Record<string, unknown>,
) {
  await appendAudit(tx, {
    municipalityId: input.codigo,
    actorId: input.actor.user.id,
    actor: input.actor.user.email,
    accion: input.accion,
    objeto: input.objeto,
    detalle,
    ocurridoEn: input.now,
  });
}
