/** Self-assessment («Autodiagnóstico»): questionnaire per route stage and its evaluation. */
export type {
  AssessedRisk,
  RiskCounts,
  RiskKind,
  SelfAssessmentResult,
  StageAssessment,
} from './evaluate.js';
export { evaluateSelfAssessment, MISSING_INFO_ACTION } from './evaluate.js';
export { findQuestion, SELF_ASSESSMENT_QUESTIONS, unknownQuestionIds } from './questions.js';
export type { Answers, AnswerValue, Question, QuestionRisk, Severity } from './types.js';
export { ANSWER_VALUES, SEVERITIES } from './types.js';
