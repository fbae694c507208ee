import { CITES } from '../citations.js';
import { defineLifecycle } from '../lifecycle/lifecycle.js';

/** Who moves a revision process: the municipality's managers (and the platform administrator). */
export type ProcessActor = 'alcaldia' | 'planeacion' | 'administrador';

const managers: ProcessActor[] = ['alcaldia', 'planeacion', 'administrador'];

/**
 * A revision process (issues 4, 17): worked on until it is filed before the Concejo, which adopts
 * it or not. Once filed, its checklist is closed: what the Concejo studies is what was filed (Ley
 * 388 art. 25: changes to the project need the administration's acceptance, not new checklist
 * work). A process that does not go on is archived, never deleted.
 */
export const PROCESS_LIFECYCLE = defineLifecycle({
  name: 'proceso de revisión',
  states: ['en_curso', 'radicado_concejo', 'adoptado', 'archivado'],
  initial: 'en_curso',
  terminal: ['adoptado', 'archivado'],
  labels: {
    en_curso: 'En curso',
    radicado_concejo: 'Radicado ante el Concejo',
    adoptado: 'Adoptado',
    archivado: 'Archivado',
  },
  transitions: [
    {
      from: 'en_curso',
      to: 'radicado_concejo',
      action: 'radicar_concejo',
      roles: managers,
      label: 'Radicar ante el Concejo',
      citations: [CITES.art25],
    },
    {
      from: 'radicado_concejo',
      to: 'adoptado',
      action: 'registrar_adopcion',
      roles: managers,
      label: 'Registrar la adopción',
      citations: [CITES.art25, CITES.ley810],
    },
    {
      from: 'radicado_concejo',
      to: 'archivado',
      action: 'archivar',
      roles: managers,
      label: 'Archivar (negado o retirado)',
    },
    {
      from: 'en_curso',
      to: 'archivado',
      action: 'archivar',
      roles: managers,
      label: 'Archivar (desistido)',
    },
  ],
});
export type ProcessState = (typeof PROCESS_LIFECYCLE.states)[number];

/** Only a process in course has a checklist that changes. */
export const processAcceptsWork = (estado: string) => estado === PROCESS_LIFECYCLE.initial;
