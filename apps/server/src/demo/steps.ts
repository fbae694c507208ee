import type { Deps } from '../http/types';
import { demoCapas } from './demo-capas';
import { demoEquipo } from './demo-equipo';
import { demoExpediente } from './demo-expediente';
import { demoExpedienteSantaRosa } from './demo-expediente-santa-rosa';
import { demoLimites } from './demo-limites';
import { demoParticipacion } from './demo-participacion';
import { demoPreparacion } from './demo-preparacion';

/**
 * Demo data of each capability, loaded after the base demo (seed.ts) at every start with demo data.
 * Each step is idempotent on its own (it checks whether its data is already there), so a database
 * where people saved work is never overwritten, and a capability added later still gets its demo.
 */
export interface DemoStep {
  /** Spanish name shown in the start-up log when the step fails. */
  nombre: string;
  run: (deps: Deps) => Promise<void>;
}

/** Capabilities append their step here, in the order their data depends on each other. */
const DEMO_STEPS: readonly DemoStep[] = [
  demoLimites,
  demoCapas,
  demoEquipo,
  demoExpediente,
  demoExpedienteSantaRosa,
  demoPreparacion,
  demoParticipacion,
];

export async function runDemoSteps(deps: Deps): Promise<void> {
  for (const step of DEMO_STEPS) await step.run(deps);
}
