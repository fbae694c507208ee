import type { Citation } from '../citations.js';

/** Citations of the preparation stage (issue 16, legal-rules §4, §5, §7 and issue 18). */
export const PREP_CITES = {
  /** Issue 18: consultancy by concurso de méritos. */
  ley1150: {
    norm: 'Ley 1150 de 2007',
    article: '2 num. 3',
    url: 'http://www.secretariasenado.gov.co/senado/basedoc/ley_1150_2007.html',
    confidence: 'K',
    note: 'Consultoría por concurso de méritos, con estudios previos y pliego de condiciones.',
  } as Citation,
  /** Convenios interadministrativos (contratación directa). */
  ley1150directa: {
    norm: 'Ley 1150 de 2007',
    article: '2 num. 4 lit. c',
    url: 'http://www.secretariasenado.gov.co/senado/basedoc/ley_1150_2007.html',
    confidence: 'K',
    note: 'Contratos interadministrativos por contratación directa.',
  } as Citation,
  /** Estudios previos (Decreto 1082 de 2015). */
  d1082: {
    norm: 'Decreto 1082 de 2015',
    article: '2.2.1.1.2.1.1',
    confidence: 'K',
    note: 'Estudios y documentos previos del proceso de contratación.',
  } as Citation,
  /** Interventoría and supervision (Ley 1474 de 2011). */
  ley1474: {
    norm: 'Ley 1474 de 2011',
    article: '83',
    url: 'http://www.secretariasenado.gov.co/senado/basedoc/ley_1474_2011.html',
    confidence: 'K',
    note: 'Supervisión e interventoría de los contratos estatales.',
  } as Citation,
  /** SGR projects (Ley 2056 de 2020). */
  ley2056: {
    norm: 'Ley 2056 de 2020',
    article: '—',
    confidence: 'K',
    note: 'Sistema General de Regalías: proyectos formulados en la MGA, viabilizados y aprobados según el ciclo del SGR.',
  } as Citation,
  /** SGP libre inversión (Ley 715 de 2001). */
  ley715: {
    norm: 'Ley 715 de 2001',
    article: '76 num. 76.5',
    confidence: 'K',
    note: 'Los municipios pueden invertir recursos de propósito general en ordenamiento territorial.',
  } as Citation,
  /** Plan de Desarrollo and the programa de ejecución (Ley 152 de 1994). */
  ley152: {
    norm: 'Ley 152 de 1994',
    article: '31',
    confidence: 'K',
    note: 'El plan de desarrollo incluye el plan de inversiones con sus fuentes de financiación.',
  } as Citation,
  /** IPC series (DANE). */
  daneIpc: {
    norm: 'DANE, Índice de Precios al Consumidor (IPC), variación anual a diciembre',
    article: '—',
    url: 'https://www.dane.gov.co/index.php/estadisticas-por-tema/precios-y-costos/indice-de-precios-al-consumidor-ipc',
    confidence: 'K',
    note: 'Serie tomada de los boletines anuales del DANE; editable.',
  } as Citation,
  /** Issue 18 scales: Decreto 1077 (R-CART-01, R-RISK-04). */
  escalas: {
    norm: 'Decreto 1077 de 2015 (mod. Decreto 1232 de 2020)',
    article: '2.2.2.1.2.1.2 y 2.2.2.1.3.1.3',
    url: 'https://normas.cra.gov.co/gestor/docs/decreto_1232_2020.htm',
    confidence: 'S',
    note: '1:5.000 en suelo urbano, de expansión y centros poblados rurales; 1:25.000 en el resto del suelo rural.',
  } as Citation,
  /** Suburban land at 1:5.000: uncertain (issue 18). */
  escalaSuburbano: {
    norm: 'Decreto 1077 de 2015 (Subsección 2.2.2.1.3)',
    article: '2.2.2.1.3.1.3',
    confidence: '?',
    note: 'No es claro si el suelo suburbano exige 1:5.000; la guía de la UNGRD lo incluye para movimientos en masa.',
  } as Citation,
} as const;
