import type { BusinessCalendar } from '../business-calendar.js';
import type { Citation } from '../citations.js';
import { CITES } from '../citations.js';
import { formatSpanish, type IsoDate } from '../dates.js';
import { computeDeadline } from '../deadlines.js';
import type { PlanActType } from '../plans/plan-history.js';
import type { RevisionType } from '../revision-types.js';
import type { ProcessState } from './process-lifecycle.js';

/**
 * How a revision process ends (issue 17: «adoptado» and «archivado» reached through the one
 * transition table, PROCESS_LIFECYCLE). The act that adopts it joins the plan's history, so the
 * rules engine computes the new vigencias from it.
 */

/** Who adopts: the Concejo by acuerdo (Ley 388 art. 25) or the mayor by decree (Ley 810 art. 12). */
export type AdoptionVia = 'acuerdo_concejo' | 'decreto_alcalde';
export const ADOPTION_VIAS: readonly AdoptionVia[] = ['acuerdo_concejo', 'decreto_alcalde'];

/** Why a process is archived: the office gives up, the Concejo denies it, or it is withdrawn. */
export type ArchiveReason = 'desistido' | 'negado_concejo' | 'retirado';
export const ARCHIVE_REASONS: readonly ArchiveReason[] = [
  'desistido',
  'negado_concejo',
  'retirado',
];

export const ARCHIVE_REASON_LABELS: Readonly<Record<ArchiveReason, string>> = {
  desistido: 'El municipio desistió de la revisión antes de radicarla',
  negado_concejo: 'El Concejo negó expresamente el proyecto',
  retirado: 'La administración retiró el proyecto del Concejo',
};

/** The states each reason can archive from: only a filed project can be denied or withdrawn. */
const ARCHIVE_FROM: Readonly<Record<ArchiveReason, readonly ProcessState[]>> = {
  desistido: ['en_curso'],
  negado_concejo: ['radicado_concejo'],
  retirado: ['radicado_concejo'],
};

/** The reasons a process in `from` may be archived for (the web offers only these). */
export function archiveReasonsFrom(from: ProcessState): ArchiveReason[] {
  return ARCHIVE_REASONS.filter((reason) => ARCHIVE_FROM[reason].includes(from));
}

/** The plan act an adopted process adds to the history: its own kind of revision. */
export function adoptionActType(tipoRevision: RevisionType): PlanActType {
  return tipoRevision;
}

export type ClosingCheck = { ok: true } | { ok: false; motivo: string; citas: Citation[] };

/**
 * Whether the adoption can be registered: the act is dated on or after the filing before the
 * Concejo; a mayor's decree only once the Concejo's 90 calendar days have passed (Ley 810 de 2003
 * art. 12) and only if the Concejo did not expressly deny the project (Consejo de Estado, 2014),
 * which the office must confirm: the platform cannot know a denial nobody recorded.
 */
export function checkAdoption(input: {
  via: AdoptionVia;
  fecha: IsoDate;
  radicadoEl: IsoDate | null;
  sinNegacionExpresa: boolean;
  calendar: BusinessCalendar;
}): ClosingCheck {
  const { via, fecha, radicadoEl } = input;
  if (!radicadoEl)
    return {
      ok: false,
      motivo:
        'El proceso no tiene registrada la radicación ante el Concejo: regístrela antes de la adopción.',
      citas: [CITES.art25],
    };
  if (fecha < radicadoEl)
    return {
      ok: false,
      motivo: `El acto de adopción no puede ser anterior a la radicación ante el Concejo (${formatSpanish(radicadoEl)}).`,
      citas: [CITES.art25],
    };
  if (via === 'acuerdo_concejo') return { ok: true };
  const term = computeDeadline({
    procedure: 'decision-concejo',
    from: radicadoEl,
    calendar: input.calendar,
  });
  if (fecha <= term.dueOn)
    return {
      ok: false,
      motivo: `El alcalde solo puede adoptar por decreto si el Concejo no decidió en 90 días calendario desde la radicación: el término vence el ${formatSpanish(term.dueOn)}.`,
      citas: [CITES.ley810],
    };
  if (!input.sinNegacionExpresa)
    return {
      ok: false,
      motivo:
        'Confirme que el Concejo no negó expresamente el proyecto: si lo negó, el alcalde no puede adoptarlo por decreto.',
      citas: [CITES.ceDenial],
    };
  return { ok: true };
}

/** Whether a process in `from` can be archived for `reason`. */
export function checkArchive(input: { from: ProcessState; reason: ArchiveReason }): ClosingCheck {
  if (ARCHIVE_FROM[input.reason].includes(input.from)) return { ok: true };
  return {
    ok: false,
    motivo:
      input.from === 'en_curso'
        ? 'Un proceso que no se ha radicado ante el Concejo solo se archiva porque el municipio desiste.'
        : 'Un proyecto radicado ante el Concejo se archiva porque el Concejo lo negó o porque la administración lo retiró.',
    citas: [CITES.art25],
  };
}
