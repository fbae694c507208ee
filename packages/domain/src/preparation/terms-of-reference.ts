import type { Citation, RuleWarning } from '../citations.js';
import { CITES } from '../citations.js';
import type { PlanType } from '../plan-type.js';
import type { Product } from '../products.js';
import { requiredProducts } from '../products.js';
import type { RevisionType } from '../revision-types.js';
import { STAGES } from '../stages.js';
import { PREP_CITES } from './citations.js';
import type { ContractingModality } from './contracting.js';
import { contractingModality } from './contracting.js';
import type { CostEstimate } from './cost.js';
import { scaleLines, type SuburbanScaleOption, suburbanWarning } from './land-scales.js';
import { checkRequestedTeam, formulationMonths, proportionateTeam } from './team-profiles.js';

/** A block of a generated document (mapped to the reports document model by the server). */
export type TorBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface TermsOfReference {
  title: string;
  subtitle: string;
  blocks: TorBlock[];
  /** Every product the motor normativo lists for the plan × revision type (none left out). */
  products: Product[];
  warnings: RuleWarning[];
}

export interface TorInput {
  municipality: string;
  department: string;
  planType: PlanType;
  revisionType: RevisionType;
  revisionLabel: string;
  /** Act of the plan in force, e.g. «Acuerdo 012 de 2000», or null when not recorded. */
  planInForce: string | null;
  modality?: ContractingModality;
  suburbanScale?: SuburbanScaleOption;
  /** Team months the municipality asks for (warned when more than the type needs). */
  requestedTeam?: Readonly<Record<string, number>>;
  /** Inventory: items the municipality lacks (names). */
  missing?: readonly string[];
  cost?: CostEstimate;
  /** Spanish descriptions of data still missing (e.g. the area, so no budget is included). */
  pendingData?: readonly string[];
}

const pesos = (n: number) =>
  `$${Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

/** Plain-Spanish citation: «Ley 388 de 1997, artículo 24 num. 3 (por confirmar)». */
export function citeText(c: Citation): string {
  const art = c.article === '—' ? '' : `, artículo ${c.article}`;
  const doubt = c.confidence === 'K' || c.confidence === '?' ? ' (por confirmar)' : '';
  return `${c.norm}${art}${doubt}`;
}

function productRow(p: Product): string[] {
  const status = p.required ? 'Obligatorio' : `Condicional: ${p.condition ?? 'cuando aplique'}`;
  return [
    p.name,
    STAGES.find((s) => s.id === p.stage)?.name ?? p.stage,
    `${status}${p.required && p.condition ? ` (${p.condition})` : ''}`,
    p.scales?.join('; ') ?? '—',
    p.citations.map(citeText).join('; '),
  ];
}

function scheduleRows(months: number): string[][] {
  return [
    ['Alistamiento y plan de trabajo', '1 mes', 'Inicio del contrato', CITES.d1232stages],
    [
      'Seguimiento y evaluación, diagnóstico',
      `${Math.max(1, Math.round(months * 0.4))} meses`,
      'Productos de diagnóstico aprobados',
      CITES.d1232stages,
    ],
    [
      'Formulación',
      `${Math.max(1, Math.round(months * 0.6) - 1)} meses`,
      'Proyecto de acuerdo y cartografía aprobados',
      CITES.d1232stages,
    ],
    [
      'Presentación al Consejo de Gobierno',
      'Antes de la concertación',
      'Acta o constancia del Consejo de Gobierno',
      { ...CITES.art24num1, article: '24 inc. 1', confidence: 'K' as const },
    ],
    [
      'Concertación ambiental con la CAR',
      '45 días hábiles',
      'Acta de concertación',
      CITES.ley2079art26,
    ],
    [
      'Concepto del Consejo Territorial de Planeación',
      '30 días hábiles',
      'Concepto del CTP',
      CITES.art24num3,
    ],
    [
      'Consulta democrática',
      'En paralelo, todas las fases',
      'Evidencias y matriz de respuestas',
      CITES.art24num4,
    ],
    [
      'Presentación al Concejo',
      '30 días hábiles tras el concepto del CTP',
      'Radicado en el Concejo',
      CITES.art25,
    ],
    [
      'Cabildo abierto',
      'Antes del estudio en el Concejo',
      'Acta y respuestas a las intervenciones',
      CITES.ley507art2,
    ],
    [
      'Estudio y decisión del Concejo',
      '90 días calendario',
      'Acuerdo o decreto de adopción',
      CITES.ley810,
    ],
  ].map(([a, b, c, cite]) => [a as string, b as string, c as string, citeText(cite as Citation)]);
}

const PAYMENTS: Array<[number, string]> = [
  [10, 'Plan de trabajo, cronograma y estrategia de participación aprobados por la interventoría'],
  [25, 'Documento de seguimiento y evaluación, diagnóstico y estudios básicos aprobados'],
  [
    30,
    'Formulación completa aprobada: DTS, memoria justificativa, proyecto de acuerdo, cartografía y programa de ejecución',
  ],
  [15, 'Radicación ante la CAR y acta de concertación ambiental con los ajustes incorporados'],
  [10, 'Concepto del CTP atendido y radicación del proyecto en el Concejo'],
  [10, 'Adopción del plan (acuerdo o decreto) y entrega final de la cartografía oficial'],
];

/**
 * Terms of reference for the consultancy of a revision: object, modality, scope by stage, every
 * product the law requires for the plan × revision type (with citations), proportionate team,
 * schedule until adoption, payments tied to approved products, and supervision criteria.
 */
export function termsOfReference(input: TorInput): TermsOfReference {
  const modality = contractingModality(input.modality ?? 'concurso_meritos');
  const products = requiredProducts({ planType: input.planType, revisionType: input.revisionType });
  const option = input.suburbanScale ?? 'suburbano_1_5000';
  const team = proportionateTeam(input.planType, input.revisionType);
  const months = formulationMonths(input.planType, input.revisionType);
  const warnings: RuleWarning[] = [
    ...modality.warnings,
    suburbanWarning(option),
    ...checkRequestedTeam({
      planType: input.planType,
      revisionType: input.revisionType,
      requested: input.requestedTeam ?? {},
    }),
  ];
  if (input.pendingData && input.pendingData.length > 0)
    warnings.push({
      code: 'DATA_MISSING',
      message: `Faltan datos, por eso los términos no incluyen presupuesto: ${input.pendingData.join('; ')}.`,
      citations: [],
    });
  if (input.planInForce === null)
    warnings.push({
      code: 'PLAN_IN_FORCE_MISSING',
      message:
        'No está registrado el acto de adopción del plan vigente: complételo en «Estado del POT» antes de publicar los términos.',
      citations: [CITES.art28],
    });
  const object = `${modality.label} para la ${input.revisionLabel.toLowerCase()} del ${input.planType} del municipio de ${input.municipality} (${input.department})${input.planInForce ? `, adoptado mediante ${input.planInForce}` : ''}, incluido el acompañamiento hasta su adopción.`;
  const blocks: TorBlock[] = [
    { kind: 'heading', text: '1. Objeto', level: 1 },
    { kind: 'paragraph', text: object },
    { kind: 'heading', text: '2. Modalidad de contratación', level: 1 },
    {
      kind: 'paragraph',
      text: `${modality.label} (${modality.citations.map(citeText).join('; ')}). Documentos del proceso:`,
    },
    { kind: 'list', items: modality.documents },
    { kind: 'heading', text: '3. Alcance por etapa', level: 1 },
    ...STAGES.filter((s) => products.some((p) => p.stage === s.id)).flatMap((s): TorBlock[] => [
      { kind: 'heading', text: s.name, level: 2 },
      { kind: 'paragraph', text: s.legalAnchor },
      {
        kind: 'list',
        items: products.filter((p) => p.stage === s.id).map((p) => `${p.name}: ${p.description}`),
      },
    ]),
    { kind: 'heading', text: '4. Productos exigidos por la ley', level: 1 },
    {
      kind: 'paragraph',
      text: `Lista completa del motor normativo para un ${input.planType} y una ${input.revisionLabel.toLowerCase()} (${products.length} productos). Ninguno puede omitirse; los condicionales se entregan cuando se cumple su condición. Son los mismos productos que La Ruta convierte en la lista de chequeo del proceso cuando este se inicia.`,
    },
    {
      kind: 'table',
      header: ['Producto', 'Etapa', 'Exigencia', 'Escalas', 'Fundamento'],
      rows: products.map(productRow),
    },
    {
      kind: 'paragraph',
      text: `Escalas de la cartografía y de los estudios básicos: ${scaleLines(option).join('; ')}.`,
    },
    ...(input.missing && input.missing.length > 0
      ? [
          {
            kind: 'heading',
            text: '5. Información faltante a cargo del consultor',
            level: 1,
          } as TorBlock,
          { kind: 'list', items: [...input.missing] } as TorBlock,
        ]
      : [
          { kind: 'heading', text: '5. Información disponible', level: 1 } as TorBlock,
          {
            kind: 'paragraph',
            text: 'El municipio entregará la información registrada en su inventario; la faltante se solicitará a las entidades que la tienen.',
          } as TorBlock,
        ]),
    { kind: 'heading', text: '6. Equipo mínimo proporcional al tipo de plan', level: 1 },
    {
      kind: 'table',
      header: ['Perfil', 'Formación y experiencia', 'Meses-persona'],
      rows: team.map((t) => [
        t.profile.name,
        t.profile.qualification,
        String(t.months).replace('.', ','),
      ]),
    },
    {
      kind: 'paragraph',
      text: `Dimensionado para ${months} meses de formulación de un ${input.planType} (Ley 388 de 1997, artículos 16 y 17: el PBOT y el EOT tienen contenidos simplificados). Exigir más encarece el contrato sin agregar contenido legal.`,
    },
    { kind: 'heading', text: '7. Cronograma hasta la adopción', level: 1 },
    {
      kind: 'paragraph',
      text: `El contrato no termina con la entrega de documentos: ${modality.counterpart} acompaña la concertación, el concepto del CTP, el cabildo abierto y el trámite en el Concejo hasta la adopción.`,
    },
    {
      kind: 'table',
      header: ['Actividad', 'Término', 'Producto o evidencia', 'Fundamento'],
      rows: scheduleRows(months),
    },
    { kind: 'heading', text: '8. Forma de pago ligada a productos aprobados', level: 1 },
    {
      kind: 'table',
      header: ['Pago', 'Producto aprobado'],
      rows: PAYMENTS.map(([pct, what]) => [`${pct} %`, what]),
    },
    {
      kind: 'paragraph',
      text: 'No hay anticipo sin producto. Cada pago requiere el acta de aprobación de la interventoría o supervisión.',
    },
    { kind: 'heading', text: '9. Supervisión e interventoría', level: 1 },
    {
      kind: 'paragraph',
      text: `La interventoría revisa cada producto con tres criterios y responde dentro de diez (10) días hábiles; ${modality.counterpart} corrige dentro de los cinco (5) días hábiles siguientes (${citeText(PREP_CITES.ley1474)}).`,
    },
    {
      kind: 'list',
      items: [
        'Calidad: rigor técnico, fuentes, escalas y formato (incluido el modelo de datos de la cartografía).',
        'Suficiencia: el producto contiene todo lo que la norma exige para el tipo de plan y de revisión.',
        'Pertinencia: responde al diagnóstico y al modelo de ocupación del municipio, sin contenidos que no correspondan.',
      ],
    },
  ];
  if (input.cost)
    blocks.push(
      { kind: 'heading', text: '10. Presupuesto estimado', level: 1 },
      {
        kind: 'paragraph',
        text: `Valor esperado ${pesos(input.cost.esperado)} (rango ${pesos(input.cost.bajo)} a ${pesos(input.cost.alto)}), en pesos de ${input.cost.anioPrecios}, según el método de costos de Ruta POT con sus supuestos.`,
      },
    );
  if (warnings.length > 0)
    blocks.push(
      { kind: 'heading', text: 'Advertencias', level: 1 },
      { kind: 'list', items: warnings.map((w) => w.message) },
    );
  return {
    title: 'Términos de referencia',
    subtitle: `${input.revisionLabel} del ${input.planType} de ${input.municipality} (${input.department})`,
    blocks,
    products,
    warnings,
  };
}
