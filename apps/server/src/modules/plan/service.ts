import { appendAudit, planesVigentes } from '@ruta-pot/db';
import type { IsoDate, PlanHistorySummary } from '@ruta-pot/domain';
import {
  addDays,
  assessRevisionTypes,
  computeVigencias,
  constitutionalPeriodContaining,
  constitutionalPeriodsBetween,
  deadlineChain,
  determinePlanType,
  lastUsefulDateInTerm,
  parseIsoDate,
  proposeRevisionType,
  summarizePlanHistory,
} from '@ruta-pot/domain';
import { and, eq } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { getMunicipality } from '../municipalities/service';
import { listActs } from './acts-service';

export interface PlanInput {
  instrumento: string;
  adopcion: string;
  revisionGeneral?: string | undefined;
  vigenciaLargoPlazoDeclarada?: string | undefined;
  /** Version the user edited; a different stored version means someone saved first (409). */
  version?: number | undefined;
}

/** The plan in force of a municipality (public: it is an adopted act), or null. */
export async function getPlan(deps: Deps, codigo: string) {
  const [row] = await deps.db.withContext({ municipio: codigo }, (tx) =>
    tx.select().from(planesVigentes).where(eq(planesVigentes.municipalityId, codigo)),
  );
  return row ?? null;
}

/** The fields of the plan row that the status depends on. */
export type PlanRow = Pick<
  NonNullable<Awaited<ReturnType<typeof getPlan>>>,
  'instrumento' | 'adopcion' | 'revisionGeneral' | 'vigenciaLargoDeclarada'
>;

/**
 * Adoption, last revisión general and declared long term used by the rules engine. Recorded acts
 * take precedence over the planes_vigentes row; without acts the row is used as before. When the
 * acts hold no adoption, the row's adoption is kept and a revision dated before it is ignored.
 */
/**
 * What the vigencias are computed from: recorded acts take precedence over the single plan row
 * (shared by the Estado del POT and the national overview, so both always agree).
 */
export function planBasis(plan: PlanRow | null, summary: PlanHistorySummary | null) {
  const adopcion = summary?.adoptionDate ?? (plan ? parseIsoDate(plan.adopcion) : undefined);
  const fromActs = summary?.adoptionDate !== undefined;
  const candidates = [
    summary?.lastGeneralRevisionDate,
    fromActs ? undefined : plan?.revisionGeneral ? parseIsoDate(plan.revisionGeneral) : undefined,
  ].filter((d): d is IsoDate => d !== undefined && adopcion !== undefined && d >= adopcion);
  const revisionGeneral = candidates.sort().at(-1);
  const largo =
    summary?.declaredLongTermEnd ??
    (fromActs || !plan?.vigenciaLargoDeclarada
      ? undefined
      : parseIsoDate(plan.vigenciaLargoDeclarada));
  return {
    instrumento: fromActs ? summary?.adoptionInstrument : plan?.instrumento,
    adopcion,
    revisionGeneral,
    largoDeclarada: largo,
    judicial: summary?.judicial ?? null,
  };
}

/**
 * The "Estado del POT" of a municipality at a date: plan type, vigencias against the
 * constitutional periods, open revision routes, the approval chain if started that day and the
 * last useful filing date in the mayor's term. Every statement carries its legal source.
 */
export async function planStatus(deps: Deps, input: { codigo: string; fecha: string }) {
  const asOf = parseIsoDate(input.fecha);
  const municipio = await getMunicipality(deps, input.codigo);
  const plan = await getPlan(deps, input.codigo);
  const tipoPlan =
    municipio.poblacion === null
      ? null
      : determinePlanType({
          population: municipio.poblacion,
          ...(municipio.fuentePoblacion ? { populationSource: municipio.fuentePoblacion } : {}),
          ...(municipio.anioPoblacion ? { populationYear: municipio.anioPoblacion } : {}),
        });
  const actos = await listActs(deps, input.codigo);
  const base = planBasis(plan, actos.length > 0 ? summarizePlanHistory(actos, asOf) : null);
  const judicial = base.judicial;
  const vigencias = base.adopcion
    ? computeVigencias({
        adoptionDate: base.adopcion,
        ...(base.revisionGeneral ? { lastGeneralRevisionDate: base.revisionGeneral } : {}),
        ...(base.largoDeclarada ? { declared: { longTermEnd: base.largoDeclarada } } : {}),
        asOf,
      })
    : null;
  if (vigencias && judicial) vigencias.warnings.push(judicial.warning);
  const tiposRevision = vigencias ? assessRevisionTypes({ vigencias, asOf }) : [];
  const periodos = vigencias
    ? constitutionalPeriodsBetween(
        vigencias.adoptionPeriod.start,
        addDays(vigencias.longTermEnd > asOf ? vigencias.longTermEnd : asOf, 1),
      )
    : [constitutionalPeriodContaining(asOf)];
  return {
    municipio,
    fecha: asOf,
    plan:
      base.adopcion && base.instrumento
        ? {
            instrumento: base.instrumento,
            adopcion: base.adopcion,
            ...(base.revisionGeneral ? { revisionGeneral: base.revisionGeneral } : {}),
            ...(base.largoDeclarada
              ? { vigenciasDeclaradas: { longTermEnd: base.largoDeclarada } }
              : {}),
            // 0 when the plan is known only from its acts (no planes_vigentes row yet).
            version: plan?.version ?? 0,
          }
        : null,
    actos,
    judicial,
    tipoPlan,
    vigencias,
    periodos: periodos.map((p) => ({ start: p.start, end: p.end, years: p.years })),
    tiposRevision,
    propuesta: proposeRevisionType(tiposRevision) ?? null,
    plazos: deadlineChain({ from: asOf, direction: 'forward', calendar: deps.calendar }),
    ultimaFechaUtil: lastUsefulDateInTerm({ asOf, calendar: deps.calendar }),
  };
}

/**
 * Records or corrects the plan in force. Validated by the rules engine first (impossible dates,
 * a revision before adoption), written with an audit entry in the same transaction, and guarded
 * against lost updates by the version number.
 */
export async function savePlan(
  deps: Deps,
  input: { codigo: string; actor: { id: string; email: string }; plan: PlanInput },
) {
  const adopcion = parseIsoDate(input.plan.adopcion);
  const revisionGeneral = input.plan.revisionGeneral
    ? parseIsoDate(input.plan.revisionGeneral)
    : null;
  const declarada = input.plan.vigenciaLargoPlazoDeclarada
    ? parseIsoDate(input.plan.vigenciaLargoPlazoDeclarada)
    : null;
  const today = deps.clock.now().toISOString().slice(0, 10);
  if (adopcion > today)
    throw new AppError('entrada_invalida', 'La fecha de adopción no puede ser futura.');
  if (revisionGeneral && revisionGeneral < adopcion) {
    throw new AppError(
      'entrada_invalida',
      'La revisión general no puede ser anterior a la adopción del plan.',
    );
  }
  // Runs the rules once so an input the engine rejects never reaches the database.
  computeVigencias({
    adoptionDate: adopcion,
    ...(revisionGeneral ? { lastGeneralRevisionDate: revisionGeneral } : {}),
    asOf: adopcion,
  });
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const [current] = await tx
      .select()
      .from(planesVigentes)
      .where(eq(planesVigentes.municipalityId, input.codigo))
      .for('update');
    const values = {
      instrumento: input.plan.instrumento.trim(),
      adopcion,
      revisionGeneral,
      vigenciaLargoDeclarada: declarada,
      actualizadoPor: input.actor.id,
      actualizadoEn: deps.clock.now(),
    };
    if (current && input.plan.version !== undefined && input.plan.version !== current.version) {
      throw new AppError(
        'conflicto',
        'Otra persona actualizó el plan vigente mientras usted editaba. Recargue la página para ver los cambios y vuelva a intentarlo.',
        {
          versionActual: current.version,
        },
      );
    }
    const [saved] = current
      ? await tx
          .update(planesVigentes)
          .set({ ...values, version: current.version + 1 })
          .where(
            and(
              eq(planesVigentes.municipalityId, input.codigo),
              eq(planesVigentes.version, current.version),
            ),
          )
          .returning()
      : await tx
          .insert(planesVigentes)
          .values({ municipalityId: input.codigo, ...values })
          .returning();
    if (!saved)
      throw new AppError(
        'conflicto',
        'El plan vigente cambió mientras se guardaba. Recargue y vuelva a intentarlo.',
      );
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: current ? 'plan_vigente.actualizar' : 'plan_vigente.registrar',
      objeto: `plan_vigente:${input.codigo}`,
      detalle: {
        antes: current
          ? {
              instrumento: current.instrumento,
              adopcion: current.adopcion,
              revisionGeneral: current.revisionGeneral,
            }
          : null,
        despues: { instrumento: values.instrumento, adopcion, revisionGeneral },
        version: saved.version,
      },
      ocurridoEn: deps.clock.now(),
    });
    return saved;
  });
}
