import type { Citation, RuleWarning } from '../citations.js';
import { CITES } from '../citations.js';
import type { PlanType } from '../plan-type.js';
import type { RevisionType } from '../revision-types.js';
import { PREP_CITES } from './citations.js';
import type { SuburbanScaleOption } from './land-scales.js';
import { scaleLines, suburbanWarning } from './land-scales.js';

/** Entities that usually hold the information a revision needs. */
export type HolderEntity = 'IGAC' | 'CAR' | 'SGC' | 'IDEAM' | 'DANE' | 'gobernacion' | 'municipio';

export const HOLDER_LABELS: Record<HolderEntity, string> = {
  IGAC: 'Instituto Geográfico Agustín Codazzi (IGAC)',
  CAR: 'Corporación Autónoma Regional (autoridad ambiental)',
  SGC: 'Servicio Geológico Colombiano (SGC)',
  IDEAM: 'Instituto de Hidrología, Meteorología y Estudios Ambientales (IDEAM)',
  DANE: 'Departamento Administrativo Nacional de Estadística (DANE)',
  gobernacion: 'Gobernación del departamento',
  municipio: 'Administración municipal',
};

/** Whether an item is priced as a study (by area and scale) when missing. */
export type CostKind = 'estudio_riesgo' | 'cartografia' | 'coberturas' | 'ninguno';

/** One study or piece of information the revision needs. */
export interface InventoryItem {
  id: string;
  name: string;
  holder: HolderEntity;
  /** Scales required, by land class (issue 18). */
  scales: string[];
  required: boolean;
  condition?: string;
  costKind: CostKind;
  citations: Citation[];
}

/** Status the municipality records for an item. */
export type InventoryStatus = 'tiene' | 'desactualizado' | 'falta' | 'sin_revisar';
export const INVENTORY_STATUSES: readonly InventoryStatus[] = [
  'tiene',
  'desactualizado',
  'falta',
  'sin_revisar',
];

export interface InventoryInput {
  planType: PlanType;
  revisionType: RevisionType;
  suburbanScale?: SuburbanScaleOption;
}

const MEDIUM_OR_LONG: readonly RevisionType[] = ['revision_general', 'revision_mediano_plazo'];

function riskItems(rev: RevisionType, scales: string[]): InventoryItem[] {
  const mandatory = MEDIUM_OR_LONG.includes(rev);
  const phenomena: Array<[string, string, HolderEntity]> = [
    ['movimientos-en-masa', 'movimientos en masa', 'SGC'],
    ['inundacion', 'inundación', 'IDEAM'],
    ['avenidas-torrenciales', 'avenidas torrenciales', 'SGC'],
  ];
  return phenomena.map(([id, label, holder]) => ({
    id: `estudio-basico-${id}`,
    name: `Estudio básico de amenaza por ${label}`,
    holder,
    scales,
    required: mandatory,
    ...(mandatory
      ? {}
      : {
          condition:
            'Solo si la modificación involucra suelos con condición de amenaza o riesgo (Decreto-Ley 019 de 2012 art. 189 los exige para mediano y largo plazo).',
        }),
    costKind: 'estudio_riesgo' as const,
    citations: [CITES.dl019, CITES.ley1523, CITES.d1077risk],
  }));
}

/**
 * The studies and information a revision needs for a plan type and revision type (legal-rules
 * §4, §7 and issue 18 scales), each with the entity that usually holds it. A MENU or a short-term
 * revision needs less; EOTs do not need the Consejo Consultivo's records.
 */
export function informationInventory(input: InventoryInput): {
  items: InventoryItem[];
  warnings: RuleWarning[];
} {
  const option = input.suburbanScale ?? 'suburbano_1_5000';
  const scales = scaleLines(option);
  const rev = input.revisionType;
  const broad = rev === 'revision_general' || rev === 'revision_mediano_plazo';
  const partial = broad ? {} : { condition: 'Solo para las áreas y temas que se revisan.' };
  const items: InventoryItem[] = [
    {
      id: 'cartografia-basica',
      name: 'Cartografía básica oficial',
      holder: 'IGAC',
      scales,
      required: true,
      ...(rev === 'revision_general' ? {} : partial),
      costKind: 'cartografia',
      citations: [CITES.d824, PREP_CITES.escalas],
    },
    ...riskItems(rev, scales),
    {
      id: 'coberturas-uso-suelo',
      name: 'Coberturas y uso actual del suelo',
      holder: 'IDEAM',
      scales: ['1:25.000 rural'],
      required: broad,
      ...partial,
      costKind: 'coberturas',
      citations: [CITES.d1232stages],
    },
    {
      id: 'suelos-agrologicos',
      name: 'Estudio de suelos y capacidad de uso (clases agrológicas)',
      holder: 'IGAC',
      scales: ['1:25.000 rural'],
      required: broad,
      ...partial,
      costKind: 'ninguno',
      citations: [CITES.d1232stages],
    },
    {
      id: 'catastro',
      name: 'Información catastral (predios, avalúos)',
      holder: 'IGAC',
      scales: [],
      required: true,
      condition:
        'El gestor catastral puede ser el IGAC o un gestor habilitado (municipio o departamento).',
      costKind: 'ninguno',
      citations: [CITES.d824],
    },
    {
      id: 'determinantes-ambientales',
      name: 'Determinantes ambientales de la CAR',
      holder: 'CAR',
      scales: [],
      required: true,
      costKind: 'ninguno',
      citations: [CITES.art24num1, { ...CITES.art11a17, article: '10', note: 'Determinantes.' }],
    },
    {
      id: 'poblacion-dane',
      name: 'Población y proyecciones DANE',
      holder: 'DANE',
      scales: [],
      required: true,
      costKind: 'ninguno',
      citations: [CITES.art9],
    },
    {
      id: 'planes-departamentales',
      name: 'Lineamientos departamentales (plan de desarrollo y ordenamiento departamental)',
      holder: 'gobernacion',
      scales: [],
      required: broad,
      ...partial,
      costKind: 'ninguno',
      citations: [CITES.d1232stages],
    },
    {
      id: 'documento-seguimiento-evaluacion',
      name: 'Documento de seguimiento y evaluación (DSE) del plan vigente',
      holder: 'municipio',
      scales: [],
      required: rev !== 'modificacion_excepcional',
      ...(rev === 'modificacion_excepcional' ? { condition: 'Cuando aplique.' } : {}),
      costKind: 'ninguno',
      citations: [CITES.d4002art9, CITES.d1232seguimiento],
    },
    {
      id: 'expediente-municipal',
      name: 'Expediente municipal',
      holder: 'municipio',
      scales: [],
      required: true,
      costKind: 'ninguno',
      citations: [CITES.art112],
    },
  ];
  if (input.planType !== 'EOT') {
    items.push({
      id: 'actas-consejo-consultivo',
      name: 'Actas del Consejo Consultivo de Ordenamiento',
      holder: 'municipio',
      scales: [],
      required: true,
      costKind: 'ninguno',
      citations: [CITES.art29],
    });
  }
  return { items, warnings: [suburbanWarning(option)] };
}

/** «What we have / what we lack» from recorded statuses (unrecorded items count as unreviewed). */
export function inventorySummary(
  items: readonly InventoryItem[],
  statuses: Readonly<Record<string, InventoryStatus>>,
): { tiene: string[]; desactualizado: string[]; falta: string[]; sin_revisar: string[] } {
  const out = { tiene: [], desactualizado: [], falta: [], sin_revisar: [] } as {
    tiene: string[];
    desactualizado: string[];
    falta: string[];
    sin_revisar: string[];
  };
  for (const item of items) out[statuses[item.id] ?? 'sin_revisar'].push(item.id);
  return out;
}
