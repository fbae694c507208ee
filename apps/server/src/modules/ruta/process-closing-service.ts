import { appendAudit, eventosTramite, procesos } from '@ruta-pot/db';
import {
  adoptionActType,
  type AdoptionVia,
  ARCHIVE_REASON_LABELS,
  type ArchiveReason,
  checkAdoption,
  checkArchive,
  type IsoDate,
  parseIsoDate,
  type ProcessState,
  type RevisionType,
} from '@ruta-pot/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { insertAct } from '../plan/acts-service';
import { insertEvent } from './event-service';
import { assertProcessMove } from './permissions';
import { processById, type Requester } from './process-service';

/** How the office ends a process: the adoption it registers, or why it archives it. */
export type ClosingRequest =
  | {
      accion: 'registrar_adopcion';
      version: number;
      via: AdoptionVia;
      instrumento: string;
      fecha: string;
      sinNegacionExpresa?: boolean | undefined;
    }
  | { accion: 'archivar'; version: number; motivo: ArchiveReason; nota?: string | undefined };

const VIA_LABEL: Record<AdoptionVia, string> = {
  acuerdo_concejo: 'acuerdo del Concejo',
  decreto_alcalde: 'decreto del alcalde',
};

/**
 * Registers how a revision process ends, through PROCESS_LIFECYCLE (issue 17): its adoption
 * (the act joins the plan's history, so the plan's vigencias are computed from it, and the
 * Concejo's decision is recorded as a procedure event) or its archiving with the reason. All in
 * one transaction, audited; a stale version is refused with 409, as every edit of the process.
 */
export async function closeProcess(
  deps: Deps,
  input: { requester: Requester; procesoId: string; cierre: ClosingRequest },
) {
  const { requester, procesoId, cierre } = input;
  await deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const where = and(eq(procesos.municipalityId, requester.codigo), eq(procesos.id, procesoId));
      const [proceso] = await tx
        .select({
          estado: procesos.estado,
          version: procesos.version,
          tipoRevision: procesos.tipoRevision,
        })
        .from(procesos)
        .where(where);
      if (!proceso) throw notFound();
      if (proceso.version !== cierre.version)
        throw new AppError(
          'conflicto',
          'Otra persona cambió el proceso mientras usted lo veía: recargue la página e inténtelo de nuevo.',
        );
      const from = proceso.estado as ProcessState;
      const to: ProcessState = cierre.accion === 'archivar' ? 'archivado' : 'adoptado';
      assertProcessMove(requester, { from, to });
      const now = deps.clock.now();
      const actor = { id: requester.userId, email: requester.email };
      let detalle: Record<string, unknown>;
      if (cierre.accion === 'registrar_adopcion') {
        const fecha = parseIsoDate(cierre.fecha);
        const [filed] = await tx
          .select({ fecha: eventosTramite.fecha })
          .from(eventosTramite)
          .where(
            and(
              eq(eventosTramite.municipalityId, requester.codigo),
              eq(eventosTramite.procesoId, procesoId),
              eq(eventosTramite.tipo, 'radicacion_concejo'),
              isNull(eventosTramite.anuladoEn),
            ),
          )
          .orderBy(desc(eventosTramite.fecha))
          .limit(1);
        const check = checkAdoption({
          via: cierre.via,
          fecha,
          radicadoEl: (filed?.fecha as IsoDate | undefined) ?? null,
          sinNegacionExpresa: cierre.sinNegacionExpresa === true,
          calendar: deps.calendar,
        });
        if (!check.ok) throw new AppError('entrada_invalida', check.motivo, { citas: check.citas });
        const acto = await insertAct(tx, deps, {
          codigo: requester.codigo,
          actor,
          acto: {
            tipo: adoptionActType(proceso.tipoRevision as RevisionType),
            instrumento: cierre.instrumento,
            fecha,
            emisor: cierre.via === 'acuerdo_concejo' ? 'Concejo municipal' : 'Alcaldía municipal',
          },
        });
        if (cierre.via === 'acuerdo_concejo')
          await insertEvent(tx, deps, {
            requester,
            procesoId,
            tipo: 'decision_concejo',
            fecha,
            nota: `Aprobado: ${acto.instrumento}.`,
          });
        detalle = { via: cierre.via, instrumento: acto.instrumento, fecha, actoId: acto.id };
      } else {
        const check = checkArchive({ from, reason: cierre.motivo });
        if (!check.ok) throw new AppError('entrada_invalida', check.motivo, { citas: check.citas });
        const nota = cierre.nota?.trim() || undefined;
        if (cierre.motivo === 'negado_concejo')
          await insertEvent(tx, deps, {
            requester,
            procesoId,
            tipo: 'decision_concejo',
            fecha: todayInColombia(deps.clock),
            nota: `Negación expresa del proyecto.${nota ? ` ${nota}` : ''}`,
          });
        detalle = { motivo: cierre.motivo, ...(nota ? { nota } : {}) };
      }
      await tx
        .update(procesos)
        .set({ estado: to, version: proceso.version + 1 })
        .where(where);
      await appendAudit(tx, {
        municipalityId: requester.codigo,
        actorId: requester.userId,
        actor: requester.email,
        accion: `proceso.${cierre.accion}`,
        objeto: `proceso:${procesoId}`,
        detalle: {
          ...detalle,
          resumen:
            cierre.accion === 'archivar'
              ? ARCHIVE_REASON_LABELS[cierre.motivo]
              : `Adoptado por ${VIA_LABEL[cierre.via]}`,
        },
        ocurridoEn: now,
      });
    },
  );
  return processById(deps, { requester, procesoId });
}
