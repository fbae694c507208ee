import { randomUUID } from 'node:crypto';

import {
  appendAudit,
  conceptosRevision,
  evidencias,
  itemsProceso,
  membresias,
  procesos,
  type Tx,
} from '@ruta-pot/db';
import {
  assertTransition,
  DomainError,
  ITEM_LIFECYCLE,
  itemActorsOf,
  type ItemState,
  PROCESS_LIFECYCLE,
  processAcceptsWork,
  type ResponsibleRole,
} from '@ruta-pot/domain';
import { and, eq, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { permissionsFor } from './permissions';
import type { Requester } from './process-service';
import { currentStage } from './process-view';

export interface ItemChange {
  estado?: ItemState | undefined;
  responsableId?: string | null | undefined;
  /** Role that owns the item; may differ from the roles of the person assigned (the view warns). */
  responsableRol?: ResponsibleRole | null | undefined;
  venceEl?: string | null | undefined;
  motivoNoAplica?: string | undefined;
  /** Version the user saw; another save in between is a conflict (409), never a silent overwrite. */
  version: number;
}

interface ItemKey {
  procesoId: string;
  itemId: string;
}

/**
 * The move from the item's state to `to` must be in ITEM_LIFECYCLE for one of the requester's
 * roles: a wrong move is 400 with the lifecycle's Spanish reason, a role without it is 403.
 */
function assertItemMove(requester: Requester, from: string, to: ItemState) {
  try {
    assertTransition(ITEM_LIFECYCLE, {
      from: from as ItemState,
      to,
      roles: itemActorsOf(requester.roles, requester.admin),
    });
  } catch (error) {
    if (error instanceof DomainError)
      throw new AppError(
        error.details?.motivo === 'rol' ? 'prohibido' : 'entrada_invalida',
        error.message,
      );
    throw error;
  }
}

/**
 * A filed, adopted or archived process has a closed checklist (PROCESS_LIFECYCLE): what the
 * Concejo studies is what was filed. Read under the item's lock, after it.
 */
async function assertProcessOpen(tx: Tx, input: { codigo: string; procesoId: string }) {
  const [proceso] = await tx
    .select({ estado: procesos.estado })
    .from(procesos)
    .where(and(eq(procesos.municipalityId, input.codigo), eq(procesos.id, input.procesoId)));
  if (proceso && !processAcceptsWork(proceso.estado))
    throw new AppError(
      'conflicto',
      `El proceso está «${PROCESS_LIFECYCLE.labels[proceso.estado as 'en_curso'] ?? proceso.estado}»: su lista de chequeo ya no se modifica.`,
    );
}

/** Locks one checklist item of the municipality for the rest of the transaction (404 if absent). */
export async function lockItem(tx: Tx, input: { codigo: string } & ItemKey) {
  const [item] = await tx
    .select()
    .from(itemsProceso)
    .where(
      and(
        eq(itemsProceso.municipalityId, input.codigo),
        eq(itemsProceso.procesoId, input.procesoId),
        eq(itemsProceso.id, input.itemId),
      ),
    )
    .for('update');
  if (!item) throw notFound();
  return item;
}

/** Keeps the process' current stage in step with its checklist (the national overview reads it). */
async function refreshStage(tx: Tx, input: { codigo: string; procesoId: string }) {
  const items = await tx
    .select({
      etapa: itemsProceso.etapa,
      requerido: itemsProceso.requerido,
      estado: itemsProceso.estado,
    })
    .from(itemsProceso)
    .where(
      and(
        eq(itemsProceso.municipalityId, input.codigo),
        eq(itemsProceso.procesoId, input.procesoId),
      ),
    );
  await tx
    .update(procesos)
    .set({ etapaActual: currentStage(items) })
    .where(and(eq(procesos.municipalityId, input.codigo), eq(procesos.id, input.procesoId)));
}

/**
 * Only someone with a seat in the municipality can own one of its items. Any id that is not a
 * member (another municipality's user, an unknown id) gets the same answer, so nothing leaks.
 */
async function assertMember(tx: Tx, input: { codigo: string; usuarioId: string }) {
  const [member] = await tx
    .select({ usuarioId: membresias.usuarioId })
    .from(membresias)
    .where(
      and(eq(membresias.municipalityId, input.codigo), eq(membresias.usuarioId, input.usuarioId)),
    )
    .limit(1);
  if (!member) {
    throw new AppError(
      'entrada_invalida',
      'La persona elegida no participa en este municipio. Elija un responsable de la lista de participantes.',
    );
  }
}

/** What an item change records in the audit chain: the fields users edit (ids, not names). */
function auditedFields(item: typeof itemsProceso.$inferSelect) {
  return {
    estado: item.estado,
    venceEl: item.venceEl,
    responsableId: item.responsableId,
    responsableRol: item.responsableRol,
  };
}

/**
 * Changes an item's status, owner (person and role) or due date, by role, with optimistic
 * concurrency and audit.
 */
export async function updateItem(
  deps: Deps,
  input: { requester: Requester; key: ItemKey; change: ItemChange },
) {
  const { requester, key, change } = input;
  const can = permissionsFor(requester.roles, requester.admin);
  if (change.estado === 'aprobado' && !can.aprobar) {
    throw new AppError(
      'prohibido',
      'La aprobación de un producto la da el interventor con su concepto, o la alcaldía o la oficina de planeación.',
    );
  }
  if (change.estado === 'no_aplica' && !(change.motivoNoAplica ?? '').trim()) {
    throw new AppError('entrada_invalida', 'Para marcar «no aplica» escriba el motivo.');
  }
  return deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const item = await lockItem(tx, { codigo: requester.codigo, ...key });
      await assertProcessOpen(tx, { codigo: requester.codigo, procesoId: key.procesoId });
      if (item.version !== change.version) {
        throw new AppError(
          'conflicto',
          'Otra persona cambió este ítem mientras usted editaba. Recargue para ver los cambios y vuelva a intentarlo.',
          {
            versionActual: item.version,
          },
        );
      }
      if (change.estado && change.estado !== item.estado)
        assertItemMove(requester, item.estado, change.estado);
      if (change.responsableId && change.responsableId !== item.responsableId) {
        await assertMember(tx, { codigo: requester.codigo, usuarioId: change.responsableId });
      }
      const values = {
        ...(change.estado ? { estado: change.estado } : {}),
        ...(change.estado
          ? { motivoNoAplica: change.estado === 'no_aplica' ? change.motivoNoAplica!.trim() : null }
          : {}),
        ...(change.responsableId !== undefined ? { responsableId: change.responsableId } : {}),
        ...(change.responsableRol !== undefined ? { responsableRol: change.responsableRol } : {}),
        ...(change.venceEl !== undefined ? { venceEl: change.venceEl } : {}),
        version: item.version + 1,
        actualizadoEn: deps.clock.now(),
        actualizadoPor: requester.userId,
      };
      const [saved] = await tx
        .update(itemsProceso)
        .set(values)
        .where(
          and(
            eq(itemsProceso.municipalityId, requester.codigo),
            eq(itemsProceso.procesoId, key.procesoId),
            eq(itemsProceso.id, key.itemId),
          ),
        )
        .returning();
      await refreshStage(tx, { codigo: requester.codigo, procesoId: key.procesoId });
      await appendAudit(tx, {
        municipalityId: requester.codigo,
        actorId: requester.userId,
        actor: requester.email,
        accion: 'item.actualizar',
        objeto: `item:${key.procesoId}/${key.itemId}`,
        detalle: {
          antes: auditedFields(item),
          despues: auditedFields(saved!),
          version: saved!.version,
        },
        ocurridoEn: deps.clock.now(),
      });
      return saved!;
    },
  );
}

export interface Verdict {
  calidad: 'cumple' | 'cumple_parcialmente' | 'no_cumple';
  suficiencia: 'cumple' | 'cumple_parcialmente' | 'no_cumple';
  pertinencia: 'cumple' | 'cumple_parcialmente' | 'no_cumple';
  comentarios: string;
  decision: 'aprobado' | 'devuelto';
}

/**
 * The supervisor's verdict: approves the product or returns it to the consultant. Approval needs
 * all three criteria met and at least one evidence file (nothing is approved on faith).
 */
export async function addVerdict(
  deps: Deps,
  input: { requester: Requester; key: ItemKey; verdict: Verdict },
) {
  const { requester, key, verdict } = input;
  if (
    verdict.decision === 'aprobado' &&
    [verdict.calidad, verdict.suficiencia, verdict.pertinencia].some((v) => v !== 'cumple')
  ) {
    throw new AppError(
      'entrada_invalida',
      'Para aprobar, la calidad, la suficiencia y la pertinencia deben cumplir; si no, devuelva el producto con sus comentarios.',
    );
  }
  return deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const item = await lockItem(tx, { codigo: requester.codigo, ...key });
      await assertProcessOpen(tx, { codigo: requester.codigo, procesoId: key.procesoId });
      // Only a product in review can be rated; a return sends it to «devuelto», not «en curso».
      assertItemMove(requester, item.estado, verdict.decision);
      if (verdict.decision === 'aprobado') {
        // Counted under the item's lock, so an approval always sees the evidence it approves.
        const [files] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(evidencias)
          .where(
            and(
              eq(evidencias.municipalityId, requester.codigo),
              eq(evidencias.procesoId, key.procesoId),
              eq(evidencias.itemId, key.itemId),
            ),
          );
        if ((files?.n ?? 0) === 0) {
          throw new AppError(
            'entrada_invalida',
            'No se puede aprobar un producto sin documento cargado.',
          );
        }
      }
      const now = deps.clock.now();
      await tx.insert(conceptosRevision).values({
        municipalityId: requester.codigo,
        id: randomUUID(),
        procesoId: key.procesoId,
        itemId: key.itemId,
        revisorId: requester.userId,
        ...verdict,
        comentarios: verdict.comentarios.trim(),
        emitidoEn: now,
      });
      await tx
        .update(itemsProceso)
        .set({
          estado: verdict.decision,
          version: item.version + 1,
          actualizadoEn: now,
          actualizadoPor: requester.userId,
        })
        .where(
          and(
            eq(itemsProceso.municipalityId, requester.codigo),
            eq(itemsProceso.procesoId, key.procesoId),
            eq(itemsProceso.id, key.itemId),
          ),
        );
      await refreshStage(tx, { codigo: requester.codigo, procesoId: key.procesoId });
      await appendAudit(tx, {
        municipalityId: requester.codigo,
        actorId: requester.userId,
        actor: requester.email,
        accion: verdict.decision === 'aprobado' ? 'item.aprobar' : 'item.devolver',
        objeto: `item:${key.procesoId}/${key.itemId}`,
        detalle: {
          calidad: verdict.calidad,
          suficiencia: verdict.suficiencia,
          pertinencia: verdict.pertinencia,
        },
        ocurridoEn: now,
      });
    },
  );
}
