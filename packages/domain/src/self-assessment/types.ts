import type { Citation } from '../citations.js';
import type { StageId } from '../stages.js';

/** Possible answers: «sí», «no», «parcialmente» and «no sé» (a gap of knowledge, itself a risk). */
export type AnswerValue = 'si' | 'no' | 'parcial' | 'no_sabe';

/** Answer values in the order the questionnaire offers them. */
export const ANSWER_VALUES: readonly AnswerValue[] = ['si', 'parcial', 'no', 'no_sabe'];

/** Severity of a risk; the order decides how the risk list is sorted. */
export type Severity = 'alta' | 'media' | 'baja';

/** Severities from most to least severe. */
export const SEVERITIES: readonly Severity[] = ['alta', 'media', 'baja'];

/** The risk a municipality runs when the answer is «no». */
export interface QuestionRisk {
  /** Stable kebab-case id. */
  id: string;
  /** Short Spanish title. */
  title: string;
  /** Spanish explanation of the consequence for the revision. */
  description: string;
  severity: Severity;
}

/**
 * One yes/no/partial question of the self-assessment. Each one answers at least one difficulty
 * that the FCM document «Retos y dificultades» reports for the stage (paraphrased, not copied).
 */
export interface Question {
  /** Stable kebab-case id: stored answers refer to it, so it never changes. */
  id: string;
  stage: StageId;
  /** The question, in Spanish, phrased so that «sí» is the healthy answer. */
  text: string;
  riskIfNo: QuestionRisk;
  /** Recommended actions («retos»), concrete; they name platform features where they help. */
  actions: readonly string[];
  /** Legal duty behind the question, when there is one. */
  citations?: readonly Citation[];
  /** Short paraphrase of the seed difficulty (or difficulties) the question answers. */
  sourceDifficulty: string;
}

/** Answers keyed by question id; unanswered questions are simply absent. */
export type Answers = Readonly<Record<string, AnswerValue>>;
