import type { Citation, RuleWarning } from '../citations.js';
import { PREP_CITES } from './citations.js';

/** Contracting modality of the consultancy (issue 18). */
export type ContractingModality = 'concurso_meritos' | 'convenio_interadministrativo' | 'otra';

export const CONTRACTING_MODALITIES: readonly ContractingModality[] = [
  'concurso_meritos',
  'convenio_interadministrativo',
  'otra',
];

export interface ModalityInfo {
  id: ContractingModality;
  label: string;
  /** Documents the process needs, in order. */
  documents: string[];
  /** Spanish name of the contract's counterpart in the generated documents. */
  counterpart: string;
  citations: Citation[];
  warnings: RuleWarning[];
}

/**
 * What a modality implies. A POT consultancy is normally a concurso de méritos (Ley 1150 art. 2
 * num. 3) with estudios previos and pliego; a convenio interadministrativo is possible with a
 * public entity (a public university); any other modality must be justified.
 */
export function contractingModality(id: ContractingModality): ModalityInfo {
  if (id === 'concurso_meritos')
    return {
      id,
      label: 'Concurso de méritos',
      documents: [
        'Estudios y documentos previos',
        'Proyecto de pliego de condiciones',
        'Pliego de condiciones definitivo',
        'Términos de referencia técnicos (anexo del pliego)',
      ],
      counterpart: 'el consultor',
      citations: [PREP_CITES.ley1150, PREP_CITES.d1082],
      warnings: [],
    };
  if (id === 'convenio_interadministrativo')
    return {
      id,
      label: 'Convenio interadministrativo',
      documents: [
        'Estudios y documentos previos',
        'Justificación de la contratación directa',
        'Minuta del convenio con sus términos de referencia técnicos',
      ],
      counterpart: 'la entidad ejecutora',
      citations: [PREP_CITES.ley1150directa, PREP_CITES.d1082],
      warnings: [
        {
          code: 'CONVENIO_CAPACITY',
          message:
            'En un convenio interadministrativo la entidad ejecutora debe tener capacidad propia para el objeto; si lo subcontrata todo, el convenio puede ser cuestionado por eludir el concurso de méritos.',
          citations: [PREP_CITES.ley1150directa],
        },
      ],
    };
  return {
    id,
    label: 'Otra modalidad',
    documents: ['Estudios y documentos previos', 'Justificación expresa de la modalidad'],
    counterpart: 'el contratista',
    citations: [PREP_CITES.ley1150],
    warnings: [
      {
        code: 'MODALITY_UNUSUAL',
        message:
          'La consultoría de un POT normalmente se contrata por concurso de méritos; otra modalidad debe justificarse expresamente en los estudios previos.',
        citations: [PREP_CITES.ley1150],
      },
    ],
  };
}
