import type { BusinessCalendar } from '../business-calendar.js';
import type { Citation } from '../citations.js';
import { CITES } from '../citations.js';
import type { IsoDate } from '../dates.js';
import { formatSpanish } from '../dates.js';
import type { DeadlineResult } from '../deadlines.js';
import { computeDeadline } from '../deadlines.js';
import { defineLifecycle } from '../lifecycle/lifecycle.js';
import type { ProcedureId } from '../procedures.js';
import type { HolderEntity } from './inventory.js';
import { HOLDER_LABELS } from './inventory.js';

/** Kind of request (R-PET-01): between authorities, or a private addressee's petition kinds. */
export type PetitionKind = 'entre_autoridades' | 'documentos' | 'general' | 'consulta';
export const PETITION_KINDS: readonly PetitionKind[] = [
  'entre_autoridades',
  'documentos',
  'general',
  'consulta',
];

const PROCEDURE_OF: Record<PetitionKind, ProcedureId> = {
  entre_autoridades: 'peticion-entre-autoridades',
  documentos: 'peticion-documentos',
  general: 'peticion-general',
  consulta: 'consulta',
};

/** Every usual holder is a public authority: requests to them follow art. 30 (10 business days). */
export function defaultPetitionKind(_holder: HolderEntity): PetitionKind {
  return 'entre_autoridades';
}

/** Lifecycle of a request to another entity. Radicado fixes the due date; the answer closes it. */
export const PETITION_LIFECYCLE = defineLifecycle({
  name: 'solicitud a otra entidad',
  states: ['borrador', 'radicada', 'respondida'],
  initial: 'borrador',
  terminal: ['respondida'],
  labels: { borrador: 'Borrador', radicada: 'Radicada', respondida: 'Respondida' },
  transitions: [
    {
      from: 'borrador',
      to: 'radicada',
      action: 'radicar',
      roles: ['alcaldia', 'planeacion'],
      label: 'Registrar radicado',
      citations: [CITES.ley1755art14],
    },
    {
      from: 'radicada',
      to: 'respondida',
      action: 'registrar_respuesta',
      roles: ['alcaldia', 'planeacion'],
      label: 'Registrar respuesta',
    },
  ],
});
export type PetitionState = (typeof PETITION_LIFECYCLE.states)[number];

/** Due date of a request radicado on `radicadoOn` (counting from the next business day). */
export function petitionDue(input: {
  kind: PetitionKind;
  radicadoOn: IsoDate;
  calendar: BusinessCalendar;
}): DeadlineResult {
  return computeDeadline({
    procedure: PROCEDURE_OF[input.kind],
    from: input.radicadoOn,
    calendar: input.calendar,
  });
}

export type PetitionAlert = 'respondida' | 'vencida' | 'por_vencer' | 'en_termino' | 'sin_radicar';

/** Alert for a request at `today`: overdue after the due date, «por vencer» within 3 business days. */
export function petitionAlert(input: {
  state: PetitionState;
  dueOn: IsoDate | null;
  today: IsoDate;
  calendar: BusinessCalendar;
}): PetitionAlert {
  if (input.state === 'respondida') return 'respondida';
  if (input.state === 'borrador' || input.dueOn === null) return 'sin_radicar';
  if (input.today > input.dueOn) return 'vencida';
  return input.calendar.addBusinessDays(input.today, 3) >= input.dueOn
    ? 'por_vencer'
    : 'en_termino';
}

/** Content of a derecho de petición letter (rendered to DOCX/PDF by the server). */
export interface PetitionLetter {
  addressee: string;
  subject: string;
  paragraphs: string[];
  requested: string[];
  legalBasis: Citation[];
  termText: string;
}

/** Builds the letter asking `holder` for an inventory item (R-PET-01, Ley 1437 art. 30). */
export function petitionLetter(input: {
  municipality: string;
  holder: HolderEntity;
  itemName: string;
  kind: PetitionKind;
  detail?: string;
}): PetitionLetter {
  const between = input.kind === 'entre_autoridades';
  const days = { entre_autoridades: 10, documentos: 10, general: 15, consulta: 30 }[input.kind];
  const basis = between
    ? [CITES.ley1755art30, CITES.ley1755art14]
    : [
        {
          ...CITES.ley1755art14,
          article:
            input.kind === 'consulta'
              ? '14 num. 2'
              : input.kind === 'documentos'
                ? '14 num. 1'
                : '14',
        },
      ];
  return {
    addressee: HOLDER_LABELS[input.holder],
    subject: `Derecho de petición: solicitud de ${input.itemName.toLowerCase()} para la revisión del plan de ordenamiento territorial de ${input.municipality}`,
    paragraphs: [
      `La Administración Municipal de ${input.municipality} adelanta la revisión de su plan de ordenamiento territorial (Ley 388 de 1997) y, para el diagnóstico y la formulación, requiere la información que está a cargo de su entidad.`,
      between
        ? 'En ejercicio del artículo 30 de la Ley 1437 de 2011, sustituido por la Ley 1755 de 2015, solicitamos la siguiente información, que debe remitirse dentro de los diez (10) días hábiles siguientes a su recibo.'
        : `En ejercicio del derecho de petición (artículo 23 de la Constitución y artículo 14 de la Ley 1437 de 2011, sustituido por la Ley 1755 de 2015), solicitamos lo siguiente, que debe resolverse dentro de los ${days} días hábiles siguientes a su recibo.`,
      'Si no es posible responder en ese término, le solicitamos informarlo antes de su vencimiento, con los motivos y el plazo razonable en que responderá, que no puede exceder del doble del inicial (artículo 14, parágrafo). Si su entidad no es la competente, le pedimos remitir la solicitud a la competente e informarnos dentro de los cinco (5) días hábiles siguientes (artículo 21).',
    ],
    requested: [
      `${input.itemName}${input.detail ? `: ${input.detail}` : ''}, en formato digital (capas geográficas con sus metadatos, escala y fecha de elaboración, y documentos de soporte).`,
      'Indicación de las restricciones de uso o licencia de la información entregada.',
    ],
    legalBasis: basis,
    termText: `Término: ${days} días hábiles contados desde el día siguiente al radicado.`,
  };
}

/** Spanish sentence of the due date. */
export function dueSentence(due: DeadlineResult): string {
  return `Vence el ${formatSpanish(due.dueOn)} (${due.days} días hábiles desde el día siguiente al radicado).`;
}
