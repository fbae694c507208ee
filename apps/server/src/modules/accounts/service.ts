import { randomBytes, randomUUID } from 'node:crypto';

import {
  appendAudit,
  enlacesCuenta,
  PLATFORM_SCOPE,
  sesiones,
  type Tx,
  usuarios,
} from '@ruta-pot/db';
import { and, eq, gt, isNull } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { hashPassword } from '../auth/password';
import { hashToken } from '../auth/service';
import { newToken } from './links';
import { passwordProblem } from './password-policy';

export { activationUrl } from './links';

/** How long an activation or reset link works (issue 11): three days to open it. */
export const ACTIVATION_HOURS = 72;

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;

/** A trimmed, lower-case e-mail, or a Spanish error when it is not one. */
export function normalisedEmail(text: string): string {
  const email = text.trim().toLowerCase();
  if (email.length > 200 || !EMAIL.test(email))
    throw new AppError(
      'entrada_invalida',
      `«${text.slice(0, 80)}» no es un correo electrónico válido.`,
    );
  return email;
}

/** A person's full name as typed, or a Spanish error. */
export function personName(text: string): string {
  const nombre = text.trim().replace(/\s+/g, ' ');
  if (nombre.length < 3 || nombre.length > 120)
    throw new AppError(
      'entrada_invalida',
      'Escriba el nombre completo de la persona (entre 3 y 120 caracteres).',
    );
  return nombre;
}

/** A hash no password matches: the account exists but nobody can sign in until a link is used. */
export const unusablePasswordHash = () => `sin-activar$${randomBytes(16).toString('hex')}`;
export const hasPassword = (hash: string) => !hash.startsWith('sin-activar$');

/** Stores a one-time link for an account and returns its token (shown once, stored hashed). */
export async function issueLink(
  tx: Tx,
  input: { usuarioId: string; proposito: 'activacion' | 'restablecer'; now: Date },
): Promise<string> {
  const token = newToken();
  await tx.insert(enlacesCuenta).values({
    tokenHash: hashToken(token),
    usuarioId: input.usuarioId,
    proposito: input.proposito,
    creadoEn: input.now,
    expiraEn: new Date(input.now.getTime() + ACTIVATION_HOURS * 3600_000),
  });
  return token;
}

/**
 * The account of an e-mail, created without a usable password when it does not exist yet (then
 * with an activation link). Runs in platform context. A deactivated account is refused: an
 * administrator switches it back on first, on purpose.
 */
export async function ensureAccount(
  tx: Tx,
  input: { email: string; nombre: string; now: Date; actorId: string | null; actor: string },
): Promise<{ usuarioId: string; nueva: boolean; token: string | null; nombre: string }> {
  const [existing] = await tx
    .select({ id: usuarios.id, activo: usuarios.activo, nombre: usuarios.nombre })
    .from(usuarios)
    .where(eq(usuarios.email, input.email));
  if (existing) {
    if (!existing.activo)
      throw new AppError(
        'conflicto',
        `La cuenta de ${input.email} está desactivada. Actívela en la consola de la plataforma antes de darle un rol.`,
      );
    return { usuarioId: existing.id, nueva: false, token: null, nombre: existing.nombre };
  }
  const id = randomUUID();
  await tx.insert(usuarios).values({
    id,
    email: input.email,
    nombre: input.nombre,
    hashContrasena: unusablePasswordHash(),
  });
  const token = await issueLink(tx, { usuarioId: id, proposito: 'activacion', now: input.now });
  await appendAudit(tx, {
    municipalityId: PLATFORM_SCOPE,
    actorId: input.actorId,
    actor: input.actor,
    accion: 'cuenta.crear',
    objeto: `usuario:${id}`,
    detalle: { email: input.email },
    ocurridoEn: input.now,
  });
  return { usuarioId: id, nueva: true, token, nombre: input.nombre };
}

/**
 * Creates an account without a usable password and a one-time link (72 h) to set it. Used by the
 * CLI for the first platform administrator of a fresh installation. The token is returned once and
 * stored only hashed; a repeated e-mail is refused and nothing is written.
 */
export async function createAccount(
  deps: Deps,
  input: { email: string; nombre: string; plataforma: boolean; actor: string },
) {
  const email = normalisedEmail(input.email);
  const nombre = personName(input.nombre);
  const token = newToken();
  const now = deps.clock.now();
  const id = randomUUID();
  await deps.db.withContext({ plataforma: true }, async (tx) => {
    const [existing] = await tx
      .select({ id: usuarios.id })
      .from(usuarios)
      .where(eq(usuarios.email, email));
    if (existing) throw new AppError('conflicto', `Ya existe una cuenta con el correo ${email}.`);
    await tx.insert(usuarios).values({
      id,
      email,
      nombre,
      hashContrasena: unusablePasswordHash(),
      esAdministrador: input.plataforma,
    });
    await tx.insert(enlacesCuenta).values({
      tokenHash: hashToken(token),
      usuarioId: id,
      proposito: 'activacion',
      creadoEn: now,
      expiraEn: new Date(now.getTime() + ACTIVATION_HOURS * 3600_000),
    });
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: null,
      actor: input.actor,
      accion: 'cuenta.crear',
      objeto: `usuario:${id}`,
      detalle: { email, plataforma: input.plataforma },
      ocurridoEn: now,
    });
  });
  return { usuarioId: id, email, token };
}

const INVALID_LINK =
  'El enlace no es válido, ya se usó o venció. Pida uno nuevo a quien administra Ruta POT.';

/**
 * Sets the password of the account behind a one-time link and spends the link. The policy is
 * checked first; any problem leaves the link usable. Open sessions of the account are closed.
 */
export async function setPasswordWithLink(
  deps: Deps,
  input: { token: string; contrasena: string },
) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(input.token))
    throw new AppError('entrada_invalida', INVALID_LINK);
  const now = deps.clock.now();
  const tokenHash = hashToken(input.token);
  const [link] = await deps.db.withContext({ plataforma: true }, (tx) =>
    tx
      .select({ usuarioId: enlacesCuenta.usuarioId, email: usuarios.email })
      .from(enlacesCuenta)
      .innerJoin(usuarios, eq(usuarios.id, enlacesCuenta.usuarioId))
      .where(
        and(
          eq(enlacesCuenta.tokenHash, tokenHash),
          isNull(enlacesCuenta.usadoEn),
          gt(enlacesCuenta.expiraEn, now),
          eq(usuarios.activo, true),
        ),
      ),
  );
  if (!link) throw new AppError('entrada_invalida', INVALID_LINK);
  const problem = passwordProblem(input.contrasena, { email: link.email });
  if (problem) throw new AppError('entrada_invalida', problem);
  const hash = await hashPassword(input.contrasena);
  await deps.db.withContext({ plataforma: true, usuario: link.usuarioId }, async (tx) => {
    // Spent in the same transaction as the password: two uses of one link cannot both succeed.
    const spent = await tx
      .update(enlacesCuenta)
      .set({ usadoEn: now })
      .where(and(eq(enlacesCuenta.tokenHash, tokenHash), isNull(enlacesCuenta.usadoEn)))
      .returning({ usuarioId: enlacesCuenta.usuarioId });
    if (spent.length === 0) throw new AppError('entrada_invalida', INVALID_LINK);
    await tx.update(usuarios).set({ hashContrasena: hash }).where(eq(usuarios.id, link.usuarioId));
    await tx.delete(sesiones).where(eq(sesiones.usuarioId, link.usuarioId));
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: link.usuarioId,
      actor: link.email,
      accion: 'cuenta.contrasena',
      objeto: `usuario:${link.usuarioId}`,
      ocurridoEn: now,
    });
  });
  return { email: link.email };
}
