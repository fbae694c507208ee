import type { Citation } from './citations.js';
import { CITES } from './citations.js';

/** Stage of the FCM "Ruta" (route order). */
export type StageId =
  | 'contexto'
  | 'decision'
  | 'preliminar'
  | 'evaluacion'
  | 'diagnostico'
  | 'formulacion'
  | 'concertacion'
  | 'implementacion'
  | 'seguimiento';

/** A route stage with its legal anchor (R-STG-01 mapping table). */
export interface Stage {
  id: StageId;
  /** Spanish name. */
  name: string;
  /** Spanish description of the legal anchor (or that it is recommended practice). */
  legalAnchor: string;
  citations: Citation[];
}

/**
 * The nine FCM route stages in order (R-STG-01). Decreto 1232 de 2020 has four legal stages
 * (diagnóstico, formulación, implementación, seguimiento y evaluación); «preliminar» is
 * recommended practice, not a legal stage (Q15); concertación/adopción are steps of Ley 388
 * arts. 24–26.
 */
export const STAGES: readonly Stage[] = [
  {
    id: 'contexto',
    name: 'Contexto municipal',
    legalAnchor: 'Estado de la vigencia (Ley 388 art. 28) y expediente municipal (art. 112).',
    citations: [CITES.art28, CITES.art112],
  },
  {
    id: 'decision',
    name: 'Decisión de revisar',
    legalAnchor: 'Tipo de revisión procedente (Decreto 1077, mod. Decreto 1232 de 2020).',
    citations: [CITES.d1077rev, CITES.art28],
  },
  {
    id: 'preliminar',
    name: 'Etapa preliminar (alistamiento)',
    legalAnchor:
      'Práctica recomendada, no es etapa legal tras el Decreto 1232 de 2020; su contenido (capacidades, estrategia de participación) está en el ítem A del diagnóstico (Q15).',
    citations: [{ ...CITES.d1232stages, confidence: '?', note: 'Pregunta abierta Q15.' }],
  },
  {
    id: 'evaluacion',
    name: 'Evaluación del POT vigente',
    legalAnchor:
      'Seguimiento y evaluación (Decreto 1077 art. 2.2.2.1.2.1.5); Decreto 4002 de 2004 art. 9 num. 3.',
    citations: [CITES.d1232seguimiento, CITES.d4002art9],
  },
  {
    id: 'diagnostico',
    name: 'Diagnóstico',
    legalAnchor: 'Decreto 1077 art. 2.2.2.1.2.1.2 [K] (mod. Decreto 1232 de 2020).',
    citations: [CITES.d1232stages],
  },
  {
    id: 'formulacion',
    name: 'Formulación',
    legalAnchor: 'Decreto 1077 art. 2.2.2.1.2.1.3 [K] (mod. Decreto 1232 de 2020).',
    citations: [CITES.d1232stages],
  },
  {
    id: 'concertacion',
    name: 'Concertación, consulta y aprobación',
    legalAnchor: 'Ley 388 arts. 24, 25 y 26; Ley 810 de 2003 art. 12; Ley 507 de 1999 art. 2.',
    citations: [
      CITES.art24num1,
      CITES.art24num3,
      CITES.art24num4,
      CITES.art25,
      CITES.ley810,
      CITES.ley507art2,
    ],
  },
  {
    id: 'implementacion',
    name: 'Implementación',
    legalAnchor:
      'Decreto 1077 art. 2.2.2.1.2.1.4 [K]; Ley 388 art. 18 (programa de ejecución en cada plan de desarrollo).',
    citations: [CITES.d1232stages, CITES.art18],
  },
  {
    id: 'seguimiento',
    name: 'Seguimiento y evaluación',
    legalAnchor: 'Decreto 1077 art. 2.2.2.1.2.1.5 [V]; Ley 388 art. 112 (expediente municipal).',
    citations: [CITES.d1232seguimiento, CITES.art112],
  },
];
