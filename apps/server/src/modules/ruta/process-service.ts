import { randomUUID } from 'node:crypto';

import { appendAudit, itemsProceso, membresias, procesos, type Tx } from '@ruta-pot/db';
import {
  chooseResponsibleRole,
  determinePlanType,
  type IsoDate,
  type PlanType,
  PROCESS_LIFECYCLE,
  requiredProducts,
} from '@ruta-pot/domain';
import { and, desc, eq, notInArray } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import { AppError, notFound } from '../../http/errors';
import type { MunicipalRole } from '../../http/roles';
import type { Deps } from '../../http/types';
import { getMunicipality } from '../municipalities/service';
import { planStatus } from '../plan/service';
import { currentStage, loadProcessRows, presentProcess } from './process-view';

/** Who is asking, as the route's policy resolved it. */
export interface Requester {
  codigo: string;
  userId: string;
  email: string;
  roles: MunicipalRole[];
  admin: boolean;
}

/** Whether the municipality has a consultant on the platform (contracted technical work). */
async function hasConsultant(tx: Tx, codigo: string): Promise<boolean> {
  const [found] = await tx
    .select({ usuarioId: membresias.usuarioId })
    .from(membresias)
    .where(and(eq(membresias.municipalityId, codigo), eq(membresias.rol, 'consultor')))
    .limit(1);
  return found !== undefined;
}

/** What "Iniciar revisión" proposes today: the plan type and the revision types the law opens. */
export async function proposeProcess(deps: Deps, codigo: string) {
  const status = await planStatus(deps, { codigo, fecha: todayInColombia(deps.clock) });
  return {
    fecha: status.fecha,
    tipoPlan: status.tipoPlan,
    propuesta: status.propuesta,
    tiposRevision: status.tiposRevision,
    plan: status.plan,
  };
}

/**
 * Starts a process for a revision type the law allows today. Its checklist comes from the motor
 * normativo's product list for the plan type and revision type (no hand-copied lists), each item
 * with the owner role the motor suggests.
 */
export async function startProcess(
  deps: Deps,
  input: { requester: Requester; tipoRevision: string },
) {
  const { requester } = input;
  const proposal = await proposeProcess(deps, requester.codigo);
  // Without the plan in force no revision type can be assessed (Ley 388 art. 28 counts from it).
  if (!proposal.plan)
    throw new AppError(
      'requisitos_faltantes',
      'Registre primero el plan vigente en «Estado del POT» (acto de adopción y fecha): sin él no se puede saber qué revisión procede.',
    );
  const chosen = proposal.tiposRevision.find((t) => t.type === input.tipoRevision);
  if (!chosen)
    throw new AppError(
      'entrada_invalida',
      `Tipo de revisión desconocido: «${input.tipoRevision}».`,
    );
  if (!chosen.open) {
    throw new AppError(
      'entrada_invalida',
      `La ${chosen.label.toLowerCase()} no procede hoy: ${chosen.reasons.join(' ')}`,
      { citas: chosen.citations },
    );
  }
  const municipio = await getMunicipality(deps, requester.codigo);
  if (municipio.poblacion === null) {
    throw new AppError(
      'entrada_invalida',
      'Falta la población del municipio para saber si corresponde POT, PBOT o EOT: importe la población DANE.',
    );
  }
  const planType: PlanType = determinePlanType({ population: municipio.poblacion }).planType;
  const products = requiredProducts({ planType, revisionType: chosen.type });
  const id = randomUUID();
  const now = deps.clock.now();
  return deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      // A process filed before the Concejo is still open: only its adoption or archiving ends it.
      const [open] = await tx
        .select({ id: procesos.id })
        .from(procesos)
        .where(
          and(
            eq(procesos.municipalityId, requester.codigo),
            notInArray(procesos.estado, [...PROCESS_LIFECYCLE.terminal]),
          ),
        );
      if (open)
        throw new AppError(
          'conflicto',
          'El municipio ya tiene un proceso de revisión abierto: regístrelo como adoptado o archívelo antes de empezar otro.',
        );
      // Technical products go to the consultant only if there is one; else planeación does them.
      const owners = { hasConsultant: await hasConsultant(tx, requester.codigo) };
      const rows = products.map((p, orden) => ({
        municipalityId: requester.codigo,
        procesoId: id,
        id: p.id,
        etapa: p.stage,
        orden,
        nombre: p.name,
        descripcion: p.description,
        requerido: p.required,
        condicion: p.condition ?? null,
        escalas: p.scales ?? [],
        citas: p.citations,
        responsableRol: chooseResponsibleRole(p.responsible, owners),
      }));
      await tx.insert(procesos).values({
        municipalityId: requester.codigo,
        id,
        tipoRevision: chosen.type,
        tipoPlan: planType,
        etapaActual: currentStage(rows.map((r) => ({ ...r, estado: 'pendiente' }))),
        fechaBase: proposal.fecha,
        iniciadoEn: now,
        iniciadoPor: requester.userId,
      });
      await tx.insert(itemsProceso).values(rows);
      await appendAudit(tx, {
        municipalityId: requester.codigo,
        actorId: requester.userId,
        actor: requester.email,
        accion: 'proceso.iniciar',
        objeto: `proceso:${id}`,
        detalle: { tipoRevision: chosen.type, tipoPlan: planType, items: rows.length },
        ocurridoEn: now,
      });
      const loaded = await loadProcessRows(tx, {
        codigo: requester.codigo,
        procesoId: id,
        today: proposal.fecha,
      });
      return presentProcess(deps, {
        rows: loaded!,
        roles: requester.roles,
        admin: requester.admin,
        today: proposal.fecha,
      });
    },
  );
}

/** The process in course (or the latest one), or 404 when the municipality has none. */
export async function currentProcess(deps: Deps, requester: Requester) {
  return deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const [latest] = await tx
        .select({ id: procesos.id })
        .from(procesos)
        .where(eq(procesos.municipalityId, requester.codigo))
        .orderBy(desc(procesos.iniciadoEn))
        .limit(1);
      if (!latest) throw notFound();
      const rows = await loadProcessRows(tx, {
        codigo: requester.codigo,
        procesoId: latest.id,
        today: todayInColombia(deps.clock) as IsoDate,
      });
      return presentProcess(deps, {
        rows: rows!,
        roles: requester.roles,
        admin: requester.admin,
        today: todayInColombia(deps.clock) as IsoDate,
      });
    },
  );
}

/** One process by id (used after each change). */
export async function processById(deps: Deps, input: { requester: Requester; procesoId: string }) {
  const { requester } = input;
  return deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const rows = await loadProcessRows(tx, {
        codigo: requester.codigo,
        procesoId: input.procesoId,
        today: todayInColombia(deps.clock) as IsoDate,
      });
      if (!rows) throw notFound();
      return presentProcess(deps, {
        rows,
        roles: requester.roles,
        admin: requester.admin,
        today: todayInColombia(deps.clock) as IsoDate,
      });
    },
  );
}
