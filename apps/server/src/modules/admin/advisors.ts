import { appendAudit, membresias, rowsOf } from '@ruta-pot/db';
import { and, eq, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps, SessionUser } from '../../http/types';
import { ensureAccount, normalisedEmail, personName } from '../accounts/service';
import type { LinkChannel } from '../team/delivery';
import { invalidateTeam } from '../team/service';
import { deliverActivation } from './delivery';
import { assertKnownMunicipalities } from './municipality-codes';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Advisors' grants: who may follow which municipality, from when to when, granted by whom. */
export async function listAdvisorGrants(deps: Deps) {
  return deps.db.withContext({ plataforma: true }, async (tx) =>
    rowsOf<{
      usuarioId: string;
      nombre: string;
      email: string;
      codigo: string;
      municipio: string;
      desde: string | null;
      hasta: string | null;
      otorgadaPor: string | null;
    }>(
      await tx.execute(sql`
        SELECT u.id AS "usuarioId", u.nombre, u.email, m.codigo, m.nombre AS municipio,
               to_char(g.inicia_en AT TIME ZONE 'America/Bogota', 'YYYY-MM-DD') AS desde,
               to_char(g.expira_en AT TIME ZONE 'America/Bogota', 'YYYY-MM-DD') AS hasta,
               o.nombre AS "otorgadaPor"
          FROM membresias g JOIN usuarios u ON u.id = g.usuario_id
          JOIN municipios m ON m.codigo = g.municipality_id
          LEFT JOIN usuarios o ON o.id = g.otorgada_por
         WHERE g.rol = 'asesor' ORDER BY u.nombre, m.nombre`),
    ),
  );
}

/** Bogotá midnight of a day, as the instant a grant starts or ends. */
const bogotaMidnight = (day: string) => new Date(`${day}T05:00:00Z`);

/** Grants an advisor (federation or department) access to municipalities for a period. */
export async function grantAdvisor(
  deps: Deps,
  channel: LinkChannel,
  input: {
    actor: SessionUser;
    email: string;
    nombre: string;
    municipios: readonly string[];
    desde: string;
    hasta: string;
  },
) {
  const email = normalisedEmail(input.email);
  const nombre = personName(input.nombre);
  const codes = [...new Set(input.municipios)];
  if (codes.length === 0 || codes.some((c) => !/^\d{5}$/.test(c)))
    throw new AppError(
      'entrada_invalida',
      'Indique al menos un municipio por su código DANE de 5 dígitos.',
    );
  if (!DAY.test(input.desde) || !DAY.test(input.hasta) || input.hasta <= input.desde)
    throw new AppError(
      'entrada_invalida',
      'Indique las fechas de inicio y fin (AAAA-MM-DD), con el fin después del inicio.',
    );
  const now = deps.clock.now();
  const account = await deps.db.withContext(
    { plataforma: true, usuario: input.actor.id },
    async (tx) => {
      await assertKnownMunicipalities(tx, codes);
      const created = await ensureAccount(tx, {
        email,
        nombre,
        now,
        actorId: input.actor.id,
        actor: input.actor.email,
      });
      for (const codigo of codes) {
        await tx
          .insert(membresias)
          .values({
            municipalityId: codigo,
            usuarioId: created.usuarioId,
            rol: 'asesor',
            otorgadaPor: input.actor.id,
            creadaEn: now,
            iniciaEn: bogotaMidnight(input.desde),
            expiraEn: bogotaMidnight(input.hasta),
          })
          .onConflictDoUpdate({
            target: [membresias.municipalityId, membresias.usuarioId, membresias.rol],
            set: {
              otorgadaPor: input.actor.id,
              iniciaEn: bogotaMidnight(input.desde),
              expiraEn: bogotaMidnight(input.hasta),
            },
          });
        await appendAudit(tx, {
          municipalityId: codigo,
          actorId: input.actor.id,
          actor: input.actor.email,
          accion: 'equipo.otorgar',
          objeto: `usuario:${created.usuarioId}`,
          detalle: { email, rol: 'asesor', desde: input.desde, hasta: input.hasta },
          ocurridoEn: now,
        });
      }
      return created;
    },
  );
  invalidateTeam(deps, codes);
  const entrega = await deliverActivation(channel, {
    email,
    token: account.token,
    why: 'asesor(a) de municipios',
  });
  return { usuarioId: account.usuarioId, email, cuentaNueva: account.nueva, ...entrega };
}

/** Ends an advisor's grant in one municipality. */
export async function revokeAdvisor(
  deps: Deps,
  input: { actor: SessionUser; usuarioId: string; codigo: string },
) {
  if (!/^[0-9a-f-]{36}$/.test(input.usuarioId)) throw notFound();
  await deps.db.withContext({ plataforma: true, usuario: input.actor.id }, async (tx) => {
    const deleted = await tx
      .delete(membresias)
      .where(
        and(
          eq(membresias.municipalityId, input.codigo),
          eq(membresias.usuarioId, input.usuarioId),
          eq(membresias.rol, 'asesor'),
        ),
      )
      .returning({ usuarioId: membresias.usuarioId });
    if (deleted.length === 0) throw notFound();
    const [who] = rowsOf<{ email: string }>(
      await tx.execute(sql`SELECT email FROM usuarios WHERE id = ${input.usuarioId}`),
    );
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'equipo.quitar',
      objeto: `usuario:${input.usuarioId}`,
      detalle: { email: who?.email ?? '', rol: 'asesor' },
      ocurridoEn: deps.clock.now(),
    });
  });
  invalidateTeam(deps, [input.codigo]);
}
