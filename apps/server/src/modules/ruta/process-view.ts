import {
  archivos,
  conceptosRevision,
  eventosTramite,
  evidenceFile,
  evidencias,
  itemsProceso,
  membresias,
  procesos,
  type Tx,
  usuarios,
} from '@ruta-pot/db';
import {
  checkConcejoFilingGate,
  type ConsultaPrevia,
  type GateEvent,
  type GateItem,
  type IsoDate,
  responsibleFor,
  STAGES,
} from '@ruta-pot/domain';
import { and, asc, eq } from 'drizzle-orm';

import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import type { Deps } from '../../http/types';
import { readParticipationRecord } from '../participacion/gate-service';
import { buildAlerts } from './alerts';
import { firstEventPage } from './event-list';
import { permissionsOnProcess } from './permissions';
import { REVISION_LABELS } from './revision-labels';

type ItemRow = typeof itemsProceso.$inferSelect;

/**
 * Lists that grow with use are sent as a bounded window (their newest rows) with the total, so the
 * process view stays small however long the process runs (issue 12). Events page on through
 * `GET …/procesos/{procesoId}/eventos`; computations that need every row (the filing gate, the
 * alerts) run here over the full set and only their result is sent.
 */
export const VIEW_LIMITS = {
  /** Evidence versions per item (the newest ones, sent oldest first as before). */
  evidencias: 10,
  /** Supervisor verdicts per item (the newest ones). */
  conceptos: 10,
  /** Overdue and upcoming alerts, each (the soonest ones). */
  alertas: 50,
} as const;

/** The stage where work is: the first one with a required item neither approved nor ruled out. */
export function currentStage(
  items: readonly Pick<ItemRow, 'etapa' | 'requerido' | 'estado'>[],
): string {
  for (const stage of STAGES) {
    if (
      items.some(
        (i) =>
          i.etapa === stage.id &&
          i.requerido &&
          i.estado !== 'aprobado' &&
          i.estado !== 'no_aplica',
      )
    )
      return stage.id;
  }
  return 'seguimiento';
}

/** Why the motor suggests an owner for the item, with its legal basis (null for unknown ids). */
function suggestedOwner(itemId: string) {
  const found = responsibleFor(itemId);
  if (!found) return null;
  return {
    rol: found.role,
    rolDirecto: found.directRole ?? null,
    base: found.basis,
    nota: found.note,
    citas: found.citations,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Loads everything about one process inside the municipality's transaction. */
export async function loadProcessRows(
  tx: Tx,
  input: { codigo: string; procesoId: string; today: IsoDate },
) {
  const scope = (table: { municipalityId: unknown; procesoId: unknown }) =>
    and(
      eq(table.municipalityId as never, input.codigo),
      eq(table.procesoId as never, input.procesoId),
    );
  const [proceso] = await tx
    .select()
    .from(procesos)
    .where(and(eq(procesos.municipalityId, input.codigo), eq(procesos.id, input.procesoId)));
  if (!proceso) return null;
  // One statement at a time: a transaction is one connection, and node-postgres refuses to
  // overlap queries on it (PGlite would serialize them anyway).
  const items = await tx
    .select()
    .from(itemsProceso)
    .where(scope(itemsProceso))
    .orderBy(asc(itemsProceso.orden));
  const files = await tx
    .select({ evidencia: evidencias, archivo: archivos, autor: usuarios.nombre })
    .from(evidencias)
    .innerJoin(archivos, evidenceFile)
    .innerJoin(usuarios, eq(usuarios.id, evidencias.subidoPor))
    .where(scope(evidencias))
    .orderBy(asc(evidencias.version));
  const verdicts = await tx
    .select({ concepto: conceptosRevision, revisor: usuarios.nombre })
    .from(conceptosRevision)
    .innerJoin(usuarios, eq(usuarios.id, conceptosRevision.revisorId))
    .where(scope(conceptosRevision))
    .orderBy(asc(conceptosRevision.emitidoEn));
  const events = await tx
    .select()
    .from(eventosTramite)
    .where(scope(eventosTramite))
    .orderBy(asc(eventosTramite.fecha));
  const people = await tx
    .select({ usuarioId: usuarios.id, nombre: usuarios.nombre, rol: membresias.rol })
    .from(membresias)
    .innerJoin(usuarios, eq(usuarios.id, membresias.usuarioId))
    .where(eq(membresias.municipalityId, input.codigo))
    .orderBy(asc(usuarios.nombre));
  const participation = await readParticipationRecord(tx, input);
  return { proceso, items, files, verdicts, events, people, participation };
}

export type ProcessRows = NonNullable<Awaited<ReturnType<typeof loadProcessRows>>>;

/** The process as the API returns it: stages with their checklists, events, alerts and the gate. */
export function presentProcess(
  deps: Deps,
  input: { rows: ProcessRows; roles: MunicipalRole[]; admin: boolean; today: IsoDate },
) {
  const { proceso, items, files, verdicts, events, people } = input.rows;
  const names = new Map(people.map((p) => [p.usuarioId, p.nombre]));
  // One membership row per (person, role): a person may hold several roles.
  const seats = new Set(people.map((p) => `${p.usuarioId}:${p.rol}`));
  // Rows come oldest first; per item, the window keeps the newest ones, still oldest first.
  const filesByItem = groupBy(files, (f) => f.evidencia.itemId);
  const verdictsByItem = groupBy(verdicts, (v) => v.concepto.itemId);
  const itemFiles = (id: string) => filesByItem.get(id) ?? [];
  const itemVerdicts = (id: string) => verdictsByItem.get(id) ?? [];
  const presentItem = (item: ItemRow) => ({
    id: item.id,
    etapa: item.etapa,
    nombre: item.nombre,
    descripcion: item.descripcion,
    requerido: item.requerido,
    condicion: item.condicion,
    escalas: item.escalas,
    citas: item.citas,
    responsable: item.responsableId
      ? { id: item.responsableId, nombre: names.get(item.responsableId) ?? '' }
      : null,
    responsableRol: item.responsableRol,
    /** Null when there is no person or no role; false tells the UI to warn, never to refuse. */
    responsableTieneRol:
      item.responsableId && item.responsableRol
        ? seats.has(`${item.responsableId}:${item.responsableRol}`)
        : null,
    rolSugerido: suggestedOwner(item.id),
    venceEl: item.venceEl,
    estado: item.estado,
    motivoNoAplica: item.motivoNoAplica,
    version: item.version,
    evidencias: itemFiles(item.id)
      .slice(-VIEW_LIMITS.evidencias)
      .map((f) => ({
        id: f.evidencia.id,
        version: f.evidencia.version,
        nombreArchivo: f.evidencia.nombreArchivo,
        sha256: f.evidencia.sha256,
        bytes: f.archivo.bytes,
        tipoMime: f.archivo.tipoMime,
        subidoPor: f.autor,
        subidoEn: f.evidencia.subidoEn.toISOString(),
      })),
    evidenciasTotal: itemFiles(item.id).length,
    conceptos: itemVerdicts(item.id)
      .slice(-VIEW_LIMITS.conceptos)
      .map((v) => ({
        ...v.concepto,
        revisor: v.revisor,
        emitidoEn: v.concepto.emitidoEn.toISOString(),
      })),
    conceptosTotal: itemVerdicts(item.id).length,
  });
  const presented = items.map(presentItem);
  const gateItems: GateItem[] = presented.map((i) => ({
    id: i.id,
    estado: i.estado as GateItem['estado'],
    evidencias: i.evidenciasTotal,
  }));
  const eventPage = firstEventPage(events);
  // Annulled events stay in the history but start no term and satisfy no requirement.
  const active = events.filter((e) => !e.anuladoEn);
  const alerts = buildAlerts({ items: presented, events: active, today: input.today });
  const gateEvents: GateEvent[] = active.map((e) => ({
    tipo: e.tipo as GateEvent['tipo'],
    fecha: e.fecha as IsoDate,
  }));
  return {
    id: proceso.id,
    tipoRevision: proceso.tipoRevision,
    tipoRevisionEtiqueta: REVISION_LABELS[proceso.tipoRevision] ?? proceso.tipoRevision,
    tipoPlan: proceso.tipoPlan,
    estado: proceso.estado,
    etapaActual: proceso.etapaActual,
    iniciadoEn: proceso.iniciadoEn.toISOString(),
    fechaBase: proceso.fechaBase,
    version: proceso.version,
    etapas: STAGES.map((stage) => {
      const stageItems = presented.filter((i) => i.etapa === stage.id);
      return {
        id: stage.id,
        nombre: stage.name,
        items: stageItems,
        progreso: {
          total: stageItems.length,
          aprobados: stageItems.filter((i) => i.estado === 'aprobado').length,
          noAplica: stageItems.filter((i) => i.estado === 'no_aplica').length,
          enCurso: stageItems.filter((i) =>
            ['en_curso', 'en_revision', 'devuelto'].includes(i.estado),
          ).length,
        },
      };
    }),
    eventos: eventPage.eventos,
    eventosTotal: eventPage.total,
    /** Cursor for `GET …/eventos?antesDe=`; null when `eventos` already holds every event. */
    eventosSiguiente: eventPage.siguiente,
    alertas: {
      vencidos: alerts.vencidos.slice(0, VIEW_LIMITS.alertas),
      proximos: alerts.proximos.slice(0, VIEW_LIMITS.alertas),
      totalVencidos: alerts.vencidos.length,
      totalProximos: alerts.proximos.length,
    },
    consultaPrevia: {
      decision: proceso.consultaPrevia,
      motivo: proceso.consultaPreviaMotivo,
    },
    compuerta: checkConcejoFilingGate({
      items: gateItems,
      events: gateEvents,
      asOf: input.today,
      calendar: deps.calendar,
      consultaPrevia: proceso.consultaPrevia as ConsultaPrevia,
      participation: input.rows.participation,
    }),
    participantes: people.map((p) => ({
      ...p,
      rolEtiqueta: ROLE_LABELS[p.rol as MunicipalRole] ?? p.rol,
    })),
    permisos: permissionsOnProcess(input.roles, input.admin, proceso.estado),
  };
}
