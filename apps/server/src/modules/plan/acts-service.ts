import { randomUUID } from 'node:crypto';

import { actosPlan, appendAudit, type Tx } from '@ruta-pot/db';
import type { IsoDate, PlanAct, PlanActType, PlanHistorySummary } from '@ruta-pot/domain';
import { computeVigencias, parseIsoDate, summarizePlanHistory } from '@ruta-pot/domain';
import { asc, eq } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { getMunicipality } from '../municipalities/service';

export interface ActInput {
  tipo: PlanActType;
  instrumento: string;
  fecha: string;
  emisor?: string | undefined;
  objeto?: string | undefined;
  vigenciaLargoDeclarada?: string | undefined;
  actoAplicable?: string | undefined;
}

/** One act of the plan's history as the API returns it. */
export interface ActView {
  id: string;
  tipo: PlanActType;
  instrumento: string;
  fecha: string;
  emisor: string | null;
  objeto: string | null;
  vigenciaLargoDeclarada: string | null;
  actoAplicable: string | null;
  registradoEn: string;
}

type Row = typeof actosPlan.$inferSelect;

function toView(row: Row): ActView {
  return {
    id: row.id,
    tipo: row.tipo as PlanActType,
    instrumento: row.instrumento,
    fecha: row.fecha,
    emisor: row.emisor,
    objeto: row.objeto,
    vigenciaLargoDeclarada: row.vigenciaLargoDeclarada,
    actoAplicable: row.actoAplicable,
    registradoEn: row.registradoEn.toISOString(),
  };
}

/** The recorded acts of a municipality's plan, oldest first (public: adopted acts are public). */
export async function listActs(deps: Deps, codigo: string): Promise<ActView[]> {
  const rows = await deps.db.withContext({ municipio: codigo }, (tx) =>
    tx
      .select()
      .from(actosPlan)
      .where(eq(actosPlan.municipalityId, codigo))
      .orderBy(asc(actosPlan.fecha), asc(actosPlan.registradoEn)),
  );
  return rows.map(toView);
}

/** Public listing: 404 for a municipality that does not exist. */
export async function listActsOf(deps: Deps, codigo: string) {
  await getMunicipality(deps, codigo);
  return { actos: await listActs(deps, codigo) };
}

/** Runs the rules engine over a history so an input it rejects never reaches the database. */
function checkHistory(acts: PlanAct[], asOf: IsoDate): PlanHistorySummary {
  const summary = summarizePlanHistory(acts, asOf);
  if (summary.adoptionDate) {
    computeVigencias({
      adoptionDate: summary.adoptionDate,
      ...(summary.lastGeneralRevisionDate
        ? { lastGeneralRevisionDate: summary.lastGeneralRevisionDate }
        : {}),
      ...(summary.declaredLongTermEnd
        ? { declared: { longTermEnd: summary.declaredLongTermEnd } }
        : {}),
      asOf,
    });
  }
  return summary;
}

interface ActRequest {
  codigo: string;
  actor: { id: string; email: string };
  acto: ActInput;
}

/**
 * Records one act of the plan's history (append-only: a correction is a new act), with an audit
 * entry in the same transaction. Dates are checked by the domain parser; an act cannot be dated
 * in the future, and the whole history must still be computable by the rules engine.
 */
export function recordAct(deps: Deps, input: ActRequest): Promise<ActView> {
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, (tx) =>
    insertAct(tx, deps, input),
  );
}

/**
 * {@link recordAct} inside the caller's transaction: registering a process's adoption writes the
 * adopting act and the process's new state together, or neither.
 */
export async function insertAct(tx: Tx, deps: Deps, input: ActRequest): Promise<ActView> {
  const a = input.acto;
  const fecha = parseIsoDate(a.fecha);
  const declarada = a.vigenciaLargoDeclarada ? parseIsoDate(a.vigenciaLargoDeclarada) : null;
  const today = parseIsoDate(todayInColombia(deps.clock));
  if (fecha > today)
    throw new AppError('entrada_invalida', 'La fecha del acto no puede ser futura.');
  if (declarada && declarada < fecha) {
    throw new AppError(
      'entrada_invalida',
      'La vigencia de largo plazo declarada no puede ser anterior a la fecha del acto.',
    );
  }
  const judicial = a.tipo === 'suspension_provisional' || a.tipo === 'nulidad';
  if (!judicial && a.actoAplicable) {
    throw new AppError(
      'entrada_invalida',
      '«actoAplicable» solo se registra para una suspensión provisional o una nulidad.',
    );
  }
  if (declarada && (judicial || a.tipo === 'levantamiento_suspension')) {
    throw new AppError(
      'entrada_invalida',
      'Una decisión judicial no declara vigencias del plan: registre la vigencia en el acto que la declara.',
    );
  }
  const id = randomUUID();
  const now = deps.clock.now();
  const values = {
    municipalityId: input.codigo,
    id,
    tipo: a.tipo,
    instrumento: a.instrumento.trim(),
    fecha,
    emisor: a.emisor?.trim() || null,
    objeto: a.objeto?.trim() || null,
    vigenciaLargoDeclarada: declarada,
    actoAplicable: a.actoAplicable?.trim() || null,
    registradoPor: input.actor.id,
    registradoEn: now,
  };
  const existing = await tx
    .select()
    .from(actosPlan)
    .where(eq(actosPlan.municipalityId, input.codigo));
  checkHistory([...existing.map(toView), toView(values)], today);
  const [saved] = await tx.insert(actosPlan).values(values).returning();
  await appendAudit(tx, {
    municipalityId: input.codigo,
    actorId: input.actor.id,
    actor: input.actor.email,
    accion: 'plan.acto_registrar',
    objeto: `acto_plan:${id}`,
    detalle: {
      tipo: values.tipo,
      instrumento: values.instrumento,
      fecha,
      ...(declarada ? { vigenciaLargoDeclarada: declarada } : {}),
      ...(values.actoAplicable ? { actoAplicable: values.actoAplicable } : {}),
    },
    ocurridoEn: now,
  });
  return toView(saved!);
}
