import type { BusinessCalendar } from './business-calendar.js';
import { lastUsefulDateInTerm } from './chain.js';
import type { IsoDate } from './dates.js';
import { DomainError } from './errors.js';
import type { PlanType } from './plan-type.js';
import { determinePlanType } from './plan-type.js';
import type { RevisionFacts, RevisionType } from './revision-types.js';
import { assessRevisionTypes, proposeRevisionType } from './revision-types.js';
import type { TermEnds } from './vigencias.js';
import { computeVigencias } from './vigencias.js';

/** Input of {@link evaluateMunicipality} (one municipality of the bulk evaluation). */
export interface MunicipalityInput {
  adoptionDate?: IsoDate;
  lastGeneralRevisionDate?: IsoDate;
  declared?: Partial<TermEnds>;
  /** Inhabitants (integer ≥ 0). */
  population?: number;
  asOf: IsoDate;
  calendar: BusinessCalendar;
  facts?: RevisionFacts;
}

/** Compact summary for lists and maps of 1,122 municipalities. */
export interface MunicipalitySummary {
  planType?: PlanType;
  vigencias?: TermEnds & {
    status: 'vigente' | 'vencido';
    formulationStart: IsoDate;
    basis: 'adopcion' | 'revision_general';
    belowLegalMinimum: Array<'short' | 'medium' | 'long'>;
  };
  /** Open revision routes. */
  revisionTypes?: RevisionType[];
  proposed?: RevisionType;
  nextDeadlines?: {
    formulationStart: IsoDate;
    longTermEnd: IsoDate;
    termEnd: IsoDate;
    latestPresentationToConcejo: IsoDate;
  };
  /** Warning codes collected from the rules. */
  warningCodes: string[];
  /** Domain errors (Spanish) for invalid fields; the rest of the summary is still computed. */
  errors: Array<{ code: string; message: string }>;
}

function capture(errors: MunicipalitySummary['errors'], fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) errors.push({ code: e.code, message: e.message });
    else throw e;
  }
}

/**
 * Evaluates one municipality: plan type (if population given), vigencias, open revision
 * routes, proposed route and next deadlines. Invalid fields are reported in `errors` instead of
 * throwing, so a bulk run over all municipalities never stops on one bad record.
 */
export function evaluateMunicipality(input: MunicipalityInput): MunicipalitySummary {
  const out: MunicipalitySummary = { warningCodes: [], errors: [] };
  if (input.population !== undefined) {
    const population = input.population;
    capture(out.errors, () => {
      const r = determinePlanType({ population });
      out.planType = r.planType;
      out.warningCodes.push(
        ...r.warnings.filter((w) => w.code !== 'POPULATION_SOURCE_MISSING').map((w) => w.code),
      );
    });
  }
  const adoptionDate = input.adoptionDate;
  if (adoptionDate === undefined) return out;
  capture(out.errors, () => {
    const v = computeVigencias({
      adoptionDate,
      asOf: input.asOf,
      ...(input.lastGeneralRevisionDate !== undefined
        ? { lastGeneralRevisionDate: input.lastGeneralRevisionDate }
        : {}),
      ...(input.declared !== undefined ? { declared: input.declared } : {}),
    });
    out.vigencias = {
      shortTermEnd: v.shortTermEnd,
      mediumTermEnd: v.mediumTermEnd,
      longTermEnd: v.longTermEnd,
      status: v.status,
      formulationStart: v.formulationStart,
      basis: v.basis,
      belowLegalMinimum: v.belowLegalMinimum,
    };
    const assessments = assessRevisionTypes({
      vigencias: v,
      asOf: input.asOf,
      ...(input.facts !== undefined ? { facts: input.facts } : {}),
    });
    out.revisionTypes = assessments.filter((a) => a.open).map((a) => a.type);
    const proposed = proposeRevisionType(assessments);
    if (proposed !== undefined) out.proposed = proposed;
    const last = lastUsefulDateInTerm({ asOf: input.asOf, calendar: input.calendar });
    out.nextDeadlines = {
      formulationStart: v.formulationStart,
      longTermEnd: v.longTermEnd,
      termEnd: last.termEnd,
      latestPresentationToConcejo: last.latestPresentationToConcejo,
    };
    const codes = new Set(out.warningCodes);
    for (const w of v.warnings) codes.add(w.code);
    for (const a of assessments) if (a.open) for (const w of a.warnings) codes.add(w.code);
    out.warningCodes = [...codes];
  });
  return out;
}
