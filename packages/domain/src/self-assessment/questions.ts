import type { StageId } from '../stages.js';
import { STAGES } from '../stages.js';
import { CONCERTACION_IMPLEMENTACION_QUESTIONS } from './questions-concertacion-implementacion.js';
import { CONTEXTO_DECISION_QUESTIONS } from './questions-contexto-decision.js';
import { DIAGNOSTICO_FORMULACION_QUESTIONS } from './questions-diagnostico-formulacion.js';
import { PRELIMINAR_EVALUACION_QUESTIONS } from './questions-preliminar-evaluacion.js';
import type { Question } from './types.js';

const stageOrder = (stage: StageId) => STAGES.findIndex((s) => s.id === stage);

/**
 * The whole self-assessment questionnaire, in route order (stage by stage). The data is split in
 * several files only to keep each under the size limit; the order inside a stage is preserved.
 */
export const SELF_ASSESSMENT_QUESTIONS: readonly Question[] = [
  ...CONTEXTO_DECISION_QUESTIONS,
  ...PRELIMINAR_EVALUACION_QUESTIONS,
  ...DIAGNOSTICO_FORMULACION_QUESTIONS,
  ...CONCERTACION_IMPLEMENTACION_QUESTIONS,
]
  .map((question, index) => ({ question, index }))
  .sort((a, b) => stageOrder(a.question.stage) - stageOrder(b.question.stage) || a.index - b.index)
  .map(({ question }) => question);

const BY_ID = new Map(SELF_ASSESSMENT_QUESTIONS.map((q) => [q.id, q]));

/** The question with this id, or undefined (answers may come from an untrusted client). */
export function findQuestion(id: string): Question | undefined {
  return BY_ID.get(id);
}

/** Ids in `ids` that are not questions of the questionnaire, so callers can reject them. */
export function unknownQuestionIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !BY_ID.has(id));
}
