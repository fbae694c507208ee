import { randomUUID } from 'node:crypto';

import {
  appendAudit,
  municipios,
  PLATFORM_SCOPE,
  seguimientosCiudadanos,
  sesiones,
  usuarios,
} from '@ruta-pot/db';
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps, SessionUser } from '../../http/types';
import { hashPassword, verifyPassword } from '../auth/password';
import { activationUrl } from './links';
import type { AccountMailer } from './mail';
import { passwordProblem } from './password-policy';
import { assertAcceptsPolicy, recordConsent } from './personal-data';
import {
  ACTIVATION_HOURS,
  hasPassword,
  issueLink,
  normalisedEmail,
  personName,
  unusablePasswordHash,
} from './service';

/** A session as its owner sees it: an opaque id (a prefix of the token's hash), never the token. */
const sessionId = (tokenHash: string) => tokenHash.slice(0, 16);

/** My account: open sessions (the current one marked) and the municipalities I follow. */
export async function myAccount(deps: Deps, input: { user: SessionUser; tokenHash: string }) {
  const now = deps.clock.now();
  return deps.db.withContext({ usuario: input.user.id }, async (tx) => {
    const open = await tx
      .select({
        tokenHash: sesiones.tokenHash,
        creadaEn: sesiones.creadaEn,
        expiraEn: sesiones.expiraEn,
      })
      .from(sesiones)
      .where(and(eq(sesiones.usuarioId, input.user.id), gt(sesiones.expiraEn, now)))
      .orderBy(desc(sesiones.creadaEn));
    const follows = await tx
      .select({
        codigo: municipios.codigo,
        nombre: municipios.nombre,
        departamento: municipios.departamento,
      })
      .from(seguimientosCiudadanos)
      .innerJoin(municipios, eq(municipios.codigo, seguimientosCiudadanos.municipalityId))
      .where(eq(seguimientosCiudadanos.usuarioId, input.user.id))
      .orderBy(municipios.nombre);
    const [me] = await tx
      .select({ esCiudadano: usuarios.esCiudadano })
      .from(usuarios)
      .where(eq(usuarios.id, input.user.id));
    return {
      esCiudadano: me?.esCiudadano ?? false,
      sesiones: open.map((s) => ({
        id: sessionId(s.tokenHash),
        creadaEn: s.creadaEn.toISOString(),
        expiraEn: s.expiraEn.toISOString(),
        actual: s.tokenHash === input.tokenHash,
      })),
      siguiendo: follows,
    };
  });
}

/**
 * Changes my password: the current one is required, the new one meets the policy. Every other
 * session of mine is closed (someone who knew the old password loses access at once).
 */
export async function changePassword(
  deps: Deps,
  input: { user: SessionUser; tokenHash: string; actual: string; nueva: string },
) {
  const [row] = await deps.db.orm
    .select({ hash: usuarios.hashContrasena })
    .from(usuarios)
    .where(eq(usuarios.id, input.user.id));
  if (!row || !(await verifyPassword(input.actual, row.hash)))
    throw new AppError('entrada_invalida', 'La contraseña actual no es correcta.');
  const problem = passwordProblem(input.nueva, { email: input.user.email });
  if (problem) throw new AppError('entrada_invalida', problem);
  if (input.nueva === input.actual)
    throw new AppError('entrada_invalida', 'La contraseña nueva debe ser distinta de la actual.');
  const hash = await hashPassword(input.nueva);
  const now = deps.clock.now();
  await deps.db.withContext({ plataforma: true, usuario: input.user.id }, async (tx) => {
    await tx.update(usuarios).set({ hashContrasena: hash }).where(eq(usuarios.id, input.user.id));
    await tx
      .delete(sesiones)
      .where(and(eq(sesiones.usuarioId, input.user.id), ne(sesiones.tokenHash, input.tokenHash)));
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.user.id,
      actor: input.user.email,
      accion: 'cuenta.contrasena',
      objeto: `usuario:${input.user.id}`,
      ocurridoEn: now,
    });
  });
}

/** Closes one of my sessions by its id; returns its token hash so the caller can forget it. */
export async function closeMySession(deps: Deps, input: { user: SessionUser; id: string }) {
  if (!/^[0-9a-f]{16}$/.test(input.id)) throw notFound();
  return deps.db.withContext({ plataforma: true, usuario: input.user.id }, async (tx) => {
    const deleted = await tx
      .delete(sesiones)
      .where(
        and(
          eq(sesiones.usuarioId, input.user.id),
          sql`left(${sesiones.tokenHash}, 16) = ${input.id}`,
        ),
      )
      .returning({ tokenHash: sesiones.tokenHash });
    if (deleted.length === 0) throw notFound();
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.user.id,
      actor: input.user.email,
      accion: 'sesion.cerrar',
      objeto: `usuario:${input.user.id}`,
      detalle: { sesion: input.id },
      ocurridoEn: deps.clock.now(),
    });
    return deleted.map((d) => d.tokenHash);
  });
}

/** What every reset or sign-up request answers, whatever the address: nothing is revealed. */
const SENT_IF_EXISTS =
  'Si el correo corresponde a una cuenta, en unos minutos recibirá un enlace para definir su contraseña (vence en 72 horas). Si no llega, revise el correo no deseado o pida el enlace a la oficina de planeación.';

/**
 * Self-service password reset. Only by e-mail: a link shown on screen would hand any account to
 * whoever typed its address. Without a mail server, the planning office or the platform
 * administrator issues the link instead. The answer is the same for every address.
 */
export async function requestPasswordReset(
  deps: Deps,
  input: { email: string; mailer: AccountMailer | undefined; publicUrl: string },
) {
  let email: string;
  try {
    email = normalisedEmail(input.email);
  } catch {
    return { mensaje: SENT_IF_EXISTS };
  }
  if (!input.mailer) return { mensaje: SENT_IF_EXISTS };
  const now = deps.clock.now();
  const token = await deps.db.withContext({ plataforma: true }, async (tx) => {
    const [user] = await tx
      .select({ id: usuarios.id, activo: usuarios.activo })
      .from(usuarios)
      .where(eq(usuarios.email, email));
    if (!user?.activo) return null;
    const issued = await issueLink(tx, { usuarioId: user.id, proposito: 'restablecer', now });
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: null,
      actor: 'anonimo',
      accion: 'cuenta.restablecer_solicitado',
      objeto: `usuario:${user.id}`,
      ocurridoEn: now,
    });
    return issued;
  });
  if (token) {
    const link = activationUrl(input.publicUrl, token);
    await input.mailer
      .send({
        to: email,
        subject: 'Restablecer su contraseña de Ruta POT',
        text: `Alguien pidió restablecer la contraseña de esta cuenta en Ruta POT.\n\nPara definir una nueva, abra este enlace (vence en ${ACTIVATION_HOURS} horas y sirve una sola vez):\n${link}\n\nSi no lo pidió usted, ignore este mensaje: su contraseña no cambia.`,
      })
      .catch((error: unknown) =>
        console.error('No se pudo enviar el enlace de restablecimiento:', error),
      );
  }
  return { mensaje: SENT_IF_EXISTS };
}

/**
 * A citizen creates an account: the link mailed to the address verifies it and sets the password.
 * The answer is the same whether the address was free or not; an address that already has an
 * account receives a reminder instead. Citizen accounts hold no municipal role.
 */
export async function registerCitizen(
  deps: Deps,
  input: {
    email: string;
    nombre: string;
    /** The policy version the person accepted in the form (must be the one in force). */
    politica?: string | undefined;
    mailer: AccountMailer | undefined;
    publicUrl: string;
  },
) {
  assertAcceptsPolicy(input.politica);
  const email = normalisedEmail(input.email);
  const nombre = personName(input.nombre);
  if (!input.mailer)
    throw new AppError(
      'requisitos_faltantes',
      'Esta instalación de Ruta POT no envía correos, y el registro ciudadano necesita verificar el correo. Consulte el estado del POT sin cuenta, o pida a la oficina de planeación que habilite el correo.',
    );
  const now = deps.clock.now();
  const outcome = await deps.db.withContext({ plataforma: true }, async (tx) => {
    const [existing] = await tx
      .select({ id: usuarios.id, hash: usuarios.hashContrasena, activo: usuarios.activo })
      .from(usuarios)
      .where(eq(usuarios.email, email));
    if (existing && (hasPassword(existing.hash) || !existing.activo))
      return { kind: 'existe' as const };
    const id = existing?.id ?? randomUUID();
    if (!existing) {
      await tx.insert(usuarios).values({
        id,
        email,
        nombre,
        hashContrasena: unusablePasswordHash(),
        esCiudadano: true,
      });
      await appendAudit(tx, {
        municipalityId: PLATFORM_SCOPE,
        actorId: null,
        actor: 'anonimo',
        accion: 'cuenta.registro_ciudadano',
        objeto: `usuario:${id}`,
        ocurridoEn: now,
      });
    }
    // Prior, express and informed: the version accepted in the form, with its date (Ley 1581 art. 9).
    await recordConsent(tx, { usuarioId: id, now });
    const token = await issueLink(tx, { usuarioId: id, proposito: 'activacion', now });
    return { kind: 'nueva' as const, token };
  });
  const message =
    outcome.kind === 'nueva'
      ? {
          to: email,
          subject: 'Confirme su cuenta ciudadana de Ruta POT',
          text: `Para confirmar su correo y definir su contraseña, abra este enlace (vence en ${ACTIVATION_HOURS} horas y sirve una sola vez):\n${activationUrl(input.publicUrl, outcome.token)}\n\nCon su cuenta podrá seguir el plan de ordenamiento de su municipio y enviar aportes cuando se abra la participación.\nSi no creó esta cuenta, ignore este mensaje.`,
        }
      : {
          to: email,
          subject: 'Ya tiene una cuenta en Ruta POT',
          text: 'Alguien intentó crear una cuenta con este correo, que ya tiene una. Si olvidó su contraseña, use «¿Olvidó su contraseña?» en la página de ingreso.',
        };
  await input.mailer
    .send(message)
    .catch((error: unknown) => console.error('No se pudo enviar el correo de registro:', error));
  return { mensaje: SENT_IF_EXISTS };
}

/** A signed-in person follows (or stops following) a municipality's POT. */
export async function setFollowing(
  deps: Deps,
  input: { user: SessionUser; codigo: string; seguir: boolean },
) {
  const [found] = await deps.db.orm
    .select({ codigo: municipios.codigo })
    .from(municipios)
    .where(eq(municipios.codigo, input.codigo));
  if (!found) throw notFound();
  await deps.db.withContext({ municipio: input.codigo, usuario: input.user.id }, async (tx) => {
    if (input.seguir)
      await tx
        .insert(seguimientosCiudadanos)
        .values({ municipalityId: input.codigo, usuarioId: input.user.id, desde: deps.clock.now() })
        .onConflictDoNothing();
    else
      await tx
        .delete(seguimientosCiudadanos)
        .where(
          and(
            eq(seguimientosCiudadanos.municipalityId, input.codigo),
            eq(seguimientosCiudadanos.usuarioId, input.user.id),
          ),
        );
  });
}
