import { randomUUID } from 'node:crypto';

import {
  appendAudit,
  invitaciones,
  membresias,
  PLATFORM_SCOPE,
  rowsOf,
  usuarios,
} from '@ruta-pot/db';
import { assertTransition, INVITATION_LIFECYCLE } from '@ruta-pot/domain';
import { and, eq, gt } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import type { Deps } from '../../http/types';
import { passwordProblem } from '../accounts/password-policy';
import { hasPassword, personName } from '../accounts/service';
import { hashPassword, verifyPassword } from '../auth/password';
import { hashToken } from '../auth/service';
import { invalidateTeam } from './service';

const INVALID =
  'La invitación no es válida, ya se usó, se revocó o venció. Pida a quien le invitó que se la reenvíe.';

/** `<código>.<token>` as the link's fragment carries it. */
function parseLink(enlace: string) {
  const match = /^(\d{5})\.([A-Za-z0-9_-]{20,100})$/.exec(enlace.trim());
  if (!match) throw new AppError('entrada_invalida', INVALID);
  return { codigo: match[1]!, tokenHash: hashToken(match[2]!) };
}

async function findPending(deps: Deps, codigo: string, tokenHash: string) {
  const now = deps.clock.now();
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    const [row] = await tx
      .select()
      .from(invitaciones)
      .where(
        and(
          eq(invitaciones.municipalityId, codigo),
          eq(invitaciones.tokenHash, tokenHash),
          eq(invitaciones.estado, 'pendiente'),
          gt(invitaciones.expiraEn, now),
        ),
      );
    if (!row) throw new AppError('entrada_invalida', INVALID);
    const [municipio] = rowsOf<{ nombre: string; departamento: string }>(
      await tx.execute(sql`SELECT nombre, departamento FROM municipios WHERE codigo = ${codigo}`),
    );
    const [account] = await tx
      .select({ id: usuarios.id, hash: usuarios.hashContrasena, activo: usuarios.activo })
      .from(usuarios)
      .where(eq(usuarios.email, row.email));
    return { row, municipio, account };
  });
}

/**
 * What an invitation offers, for the page that accepts it. The holder of the link is the owner
 * of the invited address, so saying whether that address already has an account reveals nothing
 * to anybody else; it tells the page whether to ask for a new password or the current one.
 */
export async function viewInvitation(deps: Deps, enlace: string) {
  const { codigo, tokenHash } = parseLink(enlace);
  const { row, municipio, account } = await findPending(deps, codigo, tokenHash);
  return {
    municipio: {
      codigo,
      nombre: municipio?.nombre ?? codigo,
      departamento: municipio?.departamento ?? '',
    },
    email: row.email,
    rol: row.rol,
    rolEtiqueta: ROLE_LABELS[row.rol as MunicipalRole] ?? row.rol,
    cuentaExistente: Boolean(account && hasPassword(account.hash)),
    expiraEn: row.expiraEn.toISOString(),
  };
}

/**
 * Accepts an invitation. An address with an account proves it with its current password; a new
 * one gives a name and a password that meets the policy. The membership, the spent invitation and
 * the audit entries are written together, or nothing is.
 */
export async function acceptInvitation(
  deps: Deps,
  input: { enlace: string; nombre?: string | undefined; contrasena: string },
) {
  const { codigo, tokenHash } = parseLink(input.enlace);
  const { row, account } = await findPending(deps, codigo, tokenHash);
  if (account && !account.activo) throw new AppError('entrada_invalida', INVALID);
  const existing = account && hasPassword(account.hash) ? account : undefined;
  let newHash: string | undefined;
  let nombre: string | undefined;
  if (existing) {
    if (!(await verifyPassword(input.contrasena, existing.hash)))
      throw new AppError(
        'entrada_invalida',
        `La contraseña no corresponde a la cuenta de ${row.email}. Si no la recuerda, pida un enlace para restablecerla.`,
      );
  } else {
    nombre = personName(input.nombre ?? '');
    const problem = passwordProblem(input.contrasena, { email: row.email });
    if (problem) throw new AppError('entrada_invalida', problem);
    newHash = await hashPassword(input.contrasena);
  }
  const now = deps.clock.now();
  const usuarioId = account?.id ?? randomUUID();
  await deps.db.withContext(
    { municipio: codigo, usuario: usuarioId, plataforma: true },
    async (tx) => {
      const [locked] = await tx
        .select({ estado: invitaciones.estado, tokenHash: invitaciones.tokenHash })
        .from(invitaciones)
        .where(and(eq(invitaciones.municipalityId, codigo), eq(invitaciones.id, row.id)))
        .for('update');
      // Revoked, accepted or resent (new link) since the page was opened: this link is spent.
      if (!locked || locked.tokenHash !== tokenHash)
        throw new AppError('entrada_invalida', INVALID);
      assertTransition(INVITATION_LIFECYCLE, {
        from: locked.estado as 'pendiente',
        to: 'aceptada',
        roles: ['invitado'],
      });
      if (!account) {
        await tx.insert(usuarios).values({
          id: usuarioId,
          email: row.email,
          nombre: nombre!,
          hashContrasena: newHash!,
        });
        await appendAudit(tx, {
          municipalityId: PLATFORM_SCOPE,
          actorId: usuarioId,
          actor: row.email,
          accion: 'cuenta.crear',
          objeto: `usuario:${usuarioId}`,
          detalle: { email: row.email, por: 'invitacion', municipio: codigo },
          ocurridoEn: now,
        });
      } else if (newHash) {
        await tx
          .update(usuarios)
          .set({ hashContrasena: newHash, nombre: nombre! })
          .where(eq(usuarios.id, usuarioId));
      }
      await tx
        .update(invitaciones)
        .set({ estado: 'aceptada', cerradaEn: now, aceptadaPor: usuarioId })
        .where(and(eq(invitaciones.municipalityId, codigo), eq(invitaciones.id, row.id)));
      await tx
        .insert(membresias)
        .values({
          municipalityId: codigo,
          usuarioId,
          rol: row.rol,
          otorgadaPor: row.invitadaPor,
          creadaEn: now,
        })
        .onConflictDoNothing();
      await appendAudit(tx, {
        municipalityId: codigo,
        actorId: usuarioId,
        actor: row.email,
        accion: 'equipo.aceptar',
        objeto: `invitacion:${row.id}`,
        detalle: { email: row.email, rol: row.rol },
        ocurridoEn: now,
      });
    },
  );
  invalidateTeam(deps, [codigo]);
  return { email: row.email, municipio: codigo, usuarioId };
}
