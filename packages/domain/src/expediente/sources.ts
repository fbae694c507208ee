import type { Citation } from '../citations.js';

const URL_LEY_388 = 'http://www.secretariasenado.gov.co/senado/basedoc/ley_0388_1997.html';
const URL_ETAPAS =
  'https://minvivienda.gov.co/viceministerio-de-vivienda/espacio-urbano-y-territorial/plan-ordenamiento-territorial/etapas-pot';

const ley388 = (article: string, note?: string): Citation => ({
  norm: 'Ley 388 de 1997',
  article,
  url: URL_LEY_388,
  confidence: 'K',
  ...(note ? { note } : {}),
});

/** Legal sources of the expediente, follow-up and programa de ejecución (legal-rules §8, §9). */
export const EXPEDIENTE_SOURCES = {
  /** R-EXP-01: the municipality keeps an expediente urbano. */
  art112: ley388('112', 'Expediente urbano: documentos, planos e información georreferenciada.'),
  /** R-STG-03 / R-DSE-01: follow-up and evaluation at least yearly. */
  seguimiento: {
    norm: 'Decreto 1077 de 2015 (mod. Decreto 1232 de 2020)',
    article: '2.2.2.1.2.1.5',
    url: URL_ETAPAS,
    confidence: 'V',
    note: 'Seguimiento y evaluación: recolección y análisis al menos anual.',
  } satisfies Citation,
  /** R-DOC-02 num. 3: the DSE goes with every revision. */
  dseEnRevision: {
    norm: 'Decreto 4002 de 2004 (compilado en Decreto 1077 de 2015)',
    article: '9 num. 3',
    confidence: 'K',
    note: 'Documento de seguimiento y evaluación de los resultados del plan vigente.',
  } satisfies Citation,
  /** R-DOC-01: programa de ejecución tied to each development plan. */
  art18: ley388(
    '18',
    'El programa de ejecución se integra al plan de inversiones del Plan de Desarrollo.',
  ),
  /** Plans de desarrollo: content and plan de inversiones. */
  ley152: {
    norm: 'Ley 152 de 1994',
    article: '31 y 40',
    confidence: 'K',
    note: 'Plan de desarrollo de cada administración y su plan plurianual de inversiones.',
  } satisfies Citation,
  /** R-TYPE-04: contents by plan type. */
  art11: ley388('11', 'Componentes general, urbano y rural del POT.'),
  art12: ley388('12', 'Contenido del componente general.'),
  art13: ley388('13', 'Contenido del componente urbano.'),
  art14: ley388('14', 'Contenido del componente rural.'),
  art15: ley388('15', 'Normas urbanísticas estructurales, generales y complementarias.'),
  art16: ley388('16', 'Contenido de los planes básicos de ordenamiento (PBOT).'),
  art17: ley388('17', 'Contenido de los esquemas de ordenamiento (EOT).'),
  /** R-ORG-02: Consejo Consultivo de Ordenamiento above 30,000 inhabitants. */
  art29: { ...ley388('29'), confidence: 'V' } satisfies Citation,
  /** Public space target of 15 m² per inhabitant. */
  espacioPublico: {
    norm: 'Decreto 1504 de 1998 (compilado en Decreto 1077 de 2015)',
    article: '14',
    confidence: 'K',
    note: 'Índice mínimo de espacio público efectivo: 15 m² por habitante.',
  } satisfies Citation,
  /** R-EXP-02: MinVivienda method (archivo técnico + sistema de seguimiento). */
  metodo: {
    norm: 'MinVivienda, metodología del expediente municipal',
    article: 'Etapas del POT: seguimiento y evaluación',
    url: URL_ETAPAS,
    confidence: 'S',
  } satisfies Citation,
} as const;
