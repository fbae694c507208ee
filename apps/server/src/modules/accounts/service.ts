import { randomBytes, randomUUID } from 'node:crypto';

import { appendAudit, enlacesCuenta, PLATFORM_SCOPE, sesiones, usuarios } from '@ruta-pot/db';
import { and, eq, gt, isNull } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { hashPassword } from '../auth/password';
import { hashToken } from '../auth/service';
import { passwordProblem } from './password-policy';

/** How long an activation link works (issue 11): three days to open it. */
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

/** The link a person opens to set the password; the token travels in the fragment, never to logs. */
export const activationUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/cuenta/enlace#${token}`;

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
  const nombre = input.nombre.trim();
  if (nombre.length < 3 || nombre.length > 120)
    throw new AppError(
      'entrada_invalida',
      'Escriba el nombre completo de la persona (entre 3 y 120 caracteres).',
    );
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const id = randomUUID();
  await deps.db.withContext({ plataforma: true }, async (tx) => {
    const [existing] = await tx
      .select({ id: usuarios.id })
      .from(usuarios)
      .where(eq(usuarios.email, email));
    if (existing) throw new AppError('conflicto', `Ya existe una cuenta con el correo ${email}.`);
    // No password yet: a value no scrypt hash can match, until the link is used.
    await tx.insert(usuarios).values({
      id,
      email,
      nombre,
      hashContrasena: `sin-activar$${randomBytes(16).toString('hex')}`,
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
