import type { Citation } from './citations.js';
import { CITES } from './citations.js';
import type { PlanType } from './plan-type.js';
import { requireResponsible, type ResponsibleSuggestion } from './responsible-roles.js';
import type { RevisionType } from './revision-types.js';
import type { StageId } from './stages.js';
import { STAGES } from './stages.js';

/** A deliverable of the route (document, map, study, act). */
export interface Product {
  /** Stable kebab-case id. */
  id: string;
  /** Spanish name. */
  name: string;
  stage: StageId;
  /** Spanish description (depth varies by plan type, R-TYPE-04). */
  description: string;
  /** Map scales, e.g. «1:25.000 rural». */
  scales?: string[];
  /** True if legally required for this plan and revision type. */
  required: boolean;
  /** Spanish condition when it applies only in some cases. */
  condition?: string;
  citations: Citation[];
  /** Suggested owner (role) with its legal basis or the convention it follows. */
  responsible: ResponsibleSuggestion;
}

/** A product as listed below, before its suggested owner is attached. */
type ProductDraft = Omit<Product, 'responsible'>;

/** Input of {@link requiredProducts}. */
export interface ProductsInput {
  planType: PlanType;
  revisionType: RevisionType;
}

const RISK_SCALES = [
  '1:5.000 urbano y de expansión urbana',
  '1:5.000 centros poblados y suelo suburbano',
  '1:25.000 rural',
];
const DIAG_SCALES = ['1:25.000 rural', '1:5.000 urbano, de expansión urbana y centros poblados'];

const DTS_DEPTH: Record<PlanType, string> = {
  POT: 'Componentes general, urbano y rural con contenido completo y programa de ejecución (Ley 388 arts. 11–14 y 18).',
  PBOT: 'Componentes general, urbano y rural «con ajustes»: componente urbano simplificado (plan vial, plan de servicios públicos, normas de parcelación, urbanización y construcción) (Ley 388 art. 16).',
  EOT: 'Contenido mínimo: objetivos, estrategias y políticas de largo y mediano plazo; división urbano-rural; estructura general del suelo urbano (vías, servicios públicos); zonas de riesgo y medidas de protección; áreas de conservación; normas de parcelación, urbanización y construcción (Ley 388 art. 17).',
};

const SCOPE: Record<RevisionType, string> = {
  revision_general: 'todos los contenidos del plan',
  revision_mediano_plazo: 'los contenidos de mediano y corto plazo, respetando el largo plazo',
  revision_corto_plazo: 'los contenidos de corto plazo y el programa de ejecución',
  modificacion_excepcional: 'las normas urbanísticas estructurales o generales que se modifican',
  revision_excepcional: 'los contenidos afectados por la circunstancia que motiva la revisión',
};

function riskStudies(rev: RevisionType): ProductDraft[] {
  const mandatory = rev === 'revision_general' || rev === 'revision_mediano_plazo';
  const condition = mandatory
    ? undefined
    : 'Cuando la modificación involucre suelos con condición de amenaza o riesgo (Decreto-Ley 019 de 2012 art. 189 solo los exige para mediano y largo plazo).';
  const phenomena: Array<[string, string]> = [
    ['movimientos-en-masa', 'movimientos en masa'],
    ['inundacion', 'inundación'],
    ['avenidas-torrenciales', 'avenidas torrenciales'],
  ];
  return phenomena.map(([id, label]) => ({
    id: `estudio-basico-${id}`,
    name: `Estudio básico de amenaza por ${label}`,
    stage: 'diagnostico',
    description: `Delimitación y zonificación de la amenaza por ${label}, áreas con condición de amenaza y con condición de riesgo, y priorización de estudios detallados (R-RISK-01..04).`,
    scales: RISK_SCALES,
    required: mandatory,
    ...(condition ? { condition } : {}),
    citations: [
      CITES.dl019,
      CITES.ley1523,
      {
        ...CITES.d1077risk,
        note: 'Escalas 1:5.000 / 1:25.000 [S]; para inundación y avenidas torrenciales [K/?].',
      },
    ],
  }));
}

/**
 * Products (documents, maps, studies, acts) required by plan type and revision type, grouped by
 * route stage (R-DOC-01/02, R-STG-01/02, R-CART-01, R-RISK-01..04). The DSE is not required
 * for a MENU («cuando aplique»); «preliminar» products are recommended, not required.
 */
export function requiredProducts(input: ProductsInput): Product[] {
  const { planType, revisionType: rev } = input;
  const menu = rev === 'modificacion_excepcional';
  const general = rev === 'revision_general';
  const scope = SCOPE[rev];
  const list: ProductDraft[] = [
    {
      id: 'reporte-vigencia',
      name: 'Reporte de vigencias del plan',
      stage: 'contexto',
      description:
        'Fechas de vencimiento de los contenidos de corto, mediano y largo plazo y estado del plan.',
      required: true,
      citations: [CITES.art28],
    },
    {
      id: 'expediente-municipal',
      name: 'Expediente municipal',
      stage: 'contexto',
      description:
        'Archivo técnico e histórico y sistema de indicadores de seguimiento; base del diagnóstico.',
      required: true,
      citations: [CITES.art112, CITES.d1232seguimiento],
    },
    {
      id: 'decision-tipo-revision',
      name: 'Decisión motivada del tipo de revisión',
      stage: 'decision',
      description: `Justificación del tipo de revisión (${scope}).`,
      required: true,
      citations: [CITES.d1077rev],
    },
    {
      id: 'plan-de-trabajo',
      name: 'Plan de trabajo, equipo y presupuesto',
      stage: 'preliminar',
      description:
        'Alistamiento: cronograma, equipo técnico, presupuesto y fuentes de financiación.',
      required: false,
      condition: 'Práctica recomendada; no es etapa legal tras el Decreto 1232 de 2020 (Q15).',
      citations: STAGES[2]?.citations ?? [],
    },
    {
      id: 'estrategia-participacion',
      name: 'Estrategia de participación',
      stage: 'preliminar',
      description: 'Plan de consulta democrática para todas las fases (Ley 388 art. 24 parágrafo).',
      required: false,
      condition: 'Práctica recomendada; la consulta democrática sí es obligatoria.',
      citations: [CITES.art24num4],
    },
    {
      id: 'documento-seguimiento-evaluacion',
      name: 'Documento de seguimiento y evaluación (DSE)',
      stage: 'evaluacion',
      description:
        'Análisis de suficiencia, de articulación y coherencia, seguimiento a la ejecución, y conclusiones sobre qué revisar.',
      required: !menu,
      ...(menu
        ? { condition: 'Cuando aplique: usualmente no se exige para la modificación excepcional.' }
        : {}),
      citations: [CITES.d4002art9, CITES.d1232seguimiento],
    },
    {
      id: 'analisis-capacidades',
      name: 'Análisis de capacidades y procesos participativos',
      stage: 'diagnostico',
      description:
        'Capacidades técnicas, institucionales y financieras y procesos participativos requeridos (ítem A del diagnóstico).',
      required: !menu,
      ...(menu ? { condition: 'Cuando aplique.' } : {}),
      citations: [CITES.d1232stages],
    },
    {
      id: 'dts-diagnostico',
      name: 'Documento técnico de soporte: diagnóstico',
      stage: 'diagnostico',
      description: `Diagnóstico por dimensiones (ambiental, económica, sociocultural, funcional e institucional) de ${scope}. Profundidad según tipo de plan (${planType}).`,
      required: !menu,
      ...(menu
        ? { condition: 'Solo para lo que se modifica, como estudio técnico de soporte.' }
        : {}),
      citations: [CITES.d1232stages, CITES.art11a17],
    },
    {
      id: 'cartografia-diagnostico',
      name: 'Cartografía de diagnóstico',
      stage: 'diagnostico',
      description: 'Mapas de las cuatro dimensiones cartografiables.',
      scales: DIAG_SCALES,
      required: general,
      ...(general ? {} : { condition: 'Para las áreas y temas que se revisan.' }),
      citations: [CITES.d1232stages, CITES.d824],
    },
    ...riskStudies(rev),
    {
      id: 'dts-formulacion',
      name: 'Documento técnico de soporte: formulación',
      stage: 'formulacion',
      description: `${DTS_DEPTH[planType]} Alcance: ${scope}.`,
      required: true,
      citations: [CITES.art11a17, CITES.d1232stages],
    },
    {
      id: 'memoria-justificativa',
      name: 'Memoria justificativa',
      stage: 'formulacion',
      description:
        'Necesidad, conveniencia y propósito de los cambios; descripción técnica y evaluación de impactos sobre el plan vigente.',
      required: true,
      citations: [CITES.d4002art9],
    },
    {
      id: 'proyecto-de-acuerdo',
      name: 'Proyecto de acuerdo',
      stage: 'formulacion',
      description: 'Texto normativo con sus planos normativos.',
      required: true,
      citations: [CITES.art25, CITES.d4002art9],
    },
    {
      id: 'cartografia-formulacion',
      name: 'Cartografía de formulación (planos normativos)',
      stage: 'formulacion',
      description:
        'Cartografía oficial adoptada con el acuerdo (perímetros, clasificación del suelo, amenaza y riesgo, sistemas).',
      scales: DIAG_SCALES,
      required: true,
      citations: [CITES.d1232stages, CITES.d824],
    },
    {
      id: 'programa-de-ejecucion',
      name: 'Programa de ejecución',
      stage: 'formulacion',
      description:
        'Actuaciones obligatorias del período, prioridades, responsables y recursos, integrado al plan de desarrollo.',
      required: !menu,
      ...(menu ? { condition: 'Cuando la modificación afecte actuaciones programadas.' } : {}),
      citations: [CITES.art18],
    },
    {
      id: 'documento-resumen',
      name: 'Documento resumen',
      stage: 'formulacion',
      description: 'Resumen divulgativo del plan o de la revisión.',
      required: !menu,
      ...(menu ? { condition: 'Recomendado para la divulgación.' } : {}),
      citations: [CITES.d1232stages],
    },
    {
      id: 'acta-consejo-gobierno',
      name: 'Acta o constancia del Consejo de Gobierno',
      stage: 'concertacion',
      description:
        'El alcalde, por conducto de la oficina de planeación, somete el proyecto a consideración del Consejo de Gobierno antes de la concertación ambiental.',
      required: true,
      citations: [CITES.art24inc1],
    },
    {
      id: 'acta-concertacion-car',
      name: 'Acta de concertación ambiental con la CAR',
      stage: 'concertacion',
      description:
        'Concertación de asuntos exclusivamente ambientales; verificación de la incorporación de la gestión del riesgo. Sin ella el plan es anulable.',
      required: true,
      citations: [CITES.ley2079art26, CITES.art24num1],
    },
    {
      id: 'concertacion-junta-metropolitana',
      name: 'Concertación con la Junta Metropolitana',
      stage: 'concertacion',
      description: 'En el mismo término de la CAR.',
      required: false,
      condition: 'Solo municipios de un área metropolitana.',
      citations: [{ ...CITES.art24num1, article: '24 num. 2', confidence: 'K' }],
    },
    {
      id: 'concepto-ctp',
      name: 'Concepto del Consejo Territorial de Planeación',
      stage: 'concertacion',
      description: 'Concepto y recomendaciones dentro de 30 días hábiles.',
      required: true,
      citations: [CITES.art24num3],
    },
    {
      id: 'evidencias-consulta-democratica',
      name: 'Evidencias de consulta democrática',
      stage: 'concertacion',
      description:
        'Publicaciones, convocatorias, audiencias (incluidas JAL), listas de asistencia, propuestas recibidas y matriz de evaluación de recomendaciones.',
      required: true,
      citations: [CITES.art24num4],
    },
    {
      id: 'acta-cabildo-abierto',
      name: 'Acta del cabildo abierto',
      stage: 'concertacion',
      description:
        'Cabildo abierto previo al estudio en el Concejo, con respuestas a las intervenciones. Su falta anula el acto (Calarcá, 2019).',
      required: true,
      citations: [CITES.ley507art2],
    },
    {
      id: 'acto-de-adopcion',
      name: 'Acuerdo municipal o decreto de adopción',
      stage: 'concertacion',
      description:
        'Acuerdo del Concejo o, si este no decide en 90 días calendario, decreto del alcalde (no procede si el Concejo lo negó expresamente).',
      required: true,
      citations: [CITES.ley810, CITES.ceDenial],
    },
    {
      id: 'estudios-detallados-riesgo',
      name: 'Estudios detallados de amenaza y riesgo',
      stage: 'implementacion',
      description:
        'Para las áreas con condición de riesgo o amenaza priorizadas; categorizan el riesgo (mitigable o no) y definen medidas.',
      scales: ['1:2.000 o más detallada'],
      required: rev === 'revision_excepcional',
      condition:
        rev === 'revision_excepcional'
          ? 'Cuando la revisión excepcional se sustenta en estudios detallados.'
          : 'Se programan en el programa de ejecución.',
      citations: [CITES.ley1523, CITES.d1077risk],
    },
    {
      id: 'informe-seguimiento-anual',
      name: 'Informe anual de seguimiento',
      stage: 'seguimiento',
      description:
        'Recolección y análisis, al menos anual, de la ejecución de programas y proyectos, aplicación de normas y consolidación del modelo de ocupación.',
      required: true,
      citations: [CITES.d1232seguimiento, CITES.art112],
    },
  ];
  if (planType !== 'EOT') {
    list.push({
      id: 'concepto-consejo-consultivo',
      name: 'Participación del Consejo Consultivo de Ordenamiento',
      stage: 'seguimiento',
      description:
        'Seguimiento del plan y propuesta de ajustes o revisiones (obligatorio en municipios de más de 30.000 habitantes).',
      required: true,
      citations: [CITES.art29],
    });
  }
  const order = new Map(STAGES.map((s, i) => [s.id, i]));
  return list
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (order.get(a.p.stage) ?? 0) - (order.get(b.p.stage) ?? 0) || a.i - b.i)
    .map(({ p }) => ({ ...p, responsible: requireResponsible(p.id) }));
}
