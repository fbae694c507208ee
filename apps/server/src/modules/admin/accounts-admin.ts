import { appendAudit, membresias, PLATFORM_SCOPE, rowsOf, sesiones, usuarios } from '@ruta-pot/db';
import { eq, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import type { Deps, SessionUser } from '../../http/types';
import { activationUrl, deliverLink } from '../accounts/links';
import { ensureAccount, issueLink, normalisedEmail, personName } from '../accounts/service';
import type { LinkChannel } from '../team/delivery';
import { invalidateTeam } from '../team/service';
import { deliverActivation } from './delivery';
import { FOLD_FROM, FOLD_TO, offsetOf, PAGE_SIZE, searchPattern } from './paging';

const fold = (column: string) =>
  sql.raw(`translate(lower(${column}), '${FOLD_FROM}', '${FOLD_TO}')`);

/** Municipalities page by page, with how many people manage each and its CAR. */
export async function searchMunicipalities(
  deps: Deps,
  input: { q?: string | undefined; pagina: number },
) {
  const pattern = searchPattern(input.q);
  return deps.db.withContext({ plataforma: true }, async (tx) => {
    const rows = rowsOf<{
      codigo: string;
      nombre: string;
      departamento: string;
      gestores: number;
      miembros: number;
      autoridad: string | null;
      total: number;
    }>(
      await tx.execute(sql`
        SELECT m.codigo, m.nombre, m.departamento,
               (SELECT count(DISTINCT x.usuario_id)::int FROM membresias x
                 WHERE x.municipality_id = m.codigo AND x.rol IN ('alcaldia','planeacion')) AS gestores,
               (SELECT count(DISTINCT x.usuario_id)::int FROM membresias x
                 WHERE x.municipality_id = m.codigo) AS miembros,
               (SELECT string_agg(a.sigla, ', ') FROM jurisdicciones_ambientales j
                  JOIN autoridades_ambientales a ON a.id = j.autoridad_id
                 WHERE j.municipality_id = m.codigo) AS autoridad,
               count(*) OVER ()::int AS total
          FROM municipios m
         WHERE ${fold('m.nombre')} LIKE ${pattern} OR m.codigo LIKE ${pattern}
            OR ${fold('m.departamento')} LIKE ${pattern}
         ORDER BY m.nombre, m.codigo
         LIMIT ${PAGE_SIZE} OFFSET ${offsetOf(input.pagina)}`),
    );
    return {
      total: rows[0]?.total ?? 0,
      pagina: Math.max(1, input.pagina),
      porPagina: PAGE_SIZE,
      municipios: rows.map(({ total: _total, ...m }) => m),
    };
  });
}

/** Accounts page by page: who they are, whether active, and where they hold roles. */
export async function searchAccounts(
  deps: Deps,
  input: { q?: string | undefined; pagina: number },
) {
  const pattern = searchPattern(input.q);
  return deps.db.withContext({ plataforma: true }, async (tx) => {
    const rows = rowsOf<{
      id: string;
      nombre: string;
      email: string;
      activo: boolean;
      es_administrador: boolean;
      es_ciudadano: boolean;
      autoridad: string | null;
      roles: string | null;
      total: number;
    }>(
      await tx.execute(sql`
        SELECT u.id, u.nombre, u.email, u.activo, u.es_administrador, u.es_ciudadano,
               a.sigla AS autoridad,
               (SELECT string_agg(mu.nombre || ': ' || x.rol, '; ' ORDER BY mu.nombre)
                  FROM (SELECT * FROM membresias x WHERE x.usuario_id = u.id LIMIT 6) x
                  JOIN municipios mu ON mu.codigo = x.municipality_id) AS roles,
               count(*) OVER ()::int AS total
          FROM usuarios u LEFT JOIN autoridades_ambientales a ON a.id = u.autoridad_ambiental_id
         WHERE ${fold('u.nombre')} LIKE ${pattern} OR lower(u.email) LIKE ${pattern}
         ORDER BY u.nombre, u.email
         LIMIT ${PAGE_SIZE} OFFSET ${offsetOf(input.pagina)}`),
    );
    return {
      total: rows[0]?.total ?? 0,
      pagina: Math.max(1, input.pagina),
      porPagina: PAGE_SIZE,
      cuentas: rows.map((r) => ({
        id: r.id,
        nombre: r.nombre,
        email: r.email,
        activo: r.activo,
        esAdministrador: r.es_administrador,
        esCiudadano: r.es_ciudadano,
        autoridad: r.autoridad,
        roles: (r.roles ?? '')
          .split('; ')
          .filter(Boolean)
          .map((entry) => {
            const [municipio, rol] = entry.split(': ');
            return `${municipio}: ${ROLE_LABELS[rol as MunicipalRole] ?? rol}`;
          }),
      })),
    };
  });
}

async function assertMunicipality(deps: Deps, codigo: string) {
  if (
    !(await deps.db.withContext(
      { plataforma: true },
      async (tx) =>
        rowsOf(await tx.execute(sql`SELECT 1 FROM municipios WHERE codigo = ${codigo}`)).length > 0,
    ))
  )
    throw notFound();
}

/**
 * A municipality's first accounts (alcaldía, oficina de planeación): the account is created when
 * the address has none, and the role is granted in the municipality, audited in both scopes.
 */
export async function grantMunicipalAccount(
  deps: Deps,
  channel: LinkChannel,
  input: { actor: SessionUser; codigo: string; email: string; nombre: string; rol: string },
) {
  if (input.rol !== 'alcaldia' && input.rol !== 'planeacion')
    throw new AppError(
      'entrada_invalida',
      'Desde la consola se crean las cuentas de la alcaldía y de la oficina de planeación; el resto del equipo lo invita el municipio.',
    );
  const email = normalisedEmail(input.email);
  const nombre = personName(input.nombre);
  await assertMunicipality(deps, input.codigo);
  const now = deps.clock.now();
  const account = await deps.db.withContext(
    { plataforma: true, municipio: input.codigo, usuario: input.actor.id },
    async (tx) => {
      const created = await ensureAccount(tx, {
        email,
        nombre,
        now,
        actorId: input.actor.id,
        actor: input.actor.email,
      });
      const inserted = await tx
        .insert(membresias)
        .values({
          municipalityId: input.codigo,
          usuarioId: created.usuarioId,
          rol: input.rol,
          otorgadaPor: input.actor.id,
          creadaEn: now,
        })
        .onConflictDoNothing()
        .returning({ rol: membresias.rol });
      if (inserted.length === 0)
        throw new AppError('conflicto', `${email} ya tiene ese rol en el municipio.`);
      await appendAudit(tx, {
        municipalityId: input.codigo,
        actorId: input.actor.id,
        actor: input.actor.email,
        accion: 'equipo.otorgar',
        objeto: `usuario:${created.usuarioId}`,
        detalle: { email, rol: input.rol },
        ocurridoEn: now,
      });
      return created;
    },
  );
  invalidateTeam(deps, [input.codigo]);
  const entrega = await deliverActivation(channel, {
    email,
    token: account.token,
    why: `${ROLE_LABELS[input.rol]} del municipio ${input.codigo}`,
  });
  return { usuarioId: account.usuarioId, email, cuentaNueva: account.nueva, ...entrega };
}

/**
 * Switches an account off or back on. Off: no session opens, no link works, and its open sessions
 * end at once (the caller drops them from the caches). Its history stays.
 */
export async function setAccountActive(
  deps: Deps,
  input: { actor: SessionUser; usuarioId: string; activo: boolean },
) {
  if (!/^[0-9a-f-]{36}$/.test(input.usuarioId)) throw notFound();
  if (input.usuarioId === input.actor.id && !input.activo)
    throw new AppError('entrada_invalida', 'No puede desactivar su propia cuenta.');
  const now = deps.clock.now();
  await deps.db.withContext({ plataforma: true, usuario: input.actor.id }, async (tx) => {
    const updated = await tx
      .update(usuarios)
      .set({ activo: input.activo, desactivadoEn: input.activo ? null : now })
      .where(eq(usuarios.id, input.usuarioId))
      .returning({ email: usuarios.email });
    if (updated.length === 0) throw notFound();
    if (!input.activo) await tx.delete(sesiones).where(eq(sesiones.usuarioId, input.usuarioId));
    // The team pages where the person is a member show whether the account is active.
    const where = await tx
      .select({ codigo: membresias.municipalityId })
      .from(membresias)
      .where(eq(membresias.usuarioId, input.usuarioId));
    invalidateTeam(
      deps,
      where.map((m) => m.codigo),
    );
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: input.activo ? 'cuenta.activar' : 'cuenta.desactivar',
      objeto: `usuario:${input.usuarioId}`,
      detalle: { email: updated[0]!.email },
      ocurridoEn: now,
    });
  });
}

/** A password-reset link an administrator hands over (mailed when the installation can). */
export async function adminResetLink(
  deps: Deps,
  channel: LinkChannel,
  input: { actor: SessionUser; usuarioId: string },
) {
  if (!/^[0-9a-f-]{36}$/.test(input.usuarioId)) throw notFound();
  const now = deps.clock.now();
  const issued = await deps.db.withContext(
    { plataforma: true, usuario: input.actor.id },
    async (tx) => {
      const [user] = await tx
        .select({ email: usuarios.email, activo: usuarios.activo })
        .from(usuarios)
        .where(eq(usuarios.id, input.usuarioId));
      if (!user) throw notFound();
      if (!user.activo)
        throw new AppError(
          'conflicto',
          'La cuenta está desactivada; actívela antes de darle un enlace.',
        );
      const token = await issueLink(tx, {
        usuarioId: input.usuarioId,
        proposito: 'restablecer',
        now,
      });
      await appendAudit(tx, {
        municipalityId: PLATFORM_SCOPE,
        actorId: input.actor.id,
        actor: input.actor.email,
        accion: 'cuenta.restablecer_enlace',
        objeto: `usuario:${input.usuarioId}`,
        ocurridoEn: now,
      });
      return { email: user.email, token };
    },
  );
  const link = activationUrl(channel.publicUrl, issued.token);
  return deliverLink(
    channel.mailer,
    {
      to: issued.email,
      subject: 'Restablecer su contraseña de Ruta POT',
      text: `La administración de Ruta POT le envía un enlace para definir una contraseña nueva (vence en 72 horas y sirve una sola vez):\n${link}`,
    },
    link,
  );
}
