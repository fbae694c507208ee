import type { Citation } from './citations.js';
import { CITES, ley388 } from './citations.js';
import { DomainError } from './errors.js';

/**
 * Municipal roles that can own a checklist item. They are the platform's membership roles
 * (`MUNICIPAL_ROLES` in the server) minus those that never own a municipal deliverable: the
 * environmental authority is the counterpart of the concertación, not its owner, and its people
 * hold no membership; advisors advise; citizens take part through the consulta democrática.
 */
export const RESPONSIBLE_ROLES = [
  'planeacion',
  'alcaldia',
  'consultor',
  'interventor',
  'consejo_territorial',
  'concejo',
] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];

/** Who usually owns a product of the route, and why. */
export interface ResponsibleSuggestion {
  /** Suggested owner when the municipality contracted a consultant for the technical work. */
  role: ResponsibleRole;
  /** Owner when the municipality prepares the product itself (no contracted consultant). */
  directRole?: ResponsibleRole;
  /**
   * `norma`: a norm assigns the step to that body (see `citations`); `practica`: a convention of
   * the product that no norm assigns, so the municipality may well choose another owner.
   */
  basis: 'norma' | 'practica';
  /** Spanish explanation shown next to the suggestion. */
  note: string;
  /** Legal basis when `basis` is `norma`; the legal frame of the step otherwise (may be empty). */
  citations: Citation[];
}

/** The mayor, through the planning office, coordinates the formulation (not re-read: `K`). */
const ART24_INC1 = ley388(
  '24 inc. 1',
  'K',
  'El alcalde, a través de la oficina de planeación o la dependencia que haga sus veces, coordina la formulación del proyecto de plan.',
);

/**
 * Technical studies and documents: contracting them out is practice, not law; the law leaves
 * the formulation with the mayor through the planning office, who owns them when there is no
 * consultant.
 */
const TECHNICAL: ResponsibleSuggestion = {
  role: 'consultor',
  directRole: 'planeacion',
  basis: 'practica',
  note: 'Documento técnico: lo elabora el consultor contratado y, si el municipio lo hace directamente, la oficina de planeación, que responde por la formulación.',
  citations: [ART24_INC1],
};

const PLANNING_OFFICE_PRACTICE: ResponsibleSuggestion = {
  role: 'planeacion',
  basis: 'practica',
  note: 'Convención del producto: lo prepara la oficina de planeación, que coordina la revisión; ninguna norma asigna este ítem a un rol.',
  citations: [],
};

const BY_PRODUCT: Readonly<Record<string, ResponsibleSuggestion>> = {
  'reporte-vigencia': PLANNING_OFFICE_PRACTICE,
  'expediente-municipal': {
    role: 'planeacion',
    basis: 'norma',
    note: 'La ley obliga al municipio a organizar el expediente; lo lleva la oficina de planeación (la dependencia es convención).',
    citations: [CITES.art112],
  },
  'decision-tipo-revision': {
    role: 'alcaldia',
    basis: 'norma',
    note: 'Decisión de la administración: el alcalde responde por la formulación oportuna del plan y de sus revisiones.',
    citations: [ART24_INC1],
  },
  'plan-de-trabajo': PLANNING_OFFICE_PRACTICE,
  'estrategia-participacion': {
    role: 'planeacion',
    basis: 'norma',
    note: 'La administración municipal convoca y adelanta la consulta democrática; la oficina de planeación la organiza.',
    citations: [CITES.art24num4],
  },
  'documento-seguimiento-evaluacion': TECHNICAL,
  'analisis-capacidades': {
    ...PLANNING_OFFICE_PRACTICE,
    note: 'Convención del producto: son las capacidades de la propia administración; las analiza la oficina de planeación.',
  },
  'dts-diagnostico': TECHNICAL,
  'cartografia-diagnostico': TECHNICAL,
  'estudio-basico-movimientos-en-masa': TECHNICAL,
  'estudio-basico-inundacion': TECHNICAL,
  'estudio-basico-avenidas-torrenciales': TECHNICAL,
  'dts-formulacion': TECHNICAL,
  'memoria-justificativa': TECHNICAL,
  'proyecto-de-acuerdo': {
    ...TECHNICAL,
    note: 'El texto lo redacta el consultor (o la oficina de planeación si no hay consultor); el alcalde lo presenta al Concejo.',
    citations: [ART24_INC1, CITES.art25],
  },
  'cartografia-formulacion': TECHNICAL,
  'programa-de-ejecucion': TECHNICAL,
  'documento-resumen': TECHNICAL,
  'acta-consejo-gobierno': {
    role: 'alcaldia',
    basis: 'norma',
    note: 'El alcalde somete el proyecto al Consejo de Gobierno por conducto de la oficina de planeación, que guarda el acta.',
    citations: [CITES.art24inc1],
  },
  'acta-concertacion-car': {
    role: 'planeacion',
    basis: 'norma',
    note: 'El municipio somete el proyecto a la autoridad ambiental y lleva la concertación; la CAR es la contraparte, no la responsable del ítem.',
    citations: [CITES.art24num1, CITES.ley2079art26],
  },
  'concertacion-junta-metropolitana': {
    role: 'planeacion',
    basis: 'norma',
    note: 'El municipio somete el proyecto a la Junta Metropolitana; la Junta es la contraparte.',
    citations: [ley388('24 num. 2', 'K')],
  },
  'concepto-ctp': {
    role: 'consejo_territorial',
    basis: 'norma',
    note: 'El Consejo Territorial de Planeación rinde el concepto y formula las recomendaciones.',
    citations: [CITES.art24num3],
  },
  'evidencias-consulta-democratica': {
    role: 'planeacion',
    basis: 'norma',
    note: 'La administración municipal solicita opiniones, convoca audiencias y expone los documentos; la oficina de planeación guarda las evidencias.',
    citations: [CITES.art24num4],
  },
  'acta-cabildo-abierto': {
    role: 'concejo',
    basis: 'norma',
    note: 'El Concejo celebra el cabildo abierto antes de estudiar el proyecto.',
    citations: [CITES.ley507art2],
  },
  'acto-de-adopcion': {
    role: 'concejo',
    basis: 'norma',
    note: 'El Concejo adopta el plan por acuerdo; solo si no decide en 90 días calendario lo adopta el alcalde por decreto.',
    citations: [CITES.art25, CITES.ley810],
  },
  'estudios-detallados-riesgo': TECHNICAL,
  'informe-seguimiento-anual': {
    ...PLANNING_OFFICE_PRACTICE,
    note: 'Convención del producto: la oficina de planeación consolida el seguimiento con el expediente municipal; la norma exige el seguimiento sin asignar la dependencia.',
  },
  'concepto-consejo-consultivo': {
    role: 'alcaldia',
    basis: 'norma',
    note: 'El alcalde conforma el Consejo Consultivo de Ordenamiento, instancia asesora de la administración (la plataforma no tiene un rol para el Consejo).',
    citations: [CITES.art29],
  },
};

/**
 * Suggested owner of a product of the route ({@link requiredProducts} ids), or undefined for an
 * id the engine does not list (e.g. an item stored by an older version).
 */
export function responsibleFor(productId: string): ResponsibleSuggestion | undefined {
  return Object.hasOwn(BY_PRODUCT, productId) ? BY_PRODUCT[productId] : undefined;
}

/** Same, for the product list itself: a product without an owner is a bug, never a default. */
export function requireResponsible(productId: string): ResponsibleSuggestion {
  const found = responsibleFor(productId);
  if (!found) {
    throw new DomainError('invalid_input', `Producto sin responsable sugerido: «${productId}».`, {
      productId,
    });
  }
  return found;
}

/**
 * The role to write on a new checklist item: the consultant only when the municipality has one;
 * otherwise the body that does the work directly.
 */
export function chooseResponsibleRole(
  suggestion: Pick<ResponsibleSuggestion, 'role' | 'directRole'>,
  input: { hasConsultant: boolean },
): ResponsibleRole {
  return input.hasConsultant ? suggestion.role : (suggestion.directRole ?? suggestion.role);
}

/** Type guard for untrusted input (API bodies). */
export function isResponsibleRole(value: unknown): value is ResponsibleRole {
  return typeof value === 'string' && (RESPONSIBLE_ROLES as readonly string[]).includes(value);
}
