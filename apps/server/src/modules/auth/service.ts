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
import { and, eq, gt, sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import type { Deps, SessionUser } from '../../http/types';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';

/** Sessions last 12 hours: a working day at a planning office, not weeks on a shared computer. */
export const SESSION_HOURS = 12;
export const SESSION_COOKIE = 'ruta_pot_sesion';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Checks the credentials and opens a session; the token is returned once and stored hashed. */
export async function signIn(deps: Deps, input: { email: string; contrasena: string }) {
  const email = input.email.trim().toLowerCase();
  const [user] = await deps.db.orm
    .select()
    .from(usuarios)
    .where(eq(usuarios.email, email))
    .limit(1);
  const valid = user
    ? await verifyPassword(input.contrasena, user.hashContrasena)
    : await verifyPassword(input.contrasena, await DUMMY_HASH_PROMISE).then(() => false);
  if (!user || !valid) throw new AppError('no_autenticado', 'Correo o contraseña incorrectos.');
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

/** The user behind a session token, or null when absent or expired. */
export async function userForToken(deps: Deps, tokenHash: string): Promise<SessionUser | null> {
  const rows = await deps.db.orm
    .select({
      id: usuarios.id,
      email: usuarios.email,
      nombre: usuarios.nombre,
      esAdministrador: usuarios.esAdministrador,
      autoridadAmbientalId: usuarios.autoridadAmbientalId,
    })
    .from(sesiones)
    .innerJoin(usuarios, eq(usuarios.id, sesiones.usuarioId))
    .where(and(eq(sesiones.tokenHash, tokenHash), gt(sesiones.expiraEn, deps.clock.now())))
    .limit(1);
  return rows[0] ?? null;
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
