import { randomUUID } from 'node:crypto';

import { invitaciones, rowsOf, type Tx } from '@ruta-pot/db';
import {
  assertMayGrant,
  assertTransition,
  INVITATION_DAYS,
  INVITATION_LIFECYCLE,
} from '@ruta-pot/domain';
import { and, eq, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { deliverLink, invitationUrl, newToken } from '../accounts/links';
import { normalisedEmail } from '../accounts/service';
import { hashToken } from '../auth/service';
import type { LinkChannel } from './delivery';
import { audit, context, label, type TeamActor } from './service';

function invitationMessage(input: {
  to: string;
  municipio: string;
  rol: string;
  inviter: string;
  link: string;
}) {
  return {
    to: input.to,
    subject: `Invitación al equipo del POT de ${input.municipio} en Ruta POT`,
    text: [
      `${input.inviter} le invita a trabajar en la revisión del plan de ordenamiento territorial de ${input.municipio} con el rol ${label(input.rol)}.`,
      '',
      `Para aceptar, abra este enlace (vence en ${INVITATION_DAYS} días y sirve una sola vez):`,
      input.link,
      '',
      'Si no esperaba esta invitación, ignore este mensaje.',
    ].join('\n'),
  };
}

async function municipalityName(tx: Tx, codigo: string): Promise<string> {
  const rows = rowsOf<{ nombre: string }>(
    await tx.execute(sql`SELECT nombre FROM municipios WHERE codigo = ${codigo}`),
  );
  return rows[0]?.nombre ?? codigo;
}

/**
 * Invites an e-mail with a role. One pending invitation per address: inviting again is refused
 * (resend it instead); a person who already holds the role is refused too.
 */
export async function invite(
  deps: Deps,
  channel: LinkChannel,
  input: { codigo: string; actor: TeamActor; email: string; rol: string },
) {
  const email = normalisedEmail(input.email);
  assertMayGrant({
    actorRoles: input.actor.roles,
    rol: input.rol,
    esAdministrador: input.actor.user.esAdministrador,
  });
  const rol = input.rol;
  const now = deps.clock.now();
  const token = newToken();
  const id = randomUUID();
  const { municipio } = await deps.db.withContext(
    context(input.codigo, input.actor),
    async (tx) => {
      const held = rowsOf<{ n: number }>(
        await tx.execute(sql`SELECT count(*)::int AS n FROM membresias m JOIN usuarios u ON u.id = m.usuario_id
        WHERE m.municipality_id = ${input.codigo} AND u.email = ${email} AND m.rol = ${rol}`),
      );
      if ((held[0]?.n ?? 0) > 0)
        throw new AppError('conflicto', `${email} ya es parte del equipo como ${label(rol)}.`);
      const [open] = await tx
        .select({ id: invitaciones.id })
        .from(invitaciones)
        .where(
          and(
            eq(invitaciones.municipalityId, input.codigo),
            eq(invitaciones.email, email),
            eq(invitaciones.estado, 'pendiente'),
          ),
        );
      if (open)
        throw new AppError(
          'conflicto',
          `Ya hay una invitación pendiente para ${email}. Reenvíela o revóquela desde la lista de invitaciones.`,
        );
      await tx.insert(invitaciones).values({
        municipalityId: input.codigo,
        id,
        email,
        rol,
        tokenHash: hashToken(token),
        invitadaPor: input.actor.user.id,
        creadaEn: now,
        expiraEn: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        estado: INVITATION_LIFECYCLE.initial,
      });
      await audit(
        tx,
        { ...input, accion: 'equipo.invitar', objeto: `invitacion:${id}`, now },
        { email, rol },
      );
      return { municipio: await municipalityName(tx, input.codigo) };
    },
  );
  const link = invitationUrl(channel.publicUrl, input.codigo, token);
  const entrega = await deliverLink(
    channel.mailer,
    invitationMessage({ to: email, municipio, rol, inviter: input.actor.user.nombre, link }),
    link,
  );
  return { invitacion: { id, email, rol, rolEtiqueta: label(rol) }, ...entrega };
}

async function pendingInvitation(tx: Tx, codigo: string, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound();
  const [row] = await tx
    .select()
    .from(invitaciones)
    .where(and(eq(invitaciones.municipalityId, codigo), eq(invitaciones.id, id)))
    .for('update');
  if (!row) throw notFound();
  return row;
}

const managerRoles = (actor: TeamActor) =>
  actor.user.esAdministrador ? ['alcaldia' as const, ...actor.roles] : actor.roles;

/** A new link for a pending invitation (the old one stops working) and a renewed expiry. */
export async function resend(
  deps: Deps,
  channel: LinkChannel,
  input: { codigo: string; actor: TeamActor; id: string },
) {
  const now = deps.clock.now();
  const token = newToken();
  const { row, municipio } = await deps.db.withContext(
    context(input.codigo, input.actor),
    async (tx) => {
      const found = await pendingInvitation(tx, input.codigo, input.id);
      assertTransition(INVITATION_LIFECYCLE, {
        from: found.estado as 'pendiente',
        to: 'pendiente',
        roles: managerRoles(input.actor) as never,
      });
      await tx
        .update(invitaciones)
        .set({
          tokenHash: hashToken(token),
          expiraEn: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        })
        .where(and(eq(invitaciones.municipalityId, input.codigo), eq(invitaciones.id, input.id)));
      await audit(
        tx,
        { ...input, accion: 'equipo.reenviar', objeto: `invitacion:${input.id}`, now },
        { email: found.email },
      );
      return { row: found, municipio: await municipalityName(tx, input.codigo) };
    },
  );
  const link = invitationUrl(channel.publicUrl, input.codigo, token);
  const entrega = await deliverLink(
    channel.mailer,
    invitationMessage({
      to: row.email,
      municipio,
      rol: row.rol,
      inviter: input.actor.user.nombre,
      link,
    }),
    link,
  );
  return {
    invitacion: { id: row.id, email: row.email, rol: row.rol, rolEtiqueta: label(row.rol) },
    ...entrega,
  };
}

/** Revokes a pending invitation: its link stops working at once. */
export async function revoke(deps: Deps, input: { codigo: string; actor: TeamActor; id: string }) {
  const now = deps.clock.now();
  await deps.db.withContext(context(input.codigo, input.actor), async (tx) => {
    const found = await pendingInvitation(tx, input.codigo, input.id);
    assertTransition(INVITATION_LIFECYCLE, {
      from: found.estado as 'pendiente',
      to: 'revocada',
      roles: managerRoles(input.actor) as never,
    });
    await tx
      .update(invitaciones)
      .set({ estado: 'revocada', cerradaEn: now })
      .where(and(eq(invitaciones.municipalityId, input.codigo), eq(invitaciones.id, input.id)));
    await audit(
      tx,
      { ...input, accion: 'equipo.revocar', objeto: `invitacion:${input.id}`, now },
      { email: found.email },
    );
  });
}
