/**
 * @ruta-pot/domain — pure legal rules engine of Ruta POT (Ley 388 de 1997 and regulations).
 * No I/O and no clock: dates ("asOf") and the business calendar are passed in.
 */
export type { BusinessCalendar, BusinessCalendarOptions } from './business-calendar.js';
export { createBusinessCalendar } from './business-calendar.js';
export type { ChainStep, DeadlineChainInput, LastUsefulDateResult } from './chain.js';
export { APPROVAL_CHAIN, deadlineChain, lastUsefulDateInTerm } from './chain.js';
export type { Citation, Confidence, RuleWarning } from './citations.js';
export { CITES } from './citations.js';
export type { IsoDate } from './dates.js';
export {
  addDays,
  addMonths,
  compareIso,
  formatSpanish,
  fromDay,
  parseIsoDate,
  toDay,
} from './dates.js';
export type { DeadlineInput, DeadlineResult } from './deadlines.js';
export { computeDeadline } from './deadlines.js';
export type { DomainErrorCode } from './errors.js';
export { DomainError } from './errors.js';
export type { MunicipalityInput, MunicipalitySummary } from './evaluate.js';
export { evaluateMunicipality } from './evaluate.js';
export type { Holiday } from './holidays.js';
export { colombianHolidays, easterDay, HOLIDAY_YEAR_RANGE } from './holidays.js';
export type { Period } from './periods.js';
export {
  constitutionalPeriodContaining,
  constitutionalPeriodsBetween,
  periodByIndex,
} from './periods.js';
export type { PlanType, PlanTypeInput, PlanTypeResult } from './plan-type.js';
export { determinePlanType, PLAN_TYPE_THRESHOLDS } from './plan-type.js';
export type { DayKind, Procedure, ProcedureId } from './procedures.js';
export {
  CAR_DAYS_BEFORE_2079,
  getProcedure,
  LEY_2079_EFFECTIVE,
  PETITION_IDS,
  PROCEDURE_IDS,
  PROCEDURES,
} from './procedures.js';
export type { Product, ProductsInput } from './products.js';
export { requiredProducts } from './products.js';
export type { ResponsibleRole, ResponsibleSuggestion } from './responsible-roles.js';
export {
  chooseResponsibleRole,
  isResponsibleRole,
  RESPONSIBLE_ROLES,
  responsibleFor,
} from './responsible-roles.js';
export type { RevisionAssessment, RevisionFacts, RevisionType } from './revision-types.js';
export { assessRevisionTypes, proposeRevisionType, REVISION_TYPES } from './revision-types.js';
export type { Stage, StageId } from './stages.js';
export { STAGES } from './stages.js';
export type { ContentKind, TermEnds, VigenciaInput, VigenciaResult } from './vigencias.js';
export { computeVigencias } from './vigencias.js';

// Autodiagnóstico (self-assessment): questionnaire per stage and its evaluation.
export type { EventOrderProblem } from './route/event-order.js';
export { checkEventOrder } from './route/event-order.js';
export type {
  ConsultaPrevia,
  FilingGateResult,
  GateEvent,
  GateItem,
  MissingRequirement,
} from './route/filing-gate.js';
export { checkConcejoFilingGate } from './route/filing-gate.js';
export type { ItemActor, ItemState } from './route/item-lifecycle.js';
export { ITEM_LIFECYCLE, itemActorsOf } from './route/item-lifecycle.js';
export type { ProcessEventKind, ProcessEventType } from './route/process-events.js';
export { PROCESS_EVENT_KINDS, processEventKind } from './route/process-events.js';
export type { ProcessActor, ProcessState } from './route/process-lifecycle.js';
export { PROCESS_LIFECYCLE, processAcceptsWork } from './route/process-lifecycle.js';
export type {
  Answers,
  AnswerValue,
  AssessedRisk,
  Question,
  QuestionRisk,
  RiskCounts,
  RiskKind,
  SelfAssessmentResult,
  Severity,
  StageAssessment,
} from './self-assessment/index.js';
export {
  ANSWER_VALUES,
  evaluateSelfAssessment,
  findQuestion,
  MISSING_INFO_ACTION,
  SELF_ASSESSMENT_QUESTIONS,
  SEVERITIES,
  unknownQuestionIds,
} from './self-assessment/index.js';

// Plan history (acts of adoption, revision, modification and court decisions).
export type {
  JudicialStatus,
  PlanAct,
  PlanActType,
  PlanHistorySummary,
} from './plans/plan-history.js';
export { PLAN_ACT_TYPES, summarizePlanHistory } from './plans/plan-history.js';

// Lifecycles: one transition table per thing that moves (ADR 0019).
export type { Lifecycle, Transition } from './lifecycle/lifecycle.js';
export {
  assertTransition,
  availableTransitions,
  defineLifecycle,
  statesCheckSql,
} from './lifecycle/lifecycle.js';

// Preparation of a revision (issue 16): inventory, requests, cost, terms of reference.
export * from './preparation/index.js';

// Expediente municipal: sufficiency, indicators, programa de ejecución, report recipients (issue 15).
export * from './expediente/index.js';

// Participation, concertation and approval (issue 13): aportes, CAR rounds, timeline, gaps.
export * from './participation/index.js';

// Teams (issue 11): who invites whom, the last manager, the invitation lifecycle.
export * from './team/team.js';

// Personal data of the people who use the platform (issue 18): policy, consent, requests.
export * from './accounts/data-policy.js';

// Cartography (issue 14): POT layer profiles, category vocabularies, condición de amenaza.
export * from './cartography/index.js';
export {
  ADOPTION_VIAS,
  adoptionActType,
  type AdoptionVia,
  ARCHIVE_REASON_LABELS,
  ARCHIVE_REASONS,
  type ArchiveReason,
  archiveReasonsFrom,
  checkAdoption,
  checkArchive,
} from './route/process-closing.js';
