import { randomUUID } from 'node:crypto';

import {
  appendAudit,
  autorizacionesDatos,
  PLATFORM_SCOPE,
  rowsOf,
  solicitudesDatos,
  type Tx,
} from '@ruta-pot/db';
import {
  DATA_LAW,
  DATA_POLICY,
  DATA_REQUEST_LABELS,
  dataRequestDue,
  type DataRequestKind,
  type IsoDate,
} from '@ruta-pot/domain';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import { AppError, notFound } from '../../http/errors';
import type { Deps, SessionUser } from '../../http/types';

/** The policy in force, as the public page and the sign-up form show it. */
export const publicPolicy = () => ({
  version: DATA_POLICY.version,
  titulo: DATA_POLICY.titulo,
  parrafos: [...DATA_POLICY.parrafos],
  fuentes: DATA_LAW.map((c) => ({ ...c })),
});

/** Refuses a sign-up that did not accept the policy in force (Ley 1581 art. 9: prior, express). */
export function assertAcceptsPolicy(version: string | undefined) {
  if (version !== DATA_POLICY.version)
    throw new AppError(
      'entrada_invalida',
      `Para crear la cuenta lea y acepte la política de tratamiento de datos personales vigente (versión ${DATA_POLICY.version}).`,
    );
}

/** Records that a person accepted the policy in force, now (idempotent per version). */
export async function recordConsent(tx: Tx, input: { usuarioId: string; now: Date }) {
  await tx
    .insert(autorizacionesDatos)
    .values({ usuarioId: input.usuarioId, version: DATA_POLICY.version, aceptadaEn: input.now })
    .onConflictDoUpdate({
      target: [autorizacionesDatos.usuarioId, autorizacionesDatos.version],
      set: { aceptadaEn: input.now, revocadaEn: null },
    });
}

/** My personal data: the version I accepted (or none), and my requests with their due dates. */
export async function myPersonalData(deps: Deps, user: SessionUser) {
  return deps.db.withContext({ usuario: user.id }, async (tx) => {
    const [accepted] = await tx
      .select()
      .from(autorizacionesDatos)
      .where(eq(autorizacionesDatos.usuarioId, user.id))
      .orderBy(desc(autorizacionesDatos.aceptadaEn))
      .limit(1);
    const requests = await tx
      .select()
      .from(solicitudesDatos)
      .where(eq(solicitudesDatos.usuarioId, user.id))
      .orderBy(desc(solicitudesDatos.creadaEn));
    return {
      versionVigente: DATA_POLICY.version,
      autorizacion: accepted
        ? {
            version: accepted.version,
            aceptadaEn: accepted.aceptadaEn.toISOString(),
            revocadaEn: accepted.revocadaEn?.toISOString() ?? null,
          }
        : null,
      solicitudes: requests.map((r) => ({
        id: r.id,
        tipo: r.tipo,
        tipoEtiqueta: DATA_REQUEST_LABELS[r.tipo as DataRequestKind] ?? r.tipo,
        detalle: r.detalle,
        recibidaEl: r.recibidaEl,
        venceEl: r.venceEl,
        estado: r.estado,
      })),
    };
  });
}

/** An existing account (staff created before the policy) accepts the version in force. */
export async function acceptPolicy(deps: Deps, input: { user: SessionUser; version: string }) {
  assertAcceptsPolicy(input.version);
  const now = deps.clock.now();
  await deps.db.withContext({ usuario: input.user.id, plataforma: true }, async (tx) => {
    await recordConsent(tx, { usuarioId: input.user.id, now });
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.user.id,
      actor: input.user.email,
      accion: 'datos.autorizar',
      objeto: `usuario:${input.user.id}`,
      detalle: { version: DATA_POLICY.version },
      ocurridoEn: now,
    });
  });
}

/**
 * A request about my data, due in 10 business days (consulta) or 15 (reclamo). A revocation also
 * marks the authorisation revoked at once; the answer (and any deletion) follows within the term.
 */
export async function fileDataRequest(
  deps: Deps,
  input: { user: SessionUser; tipo: DataRequestKind; detalle: string },
) {
  const now = deps.clock.now();
  const receivedOn = todayInColombia(deps.clock) as IsoDate;
  const venceEl = dataRequestDue({ kind: input.tipo, receivedOn, calendar: deps.calendar });
  const id = randomUUID();
  await deps.db.withContext({ usuario: input.user.id, plataforma: true }, async (tx) => {
    await tx.insert(solicitudesDatos).values({
      id,
      usuarioId: input.user.id,
      tipo: input.tipo,
      detalle: input.detalle.trim(),
      recibidaEl: receivedOn,
      venceEl,
      estado: 'recibida',
      creadaEn: now,
    });
    if (input.tipo === 'revocatoria')
      await tx
        .update(autorizacionesDatos)
        .set({ revocadaEn: now })
        .where(
          and(
            eq(autorizacionesDatos.usuarioId, input.user.id),
            isNull(autorizacionesDatos.revocadaEn),
          ),
        );
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.user.id,
      actor: input.user.email,
      accion: `datos.solicitud_${input.tipo}`,
      objeto: `solicitud:${id}`,
      detalle: { venceEl },
      ocurridoEn: now,
    });
  });
  return { id, venceEl };
}

/** Every data request, the oldest due first, for the platform console. */
export async function listDataRequests(deps: Deps) {
  return deps.db.withContext({ plataforma: true }, async (tx) =>
    rowsOf<{
      id: string;
      email: string;
      nombre: string;
      tipo: string;
      detalle: string;
      recibidaEl: string;
      venceEl: string;
      estado: string;
    }>(
      await tx.execute(sql`SELECT s.id, u.email, u.nombre, s.tipo, s.detalle,
          to_char(s.recibida_el, 'YYYY-MM-DD') AS "recibidaEl", to_char(s.vence_el, 'YYYY-MM-DD') AS "venceEl", s.estado
        FROM solicitudes_datos s JOIN usuarios u ON u.id = s.usuario_id
        ORDER BY (s.estado = 'respondida'), s.vence_el, s.creada_en LIMIT 200`),
    ).map((r) => ({
      ...r,
      tipoEtiqueta: DATA_REQUEST_LABELS[r.tipo as DataRequestKind] ?? r.tipo,
    })),
  );
}

/** The platform marks a request answered (the answer itself goes to the person by mail or letter). */
export async function markDataRequestAnswered(
  deps: Deps,
  input: { actor: SessionUser; id: string },
) {
  if (!/^[0-9a-f-]{36}$/.test(input.id)) throw notFound();
  await deps.db.withContext({ plataforma: true, usuario: input.actor.id }, async (tx) => {
    const updated = await tx
      .update(solicitudesDatos)
      .set({ estado: 'respondida' })
      .where(eq(solicitudesDatos.id, input.id))
      .returning({ id: solicitudesDatos.id });
    if (updated.length === 0) throw notFound();
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'datos.responder',
      objeto: `solicitud:${input.id}`,
      ocurridoEn: deps.clock.now(),
    });
  });
}
