import type { AnswerOutcome } from './aportes.js';
import { ANSWER_OUTCOME_LABELS } from './aportes.js';

/** Kinds of entries in an aporte's timeline, in the order they happen on the same instant. */
export type TimelineKind =
  | 'presentado'
  | 'confirmado'
  | 'clasificado'
  | 'agrupado'
  | 'desagrupado'
  | 'respondido'
  | 'incorporado'
  | 'descartado';

const ORDER: readonly TimelineKind[] = [
  'presentado',
  'confirmado',
  'clasificado',
  'agrupado',
  'desagrupado',
  'respondido',
  'incorporado',
  'descartado',
];

export interface TimelineEntry {
  kind: TimelineKind;
  /** ISO timestamp (UTC). */
  at: string;
  /** Free details: group code, outcome, document version and article, map feature. */
  detail?: {
    group?: string;
    outcome?: AnswerOutcome;
    version?: string;
    article?: string;
    mapFeature?: string;
  };
}

export interface TimelineLine {
  at: string;
  text: string;
}

function describe(entry: TimelineEntry): string {
  const d = entry.detail ?? {};
  switch (entry.kind) {
    case 'presentado':
      return 'Aporte presentado.';
    case 'confirmado':
      return 'Aporte confirmado por su autor.';
    case 'clasificado':
      return 'Clasificado por la oficina de planeación.';
    case 'agrupado':
      return d.group ? `Agrupado con aportes similares (grupo ${d.group}).` : 'Agrupado.';
    case 'desagrupado':
      return 'Sacado del grupo.';
    case 'respondido': {
      const outcome = d.outcome ? ANSWER_OUTCOME_LABELS[d.outcome] : 'Respondido';
      const where = d.article
        ? ` Cambio en ${d.article}${d.version ? ` (versión ${d.version})` : ''}.`
        : d.mapFeature
          ? ` Cambio en el mapa (${d.mapFeature}).`
          : '';
      return `Respuesta: ${outcome}.${where}`;
    }
    case 'incorporado':
      return `Incorporado en la versión ${d.version ?? 'publicada'} del plan.`;
    case 'descartado':
      return 'Descartado (no confirmado o abusivo); se conserva en el registro.';
  }
}

/** Readable timeline of an aporte: ordered by time, then by the natural order of the steps. */
export function aporteTimeline(entries: readonly TimelineEntry[]): TimelineLine[] {
  return [...entries]
    .sort((a, b) =>
      a.at === b.at ? ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) : a.at < b.at ? -1 : 1,
    )
    .map((e) => ({ at: e.at, text: describe(e) }));
}
