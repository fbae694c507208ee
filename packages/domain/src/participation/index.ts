export * from './aportes.js';
export * from './concertation.js';
export * from './gate.js';
export * from './timeline.js';
