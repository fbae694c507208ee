import { randomUUID } from 'node:crypto';

import { appendAudit, eventosTramite, procesos, type Tx } from '@ruta-pot/db';
import {
  checkConcejoFilingGate,
  checkEventOrder,
  computeDeadline,
  type EventOrderProblem,
  type IsoDate,
  parseIsoDate,
  PROCESS_LIFECYCLE,
  processEventKind,
  type ProcessState,
} from '@ruta-pot/domain';
import { and, eq, isNull } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { assertProcessMove } from './permissions';
import { processById, type Requester } from './process-service';
import { loadProcessRows } from './process-view';

interface EventInsert {
  requester: Requester;
  procesoId: string;
  tipo: string;
  fecha: string;
  nota?: string | undefined;
  /** The annulled event this one corrects. */
  reemplazaA?: string | undefined;
}

/**
 * What the law's order says about this event (arts. 24–25 Ley 388, art. 2 Ley 507): an impossible
 * order refuses the record with the norm; a doubtful one is recorded and returned as a warning.
 */
async function orderProblems(tx: Tx, input: EventInsert & { fecha: IsoDate }) {
  const previous = await tx
    .select({ tipo: eventosTramite.tipo, fecha: eventosTramite.fecha })
    .from(eventosTramite)
    .where(
      and(
        eq(eventosTramite.municipalityId, input.requester.codigo),
        eq(eventosTramite.procesoId, input.procesoId),
        isNull(eventosTramite.anuladoEn),
      ),
    );
  const problems = checkEventOrder({
    tipo: input.tipo as Parameters<typeof checkEventOrder>[0]['tipo'],
    fecha: input.fecha,
    previous,
  });
  const blocking = problems.filter((p) => p.nivel === 'bloquea');
  if (blocking.length > 0)
    throw new AppError('requisitos_faltantes', blocking.map((p) => p.mensaje).join(' '), {
      problemas: blocking,
    });
  return problems;
}

/** Inserts one event with its computed legal term and audit entry, in the caller's transaction. */
export async function insertEvent(tx: Tx, deps: Deps, input: EventInsert) {
  const { requester } = input;
  const kind = processEventKind(input.tipo);
  if (!kind) throw new AppError('entrada_invalida', `Tipo de evento desconocido: «${input.tipo}».`);
  const fecha = parseIsoDate(input.fecha);
  if (fecha > todayInColombia(deps.clock))
    throw new AppError('entrada_invalida', 'La fecha del evento no puede ser futura.');
  const advertencias: EventOrderProblem[] = await orderProblems(tx, { ...input, fecha });
  const deadline = kind.tramite
    ? computeDeadline({ procedure: kind.tramite, from: fecha, calendar: deps.calendar })
    : null;
  const now = deps.clock.now();
  const row = {
    municipalityId: requester.codigo,
    id: randomUUID(),
    procesoId: input.procesoId,
    tipo: kind.tipo,
    fecha,
    tramite: kind.tramite,
    venceEl: deadline?.dueOn ?? null,
    tipoDias: deadline?.dayKind ?? null,
    citas: [...kind.citas, ...(deadline?.citations ?? [])],
    nota: input.nota?.trim() || null,
    registradoPor: requester.userId,
    registradoEn: now,
    reemplazaA: input.reemplazaA ?? null,
  };
  await tx.insert(eventosTramite).values(row);
  await appendAudit(tx, {
    municipalityId: requester.codigo,
    actorId: requester.userId,
    actor: requester.email,
    accion: 'evento.registrar',
    objeto: `proceso:${input.procesoId}`,
    detalle: {
      tipo: kind.tipo,
      fecha,
      venceEl: row.venceEl,
      ...(input.reemplazaA ? { corrige: input.reemplazaA } : {}),
      ...(advertencias.length > 0 ? { advertencias: advertencias.map((a) => a.mensaje) } : {}),
    },
    ocurridoEn: now,
  });
  return {
    ...row,
    etiqueta: kind.etiqueta,
    queVence: kind.vence,
    registradoEn: now.toISOString(),
    advertencias,
  };
}

/**
 * Annuls an event with a reason: it stays in the history, marked, and stops counting for terms,
 * alerts and the filing gate. With `correccion`, a new event (another date or note) replaces it in
 * the same transaction, so the process is never left without it. Filing before the Concejo is
 * recorded by the filing itself and is not annulled here.
 */
export async function annulEvent(
  deps: Deps,
  input: {
    requester: Requester;
    procesoId: string;
    eventoId: string;
    motivo: string;
    correccion?: { fecha: string; nota?: string | undefined } | undefined;
  },
) {
  const { requester } = input;
  const motivo = input.motivo.trim();
  if (motivo.length < 5)
    throw new AppError(
      'entrada_invalida',
      'Escriba el motivo de la anulación (al menos 5 caracteres).',
    );
  return deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const [event] = await tx
        .select()
        .from(eventosTramite)
        .where(
          and(
            eq(eventosTramite.municipalityId, requester.codigo),
            eq(eventosTramite.procesoId, input.procesoId),
            eq(eventosTramite.id, input.eventoId),
          ),
        )
        .for('update');
      if (!event) throw notFound();
      if (event.anuladoEn) throw new AppError('conflicto', 'Este evento ya estaba anulado.');
      if (event.tipo === 'radicacion_concejo')
        throw new AppError(
          'entrada_invalida',
          'La radicación ante el Concejo se registra al radicar el proyecto y no se anula desde aquí.',
        );
      const now = deps.clock.now();
      await tx
        .update(eventosTramite)
        .set({ anuladoEn: now, anuladoPor: requester.userId, motivoAnulacion: motivo })
        .where(
          and(
            eq(eventosTramite.municipalityId, requester.codigo),
            eq(eventosTramite.id, input.eventoId),
            isNull(eventosTramite.anuladoEn),
          ),
        );
      await appendAudit(tx, {
        municipalityId: requester.codigo,
        actorId: requester.userId,
        actor: requester.email,
        accion: input.correccion ? 'evento.corregir' : 'evento.anular',
        objeto: `proceso:${input.procesoId}`,
        detalle: { evento: input.eventoId, tipo: event.tipo, fecha: event.fecha, motivo },
        ocurridoEn: now,
      });
      if (!input.correccion) return null;
      return insertEvent(tx, deps, {
        requester,
        procesoId: input.procesoId,
        tipo: event.tipo,
        fecha: input.correccion.fecha,
        nota: input.correccion.nota ?? event.nota ?? undefined,
        reemplazaA: event.id,
      });
    },
  );
}

/**
 * Records a procedure event; when the event starts a legal term (radicación ante la CAR, entrega
 * al CTP, presentación al Concejo, peticiones) the due date is computed by the motor normativo.
 */
export async function recordEvent(
  deps: Deps,
  input: {
    requester: Requester;
    procesoId: string;
    event: { tipo: string; fecha: string; nota?: string | undefined };
  },
) {
  const { requester, event } = input;
  return deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const [proceso] = await tx
        .select({ estado: procesos.estado })
        .from(procesos)
        .where(
          and(eq(procesos.municipalityId, requester.codigo), eq(procesos.id, input.procesoId)),
        );
      if (!proceso) throw notFound();
      // An adopted or archived process is closed (PROCESS_LIFECYCLE): its record no longer grows.
      if (PROCESS_LIFECYCLE.terminal.includes(proceso.estado as ProcessState))
        throw new AppError(
          'conflicto',
          `El proceso está «${PROCESS_LIFECYCLE.labels[proceso.estado as ProcessState]}»: ya no se registran eventos en él.`,
        );
      return insertEvent(tx, deps, { requester, procesoId: input.procesoId, ...event });
    },
  );
}

/**
 * Marks the project as filed before the Concejo, only when the filing gate is open; otherwise
 * answers exactly which requirements are missing and which norm requires each one.
 */
export async function fileWithConcejo(
  deps: Deps,
  input: { requester: Requester; procesoId: string },
) {
  const { requester } = input;
  const today = todayInColombia(deps.clock) as IsoDate;
  await deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const rows = await loadProcessRows(tx, {
        codigo: requester.codigo,
        procesoId: input.procesoId,
        today,
      });
      if (!rows) throw notFound();
      assertProcessMove(requester, {
        from: rows.proceso.estado as ProcessState,
        to: 'radicado_concejo',
      });
      const gate = checkConcejoFilingGate({
        items: rows.items.map((i) => ({
          id: i.id,
          estado: i.estado as 'pendiente',
          evidencias: rows.files.filter((f) => f.evidencia.itemId === i.id).length,
        })),
        events: rows.events
          .filter((e) => !e.anuladoEn)
          .map((e) => ({
            tipo: e.tipo as 'radicacion_car',
            fecha: e.fecha as IsoDate,
          })),
        asOf: today,
        calendar: deps.calendar,
        participation: rows.participation,
      });
      if (!gate.ok) {
        throw new AppError(
          'requisitos_faltantes',
          `No se puede radicar ante el Concejo: faltan ${gate.faltantes.length} requisitos legales.`,
          { faltantes: gate.faltantes },
        );
      }
      const now = deps.clock.now();
      await tx
        .update(procesos)
        .set({ estado: 'radicado_concejo', version: rows.proceso.version + 1 })
        .where(
          and(eq(procesos.municipalityId, requester.codigo), eq(procesos.id, input.procesoId)),
        );
      await appendAudit(tx, {
        municipalityId: requester.codigo,
        actorId: requester.userId,
        actor: requester.email,
        accion: 'proceso.radicar_concejo',
        objeto: `proceso:${input.procesoId}`,
        detalle: { fecha: today },
        ocurridoEn: now,
      });
      await insertEvent(tx, deps, {
        requester,
        procesoId: input.procesoId,
        tipo: 'radicacion_concejo',
        fecha: today,
      });
    },
  );
  return processById(deps, { requester, procesoId: input.procesoId });
}
