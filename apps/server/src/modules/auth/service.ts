import { createHash, randomBytes } from 'node:crypto';

import {
  appendAudit,
  membresias,
  municipios,
  PLATFORM_SCOPE,
  rowsOf,
  sesiones,
  usuarios,
} from '@ruta-pot/db';
import { and, eq, gt, lte, sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import type { Deps, SessionUser } from '../../http/types';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';
import type { ActiveSession } from './session-cache';
import type { SignInAttempt, SignInLimiter } from './sign-in-limiter';

/** Sessions last 12 hours: a working day at a planning office, not weeks on a shared computer. */
export const SESSION_HOURS = 12;
export const SESSION_COOKIE = 'ruta_pot_sesion';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The account key for look-up and limits alike: e-mails are stored trimmed and lower-case. */
const normaliseEmail = (email: string) => email.trim().toLowerCase();

function tooManyAttempts(retryAfterMs: number) {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    'demasiados_intentos',
    `Demasiados intentos de ingreso fallidos. Por seguridad, espere ${minutes === 1 ? '1 minuto' : `${minutes} minutos`} e intente de nuevo. Si no recuerda su contraseña, pida una nueva al administrador de Ruta POT.`,
    { reintentarEnSegundos: seconds },
  );
}

/**
 * Audits a failed sign-in, and the lockout it causes, in the platform scope. Unknown and known
 * e-mails cost the same transaction (no timing difference), and the typed e-mail of an unknown
 * account is not stored: people sometimes type their password into the e-mail field.
 */
async function auditFailure(
  deps: Deps,
  input: { userId: string | undefined; attempt: SignInAttempt; windowMinutes: number },
) {
  const { attempt, userId } = input;
  const ocurridoEn = deps.clock.now();
  const account = userId ? `usuario:${userId}` : 'usuario:desconocido';
  const entry = { municipalityId: PLATFORM_SCOPE, actorId: null, actor: 'anonimo', ocurridoEn };
  await deps.db.withContext({ plataforma: true }, async (tx) => {
    await appendAudit(tx, {
      ...entry,
      accion: 'sesion.fallida',
      objeto: account,
      detalle: { ip: attempt.address },
    });
    for (const motivo of attempt.locks) {
      await appendAudit(tx, {
        ...entry,
        accion: 'sesion.bloquear',
        objeto: motivo === 'cuenta' ? account : `ip:${attempt.address}`,
        detalle: { motivo, ip: attempt.address, minutos: input.windowMinutes },
      });
    }
  });
}

/** The account behind an e-mail and whether the password matches; unknown e-mails cost a hash too. */
async function checkCredentials(deps: Deps, input: { email: string; contrasena: string }) {
  const [user] = await deps.db.orm
    .select()
    .from(usuarios)
    .where(eq(usuarios.email, input.email))
    .limit(1);
  // A deactivated account answers exactly like a wrong password (nothing is revealed).
  const valid = user?.activo
    ? await verifyPassword(input.contrasena, user.hashContrasena)
    : await verifyPassword(input.contrasena, await DUMMY_HASH_PROMISE).then(() => false);
  return { user, valid };
}

/**
 * Checks the credentials and opens a session; the token is returned once and stored hashed.
 * The limiter is asked first, so a blocked attempt costs neither a statement nor a scrypt hash.
 */
export async function signIn(
  deps: Deps,
  input: { email: string; contrasena: string; ip: string },
  limiter: SignInLimiter,
) {
  const email = normaliseEmail(input.email);
  const attempt = limiter.begin({ account: email, address: input.ip });
  if (!attempt.ok) throw tooManyAttempts(attempt.retryAfterMs);
  const { user, valid } = await checkCredentials(deps, {
    email,
    contrasena: input.contrasena,
  }).catch((error: unknown) => {
    limiter.release(attempt);
    throw error;
  });
  if (!user || !valid) {
    const windowMinutes = limiter.limits.windowMs / 60_000;
    await auditFailure(deps, { userId: user?.id, attempt, windowMinutes });
    throw new AppError('no_autenticado', 'Correo o contraseña incorrectos.');
  }
  limiter.succeeded(attempt);
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const expiraEn = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await deps.db.withContext({ plataforma: true, usuario: user.id }, async (tx) => {
    await tx
      .insert(sesiones)
      .values({ tokenHash: hashToken(token), usuarioId: user.id, creadaEn: now, expiraEn });
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: user.id,
      actor: user.email,
      accion: 'sesion.iniciar',
      objeto: `usuario:${user.id}`,
      ocurridoEn: now,
    });
  });
  return { token, expiraEn };
}

/** The session behind a token and when it expires, or null when absent or expired. */
export async function sessionForToken(
  deps: Deps,
  tokenHash: string,
): Promise<ActiveSession | null> {
  const rows = await deps.db.orm
    .select({
      id: usuarios.id,
      email: usuarios.email,
      nombre: usuarios.nombre,
      esAdministrador: usuarios.esAdministrador,
      autoridadAmbientalId: usuarios.autoridadAmbientalId,
      expiraEn: sesiones.expiraEn,
    })
    .from(sesiones)
    .innerJoin(usuarios, eq(usuarios.id, sesiones.usuarioId))
    .where(
      and(
        eq(sesiones.tokenHash, tokenHash),
        gt(sesiones.expiraEn, deps.clock.now()),
        eq(usuarios.activo, true),
      ),
    )
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const { expiraEn, ...user } = row;
  return { user, expiraEn };
}

/** The user behind a session token, or null when absent or expired. */
export async function userForToken(deps: Deps, tokenHash: string): Promise<SessionUser | null> {
  return (await sessionForToken(deps, tokenHash))?.user ?? null;
}

/**
 * Deletes expired sessions; returns how many. They already stop working at expiry; deleting them
 * keeps the table small and drops token hashes nobody can use any more.
 */
export async function purgeExpiredSessions(deps: Deps): Promise<number> {
  const deleted = await deps.db.orm
    .delete(sesiones)
    .where(lte(sesiones.expiraEn, deps.clock.now()))
    .returning({ tokenHash: sesiones.tokenHash });
  return deleted.length;
}

export async function signOut(deps: Deps, input: { tokenHash: string; user: SessionUser }) {
  await deps.db.withContext({ plataforma: true, usuario: input.user.id }, async (tx) => {
    await tx.delete(sesiones).where(eq(sesiones.tokenHash, input.tokenHash));
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.user.id,
      actor: input.user.email,
      accion: 'sesion.cerrar',
      objeto: `usuario:${input.user.id}`,
      ocurridoEn: deps.clock.now(),
    });
  });
}

/** The session as the web app shows it: who, and where they hold which role. */
export async function describeSession(deps: Deps, user: SessionUser) {
  const now = deps.clock.now();
  return deps.db.withContext({ usuario: user.id }, async (tx) => {
    const direct = await tx
      .select({
        codigo: municipios.codigo,
        nombre: municipios.nombre,
        departamento: municipios.departamento,
        rol: membresias.rol,
      })
      .from(membresias)
      .innerJoin(municipios, eq(municipios.codigo, membresias.municipalityId))
      .where(
        and(
          eq(membresias.usuarioId, user.id),
          sql`(${membresias.expiraEn} IS NULL OR ${membresias.expiraEn} > ${now})`,
          sql`(${membresias.iniciaEn} IS NULL OR ${membresias.iniciaEn} <= ${now})`,
        ),
      )
      .orderBy(municipios.nombre);
    const viaCar = user.autoridadAmbientalId
      ? rowsOf<{ codigo: string; nombre: string; departamento: string }>(
          await tx.execute(sql`SELECT m.codigo, m.nombre, m.departamento FROM jurisdicciones_ambientales j
              JOIN municipios m ON m.codigo = j.municipality_id WHERE j.autoridad_id = ${user.autoridadAmbientalId}
              ORDER BY m.nombre`),
        )
      : [];
    const membershipRows = [
      ...direct,
      ...viaCar.map((m) => ({ ...m, rol: 'autoridad_ambiental' })),
    ];
    return {
      usuario: {
        id: user.id,
        email: user.email,
        nombre: user.nombre,
        esAdministrador: user.esAdministrador,
      },
      membresias: membershipRows.map((m) => ({
        municipio: { codigo: m.codigo, nombre: m.nombre, departamento: m.departamento },
        rol: m.rol,
        rolEtiqueta: ROLE_LABELS[m.rol as MunicipalRole] ?? m.rol,
      })),
    };
  });
}
