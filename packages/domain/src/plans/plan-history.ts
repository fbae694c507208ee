import type { Citation, RuleWarning } from '../citations.js';
import { CITES } from '../citations.js';
import type { IsoDate } from '../dates.js';
import { formatSpanish, parseIsoDate } from '../dates.js';

/** Kinds of acts in the history of a plan (adoption, revisions, court decisions). */
export const PLAN_ACT_TYPES = [
  'adopcion',
  'revision_general',
  'revision_mediano_plazo',
  'revision_corto_plazo',
  'modificacion_excepcional',
  'revision_excepcional',
  'suspension_provisional',
  'nulidad',
  'levantamiento_suspension',
] as const;

export type PlanActType = (typeof PLAN_ACT_TYPES)[number];

/** Acts that change the plan's contents without restarting its vigencia (R-VIG-11). */
const MODIFICATION_TYPES: readonly PlanActType[] = [
  'revision_mediano_plazo',
  'revision_corto_plazo',
  'modificacion_excepcional',
  'revision_excepcional',
];

const JUDICIAL_TYPES: readonly PlanActType[] = [
  'suspension_provisional',
  'nulidad',
  'levantamiento_suspension',
];

/** One act of the plan's history, as recorded by the municipality. */
export interface PlanAct {
  tipo: PlanActType;
  /** E.g. «Acuerdo 008 de 2003», «Auto del Consejo de Estado de 27-mar-2014». */
  instrumento: string;
  /** Date the act was issued (AAAA-MM-DD). */
  fecha: string;
  emisor?: string | null;
  objeto?: string | null;
  /** Long-term vigencia the act declares (R-VIG-04), if any. */
  vigenciaLargoDeclarada?: string | null;
  /** For a suspension or annulment: the act that applies meanwhile, as stated by the municipality. */
  actoAplicable?: string | null;
}

/** A court decision that currently affects the plan. */
export interface JudicialStatus {
  kind: 'suspension_provisional' | 'nulidad';
  instrumento: string;
  fecha: IsoDate;
  actoAplicable: string | null;
  warning: RuleWarning;
}

/** Result of {@link summarizePlanHistory}. */
export interface PlanHistorySummary {
  adoptionDate?: IsoDate;
  adoptionInstrument?: string;
  lastGeneralRevisionDate?: IsoDate;
  lastGeneralRevisionInstrument?: string;
  declaredLongTermEnd?: IsoDate;
  judicial: JudicialStatus | null;
  /** Partial revisions and exceptional modifications since the adoption: they do not restart the clock. */
  modifications: Array<{ tipo: PlanActType; instrumento: string; fecha: IsoDate }>;
  citations: Citation[];
}

const Q13_CITATION: Citation = {
  norm: 'Práctica administrativa (referencia jurídica, pregunta abierta Q13)',
  article: '—',
  confidence: '?',
  note: 'Durante la suspensión o tras la nulidad de un POT suele aplicarse el plan anterior (Bogotá 2022, Pereira 2019); hay quienes sostienen que un plan vencido no puede «revivir» (Cali 2024).',
};

function judicialWarning(
  kind: JudicialStatus['kind'],
  act: { instrumento: string; fecha: IsoDate; actoAplicable: string | null },
): RuleWarning {
  const what =
    kind === 'nulidad'
      ? `El plan fue declarado nulo por ${act.instrumento} (${formatSpanish(act.fecha)}).`
      : `El plan está suspendido provisionalmente por ${act.instrumento} (${formatSpanish(act.fecha)}) y no consta el levantamiento de la suspensión.`;
  const meanwhile = act.actoAplicable
    ? ` Según lo registrado, mientras tanto se aplica ${act.actoAplicable}, como suele hacerse en la práctica.`
    : ' No se registró qué acto se aplica mientras tanto; en la práctica suele aplicarse el plan anterior.';
  return {
    code: kind === 'nulidad' ? 'PLAN_ANULADO' : 'PLAN_SUSPENDIDO',
    message: `${what}${meanwhile} Esta solución es discutida (un plan vencido no «revive» según algunos), por lo que las vigencias calculadas deben leerse con cautela y confirmarse con la oficina jurídica.`,
    citations: [Q13_CITATION, CITES.art28num4],
  };
}

/**
 * Summarizes the recorded acts of a plan as of a date: the latest adoption, the latest revisión
 * general (which restarts the clock, R-VIG-11, CE concepto 2162 de 2013), partial revisions and
 * exceptional modifications (which do not), the declared long-term vigencia of the latest act
 * that states one, and any court decision in effect (suspension not lifted, or annulment), with
 * an explicit warning (Q13). Acts dated after `asOf` are ignored. Pure: no I/O, no clock.
 */
export function summarizePlanHistory(acts: readonly PlanAct[], asOf: IsoDate): PlanHistorySummary {
  const cutoff = parseIsoDate(asOf);
  const ordered = acts
    .map((a, i) => ({ ...a, fecha: parseIsoDate(a.fecha), i }))
    .filter((a) => a.fecha <= cutoff)
    .sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : a.i - b.i));

  const summary: PlanHistorySummary = { judicial: null, modifications: [], citations: [] };
  let active: (typeof ordered)[number] | null = null;
  for (const act of ordered) {
    switch (act.tipo) {
      case 'adopcion':
        // A new plan replaces the previous history (and any court decision against the old one).
        summary.adoptionDate = act.fecha;
        summary.adoptionInstrument = act.instrumento;
        delete summary.lastGeneralRevisionDate;
        delete summary.lastGeneralRevisionInstrument;
        delete summary.declaredLongTermEnd;
        summary.modifications = [];
        active = null;
        break;
      case 'revision_general':
        summary.lastGeneralRevisionDate = act.fecha;
        summary.lastGeneralRevisionInstrument = act.instrumento;
        active = null;
        break;
      case 'suspension_provisional':
      case 'nulidad':
        active = act;
        break;
      case 'levantamiento_suspension':
        if (active?.tipo === 'suspension_provisional') active = null;
        break;
      default:
        if (MODIFICATION_TYPES.includes(act.tipo)) {
          summary.modifications.push({
            tipo: act.tipo,
            instrumento: act.instrumento,
            fecha: act.fecha,
          });
        }
    }
    // Only acts that adopt or change the plan can declare its vigencia (R-VIG-04).
    if (act.vigenciaLargoDeclarada && !JUDICIAL_TYPES.includes(act.tipo)) {
      summary.declaredLongTermEnd = parseIsoDate(act.vigenciaLargoDeclarada);
    }
  }

  summary.citations.push(CITES.art28);
  if (summary.lastGeneralRevisionDate) summary.citations.push(CITES.ce2162);
  if (active && (active.tipo === 'suspension_provisional' || active.tipo === 'nulidad')) {
    const actoAplicable = active.actoAplicable?.trim() || null;
    summary.judicial = {
      kind: active.tipo,
      instrumento: active.instrumento,
      fecha: active.fecha,
      actoAplicable,
      warning: judicialWarning(active.tipo, {
        instrumento: active.instrumento,
        fecha: active.fecha,
        actoAplicable,
      }),
    };
  }
  return summary;
}
