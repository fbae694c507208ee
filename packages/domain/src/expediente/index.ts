export * from './cartography-baselines.js';
export * from './execution.js';
export * from './indicators.js';
export * from './recipients.js';
export { EXPEDIENTE_SOURCES } from './sources.js';
export * from './sufficiency.js';
