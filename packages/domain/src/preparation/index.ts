/** Preparation of a revision (issue 16): inventory, requests, cost, terms of reference. */
export { PREP_CITES } from './citations.js';
export type { ContractingModality, ModalityInfo } from './contracting.js';
export { CONTRACTING_MODALITIES, contractingModality } from './contracting.js';
export type { CostEstimate, CostInput, CostLine } from './cost.js';
export { estimateCost } from './cost.js';
export type { CostParameters, Range } from './cost-parameters.js';
export { costParameters, DEFAULT_COST_PARAMETERS } from './cost-parameters.js';
export type { DevelopmentPlanAnswer, FinancingSource } from './financing.js';
export { developmentPlanWarnings, FINANCING_SOURCES } from './financing.js';
export type {
  CostKind,
  HolderEntity,
  InventoryInput,
  InventoryItem,
  InventoryStatus,
} from './inventory.js';
export {
  HOLDER_LABELS,
  informationInventory,
  INVENTORY_STATUSES,
  inventorySummary,
} from './inventory.js';
export type { ConvertedPesos, IpcYear } from './ipc.js';
export { convertPesos, IPC_LAST_YEAR, IPC_SERIES, ipcFactor, priceYearProblem } from './ipc.js';
export type { LandClass, ScaleRule, SuburbanScaleOption } from './land-scales.js';
export { scaleLines, scaleRules, suburbanWarning } from './land-scales.js';
export type { PetitionAlert, PetitionKind, PetitionLetter, PetitionState } from './petitions.js';
export {
  defaultPetitionKind,
  dueSentence,
  PETITION_KINDS,
  PETITION_LIFECYCLE,
  petitionAlert,
  petitionDue,
  petitionLetter,
} from './petitions.js';
export type { TeamProfile } from './team-profiles.js';
export {
  checkRequestedTeam,
  formulationMonths,
  proportionateTeam,
  TEAM_PROFILES,
} from './team-profiles.js';
export type { TermsOfReference, TorBlock, TorInput } from './terms-of-reference.js';
export { citeText, termsOfReference } from './terms-of-reference.js';
