import type { BusinessCalendar } from '../business-calendar.js';
import type { Citation } from '../citations.js';
import { CITES } from '../citations.js';
import type { IsoDate } from '../dates.js';
import type { DeadlineResult } from '../deadlines.js';
import { DomainError } from '../errors.js';
import { defineLifecycle } from '../lifecycle/lifecycle.js';
import type { PetitionKind } from '../preparation/petitions.js';
import { petitionDue } from '../preparation/petitions.js';

/** Who acts on participation records. */
export type ParticipationRole = 'planeacion' | 'alcaldia' | 'ciudadano' | 'car' | 'ctp' | 'concejo';

/** Where an aporte came from: all land in one register (R-PROC-06, R-PROC-14). */
export type AporteOrigin = 'portal' | 'evento' | 'ventanilla' | 'ctp' | 'car';
export const APORTE_ORIGINS: readonly AporteOrigin[] = [
  'portal',
  'evento',
  'ventanilla',
  'ctp',
  'car',
];

const staff: ParticipationRole[] = ['planeacion', 'alcaldia'];

/**
 * Lifecycle of an aporte: confirmed by its author (portal), classified, grouped with duplicates
 * (kept, never merged away), answered, and finally incorporated into a version of the plan.
 */
export const APORTE_LIFECYCLE = defineLifecycle({
  name: 'aporte',
  states: [
    'por_confirmar',
    'recibido',
    'clasificado',
    'agrupado',
    'respondido',
    'incorporado',
    'descartado',
  ],
  initial: 'recibido',
  terminal: ['incorporado', 'descartado'],
  labels: {
    por_confirmar: 'Por confirmar',
    recibido: 'Recibido',
    clasificado: 'Clasificado',
    agrupado: 'Agrupado',
    respondido: 'Respondido',
    incorporado: 'Incorporado al plan',
    descartado: 'Descartado',
  },
  transitions: [
    {
      from: 'por_confirmar',
      to: 'recibido',
      action: 'confirmar',
      roles: ['ciudadano'],
      label: 'Confirmar el aporte',
    },
    {
      from: 'por_confirmar',
      to: 'descartado',
      action: 'descartar',
      roles: staff,
      label: 'Descartar (sin confirmar)',
    },
    {
      from: 'recibido',
      to: 'clasificado',
      action: 'clasificar',
      roles: staff,
      label: 'Clasificar',
    },
    {
      from: 'clasificado',
      to: 'agrupado',
      action: 'agrupar',
      roles: staff,
      label: 'Agrupar con otros aportes',
    },
    {
      from: 'agrupado',
      to: 'clasificado',
      action: 'desagrupar',
      roles: staff,
      label: 'Sacar del grupo',
    },
    {
      from: 'clasificado',
      to: 'respondido',
      action: 'responder',
      roles: staff,
      label: 'Responder',
      citations: [CITES.art24num4],
    },
    {
      from: 'agrupado',
      to: 'respondido',
      action: 'responder',
      roles: staff,
      label: 'Responder',
      citations: [CITES.art24num4],
    },
    {
      from: 'respondido',
      to: 'incorporado',
      action: 'incorporar',
      roles: staff,
      label: 'Marcar incorporado en una versión del plan',
    },
  ],
});
export type AporteState = (typeof APORTE_LIFECYCLE.states)[number];

/** Outcome of an answer (R-PROC-14: accepted or rejected with reasons). */
export type AnswerOutcome = 'aceptado' | 'aceptado_parcial' | 'no_aceptado' | 'no_pertinente';
export const ANSWER_OUTCOMES: readonly AnswerOutcome[] = [
  'aceptado',
  'aceptado_parcial',
  'no_aceptado',
  'no_pertinente',
];
export const ANSWER_OUTCOME_LABELS: Readonly<Record<AnswerOutcome, string>> = {
  aceptado: 'Aceptado',
  aceptado_parcial: 'Aceptado parcialmente',
  no_aceptado: 'No aceptado',
  no_pertinente: 'No es materia del POT',
};

/** What an answer says changed: a document version and article, or a map feature. */
export interface AnswerChange {
  documentVersionId?: string;
  article?: string;
  mapFeatureId?: string;
}

export interface AnswerInput {
  outcome: AnswerOutcome;
  reasons: string;
  change?: AnswerChange;
}

const MIN_REASONS = 20;
const evaluation: Citation = {
  ...CITES.art24num4,
  note: 'Registrar y evaluar cada recomendación.',
};

/**
 * Checks an answer before it is stored: every answer gives reasons; an accepted (or partly
 * accepted) one names what changed — a document version with its article, or a map feature.
 */
export function validateAnswer(input: AnswerInput): { citations: Citation[] } {
  if (input.reasons.trim().length < MIN_REASONS)
    throw new DomainError(
      'invalid_input',
      `La respuesta debe explicar sus razones (al menos ${MIN_REASONS} caracteres).`,
      { campo: 'razones' },
    );
  if (input.outcome === 'aceptado' || input.outcome === 'aceptado_parcial') {
    const c = input.change;
    const byDocument = Boolean(c?.documentVersionId && c.article?.trim());
    const byMap = Boolean(c?.mapFeatureId);
    if (!byDocument && !byMap)
      throw new DomainError(
        'invalid_input',
        'Una respuesta que acepta el aporte debe indicar qué cambió: la versión del documento y el artículo, o el elemento del mapa.',
        { campo: 'cambio' },
      );
  }
  return { citations: [evaluation] };
}

/** Petition term of an aporte received at the ventanilla as a derecho de petición (R-PET-01). */
export function aporteDue(input: {
  kind: Exclude<PetitionKind, 'entre_autoridades'>;
  receivedOn: IsoDate;
  calendar: BusinessCalendar;
}): DeadlineResult {
  return petitionDue({ kind: input.kind, radicadoOn: input.receivedOn, calendar: input.calendar });
}

const MAX_TEXT = 10_000;

/** Normalises an aporte's text: trimmed, bounded, control characters removed (kept as plain text). */
export function cleanAporteText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  if (cleaned.length < 10)
    throw new DomainError('invalid_input', 'El aporte debe tener al menos 10 caracteres.', {
      campo: 'texto',
    });
  if (cleaned.length > MAX_TEXT)
    throw new DomainError(
      'invalid_input',
      `El aporte no puede superar ${MAX_TEXT.toLocaleString('es-CO')} caracteres.`,
      { campo: 'texto' },
    );
  return cleaned;
}

/** First state of an aporte: a portal aporte waits for its e-mail confirmation unless signed in. */
export function initialAporteState(input: {
  origin: AporteOrigin;
  verifiedAccount: boolean;
}): AporteState {
  return input.origin === 'portal' && !input.verifiedAccount ? 'por_confirmar' : 'recibido';
}

/**
 * The participation roles a person holds, from their roles in the municipality: the office and the
 * mayor run participation, the environmental authority acts as the CAR, the Consejo Territorial as
 * the CTP, the Concejo as itself. A platform administrator acts as the office.
 */
export function participationRolesOf(
  municipalRoles: readonly string[],
  admin = false,
): ParticipationRole[] {
  const map: Record<string, ParticipationRole> = {
    planeacion: 'planeacion',
    alcaldia: 'alcaldia',
    autoridad_ambiental: 'car',
    consejo_territorial: 'ctp',
    concejo: 'concejo',
    ciudadano: 'ciudadano',
  };
  const out = new Set<ParticipationRole>(admin ? ['planeacion'] : []);
  for (const r of municipalRoles) {
    const p = map[r];
    if (p) out.add(p);
  }
  return [...out];
}
