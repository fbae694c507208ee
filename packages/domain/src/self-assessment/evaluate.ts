import type { Citation } from '../citations.js';
import { DomainError } from '../errors.js';
import type { StageId } from '../stages.js';
import { STAGES } from '../stages.js';
import { findQuestion, SELF_ASSESSMENT_QUESTIONS, unknownQuestionIds } from './questions.js';
import type { Answers, AnswerValue, Question, Severity } from './types.js';
import { ANSWER_VALUES, SEVERITIES } from './types.js';

/** Why an answer produced a risk: «no», «parcialmente» or «no sé». */
export type RiskKind = 'incumplimiento' | 'parcial' | 'falta_informacion';

/** One risk of the municipality, derived from one answer. */
export interface AssessedRisk {
  /** The risk id of the question (stable). */
  id: string;
  questionId: string;
  stage: StageId;
  kind: RiskKind;
  title: string;
  description: string;
  severity: Severity;
  /** What to do about it; never empty. */
  actions: string[];
  citations: Citation[];
}

/** Progress and result of one stage of the route. */
export interface StageAssessment {
  stage: StageId;
  name: string;
  answered: number;
  total: number;
  /**
   * 0–100 over the answered questions («sí» 1, «parcialmente» ½, «no» and «no sé» 0); null while
   * nothing is answered, so an empty stage is not mistaken for a failing one.
   */
  score: number | null;
  riskCount: number;
  /** Recommended actions («retos») of the stage's risks, without repetitions. */
  actions: string[];
}

export interface RiskCounts {
  alta: number;
  media: number;
  baja: number;
  total: number;
}

export interface SelfAssessmentResult {
  /** Risks sorted by severity (alta first), then route order, then question order. */
  risks: AssessedRisk[];
  stages: StageAssessment[];
  counts: RiskCounts;
  answered: number;
  total: number;
}

/** Action prepended when the answer is «no sé»: finding out is the first step. */
export const MISSING_INFO_ACTION =
  'Averigüe la respuesta con planeación, el archivo municipal y el empalme, y vuelva a responder el autodiagnóstico.';

/** A partial answer (or not knowing) lowers the severity one level, never below «baja». */
function lowered(severity: Severity): Severity {
  return severity === 'alta' ? 'media' : 'baja';
}

function riskFor(question: Question, answer: AnswerValue): AssessedRisk | null {
  if (answer === 'si') return null;
  const base = question.riskIfNo;
  const citations = [...(question.citations ?? [])];
  if (answer === 'no') {
    return {
      ...base,
      questionId: question.id,
      stage: question.stage,
      kind: 'incumplimiento',
      actions: [...question.actions],
      citations,
    };
  }
  if (answer === 'parcial') {
    return {
      ...base,
      questionId: question.id,
      stage: question.stage,
      kind: 'parcial',
      title: `${base.title} (parcialmente)`,
      severity: lowered(base.severity),
      actions: [...question.actions],
      citations,
    };
  }
  return {
    ...base,
    questionId: question.id,
    stage: question.stage,
    kind: 'falta_informacion',
    title: `Falta información: ${base.title.charAt(0).toLowerCase()}${base.title.slice(1)}`,
    description: `No se sabe si el municipio está en esta situación. ${base.description}`,
    severity: lowered(base.severity),
    actions: [MISSING_INFO_ACTION, ...question.actions],
    citations,
  };
}

const POINTS: Record<AnswerValue, number> = { si: 1, parcial: 0.5, no: 0, no_sabe: 0 };

/** Rejects ids that are not questions and values that are not answers (Spanish message). */
function assertValid(answers: Answers): void {
  const unknown = unknownQuestionIds(Object.keys(answers));
  if (unknown.length > 0) {
    throw new DomainError(
      'invalid_input',
      `Respuestas a preguntas que no existen en el autodiagnóstico: ${unknown.join(', ')}.`,
      { preguntas: unknown },
    );
  }
  const invalid = Object.entries(answers).filter(([, v]) => !ANSWER_VALUES.includes(v));
  if (invalid.length > 0) {
    throw new DomainError(
      'invalid_input',
      `Respuesta no válida en: ${invalid.map(([k]) => k).join(', ')}. Use si, no, parcial o no_sabe.`,
      { preguntas: invalid.map(([k]) => k) },
    );
  }
}

function stageAssessment(stage: (typeof STAGES)[number], answers: Answers, risks: AssessedRisk[]) {
  const questions = SELF_ASSESSMENT_QUESTIONS.filter((q) => q.stage === stage.id);
  const given = questions.flatMap((q) => (answers[q.id] ? [answers[q.id]!] : []));
  const points = given.reduce((sum, a) => sum + POINTS[a], 0);
  const own = risks.filter((r) => r.stage === stage.id);
  const actions = [...new Set(own.flatMap((r) => r.actions))];
  return {
    stage: stage.id,
    name: stage.name,
    answered: given.length,
    total: questions.length,
    score: given.length === 0 ? null : Math.round((100 * points) / given.length),
    riskCount: own.length,
    actions,
  } satisfies StageAssessment;
}

/**
 * Turns the self-assessment answers into the municipality's risk list and recommended actions
 * per stage. «No» yields the question's risk; «parcialmente» the same risk one level lower;
 * «no sé» a «falta información» risk, because not knowing is itself a weakness of the process.
 * Unanswered questions produce nothing but lower the stage's completion.
 *
 * @throws DomainError `invalid_input` for unknown question ids or answer values.
 */
export function evaluateSelfAssessment(answers: Answers): SelfAssessmentResult {
  assertValid(answers);
  const risks = SELF_ASSESSMENT_QUESTIONS.flatMap((q) => {
    const answer = answers[q.id];
    const risk = answer ? riskFor(q, answer) : null;
    return risk ? [risk] : [];
  });
  // Array.prototype.sort is stable: questions are already in route order.
  risks.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const counts: RiskCounts = { alta: 0, media: 0, baja: 0, total: risks.length };
  for (const r of risks) counts[r.severity] += 1;
  const stages = STAGES.map((stage) => stageAssessment(stage, answers, risks));
  return {
    risks,
    stages,
    counts,
    answered: Object.keys(answers).filter((id) => findQuestion(id)).length,
    total: SELF_ASSESSMENT_QUESTIONS.length,
  };
}
