/**
 * Confidence of a citation, as tagged in the legal reference:
 * `V` verified in retrieved text; `S` secondary source only; `K` from knowledge of the norm,
 * not re-read (verify before relying on it); `?` uncertain or contested (see open questions).
 */
export type Confidence = 'V' | 'S' | 'K' | '?';

/** A legal citation attached to every rule result, so users can check the source. */
export interface Citation {
  /** Norm name, e.g. «Ley 388 de 1997». */
  norm: string;
  /** Article (and numeral/parágrafo) within the norm, e.g. «28 num. 1». */
  article: string;
  /** Official or best available public URL. */
  url?: string;
  /** Confidence tag of the reference (see {@link Confidence}). */
  confidence?: Confidence;
  /** Spanish note: interpretation used, caveats. */
  note?: string;
}

/** A non-blocking warning (Spanish message) with its legal basis; used for [K]/[?] rules. */
export interface RuleWarning {
  /** Stable machine code, UPPER_SNAKE_CASE. */
  code: string;
  /** Spanish user-facing message. */
  message: string;
  /** Legal basis of the warning. */
  citations: Citation[];
}

const URL_LEY_388 = 'http://www.secretariasenado.gov.co/senado/basedoc/ley_0388_1997.html';
const URL_LEY_2079 = 'http://secretariasenado.gov.co/senado/basedoc/ley_2079_2021.html';
const URL_LEY_1755 = 'https://www1.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=65334';
const URL_CE_2162 = 'https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=64954';
const URL_D1232 = 'https://normas.cra.gov.co/gestor/docs/decreto_1232_2020.htm';
const URL_GRAPOT_90 = 'https://grapotolima.com/2023/09/13/de-lo-que-pudo-ser-y-no-fue/';

/** Builds a Ley 388 de 1997 citation (canonical Senado URL). */
export function ley388(article: string, confidence: Confidence, note?: string): Citation {
  return {
    norm: 'Ley 388 de 1997',
    article,
    url: URL_LEY_388,
    confidence,
    ...(note ? { note } : {}),
  };
}

/** Catalogue of recurring citations (legal-rules.md rule ids in comments). */
export const CITES = {
  /** R-TYPE-01: plan types by population. */
  art9: ley388('9', 'V'),
  /** R-TYPE-04: content of POT / PBOT / EOT. */
  art11a17: ley388('11 a 17', 'K', 'Contenido por tipo de plan; verificar texto oficial.'),
  /** R-VIG-01..04: vigencias, as modified by Ley 902 de 2004 art. 2. */
  art28: ley388(
    '28 (mod. Ley 902 de 2004 art. 2)',
    'V',
    'Texto citado por el Consejo de Estado, Sala de Consulta, concepto 2162 de 2013.',
  ),
  /** R-VIG-05: expired plan stays in force. */
  art28num4: ley388(
    '28 num. 4 inc. 2 (mod. Ley 902 de 2004 art. 2)',
    'V',
    '«Seguirá vigente el ya adoptado».',
  ),
  /** R-VIG-07: start formulation 6 months before expiry. */
  art23: ley388(
    '23 inc. 2',
    'V',
    'Iniciar la formulación dentro de los seis meses anteriores al vencimiento.',
  ),
  /** R-VIG-11: revisión general restarts the clock. */
  ce2162: {
    norm: 'Consejo de Estado, Sala de Consulta y Servicio Civil, concepto 2162 de 2013',
    article: '—',
    url: URL_CE_2162,
    confidence: 'V',
  } as Citation,
  /** R-VIG-08. */
  ley1551: {
    norm: 'Ley 1551 de 2012',
    article: '6 (mod. Ley 136 de 1994 art. 3)',
    confidence: 'K',
    note: 'Revisión cada 12 años; redacción no verificada.',
  } as Citation,
  /** R-VIG-09: revisions at start of period, once contents expired. */
  d4002art5: {
    norm: 'Decreto 4002 de 2004 (compilado en Decreto 1077 de 2015)',
    article: '5',
    confidence: 'K',
  } as Citation,
  /** R-VIG-10: 4-year terms from 2004. */
  actoLeg02: {
    norm: 'Acto Legislativo 02 de 2002',
    article: '3 y 4',
    confidence: 'K',
    note: 'Períodos de cuatro años desde 2004; antes, tres años.',
  } as Citation,
  /** R-REV-* numbering. */
  d1077rev: {
    norm: 'Decreto 1077 de 2015 (mod. Decreto 1232 de 2020)',
    article: '2.2.2.1.2.3.1 y ss.',
    url: URL_D1232,
    confidence: 'S',
    note: 'Numeración exacta por tipo de revisión no verificada (Q7).',
  } as Citation,
  /** R-REV-C: MENU. */
  art15: ley388('15 nums. 1–2 (mod. Ley 902 de 2004 art. 1)', 'V'),
  d4002art6: {
    norm: 'Decreto 4002 de 2004 (compilado en Decreto 1077 de 2015)',
    article: '6',
    confidence: 'V',
  } as Citation,
  /** R-REV-D triggers. */
  d4002art5par: {
    norm: 'Decreto 4002 de 2004 (compilado en Decreto 1077 de 2015)',
    article: '5 parágrafo',
    confidence: 'K',
  } as Citation,
  ley1523: {
    norm: 'Ley 1523 de 2012',
    article: '40',
    confidence: 'S',
    note: 'Estudios básicos para revisiones de mediano y largo plazo; detallados en la ejecución.',
  } as Citation,
  /** R-RISK-01: risk delimitation before medium/long revisions. */
  dl019: { norm: 'Decreto-Ley 019 de 2012', article: '189', confidence: 'S' } as Citation,
  /** R-RISK-03/04 definitions and scales. */
  d1077risk: {
    norm: 'Decreto 1077 de 2015 (Subsección 2.2.2.1.3, antes Decreto 1807 de 2014)',
    article: '2.2.2.1.3.1.3',
    confidence: 'S',
  } as Citation,
  /** R-STG-01/02, R-CART-01. */
  d1232stages: {
    norm: 'Decreto 1077 de 2015 (mod. Decreto 1232 de 2020)',
    article: '2.2.2.1.2.1.1 a 2.2.2.1.2.1.5',
    url: URL_D1232,
    confidence: 'S',
    note: 'Numeración de etapas [K] salvo 2.2.2.1.2.1.5 [V].',
  } as Citation,
  d1232seguimiento: {
    norm: 'Decreto 1077 de 2015 (mod. Decreto 1232 de 2020)',
    article: '2.2.2.1.2.1.5',
    url: URL_D1232,
    confidence: 'V',
  } as Citation,
  d824: {
    norm: 'Decreto 824 de 2021',
    article: '—',
    url: 'https://normas.cra.gov.co/gestor/docs/decreto_0824_2021.htm',
    confidence: 'V',
    note: 'Solo título verificado: cartografía para el ordenamiento.',
  } as Citation,
  /** R-DOC-02: revision package. */
  d4002art9: {
    norm: 'Decreto 4002 de 2004 (compilado en Decreto 1077 de 2015)',
    article: '9',
    confidence: 'K',
  } as Citation,
  /** R-EXP-01. */
  art112: ley388('112', 'K'),
  art18: ley388('18', 'K', 'Programa de ejecución ligado al plan de desarrollo.'),
  art29: ley388(
    '29',
    'V',
    'Consejo Consultivo de Ordenamiento en municipios de más de 30.000 habitantes.',
  ),
  /** Consulta previa with ethnic communities (issue 18). */
  convenio169: {
    norm: 'Convenio 169 de la OIT (aprobado por la Ley 21 de 1991)',
    article: '6 y 7',
    confidence: 'K',
    note: 'Consulta previa cuando una medida puede afectar directamente a pueblos étnicos.',
  } as Citation,
  /** R-PROC-01. */
  art24inc1: ley388(
    '24 inciso 1',
    'K',
    'El alcalde, por conducto de la oficina de planeación, somete el proyecto al Consejo de Gobierno.',
  ),
  /** R-PROC-*. */
  art24num1: ley388('24 num. 1', 'S'),
  ley2079art26: {
    norm: 'Ley 2079 de 2021',
    article: '26 (mod. Ley 388 de 1997 art. 24 num. 1)',
    url: URL_LEY_2079,
    confidence: 'S',
  } as Citation,
  ley507par6: { norm: 'Ley 507 de 1999', article: '1 par. 6', confidence: 'K' } as Citation,
  art24num3: ley388('24 num. 3', 'S', 'Treinta (30) días hábiles.'),
  art24num4: ley388('24 num. 4 y parágrafo', 'K', 'Consulta democrática en todas las fases.'),
  art25: ley388('25', 'S'),
  ley507art2: {
    norm: 'Ley 507 de 1999',
    article: '2 (con Ley 134 de 1994 art. 81)',
    url: 'https://www.alcaldiabogota.gov.co/sisjur/normas/Norma1.jsp?i=120380',
    confidence: 'V',
    note: 'Cabildo abierto obligatorio antes del estudio en el Concejo.',
  } as Citation,
  ley810: {
    norm: 'Ley 810 de 2003',
    article: '12',
    url: URL_GRAPOT_90,
    confidence: 'V',
    note: 'Noventa (90) días calendario desde la presentación.',
  } as Citation,
  art26: ley388('26', 'V', 'Sesenta (60) días; tipo de días no resuelto (Q10).'),
  ceDenial: {
    norm: 'Consejo de Estado, Sección Primera, auto de 27 de marzo de 2014 (Decreto 364 de 2013 de Bogotá)',
    article: '—',
    confidence: 'V',
    note: 'La negación expresa del Concejo impide adoptar por decreto.',
  } as Citation,
  ley1755art14: {
    norm: 'Ley 1437 de 2011 (sustituido por Ley 1755 de 2015)',
    article: '14',
    url: URL_LEY_1755,
    confidence: 'V',
  } as Citation,
  ley1755art30: {
    norm: 'Ley 1437 de 2011 (sustituido por Ley 1755 de 2015)',
    article: '30',
    url: URL_LEY_1755,
    confidence: 'K',
  } as Citation,
  /** R-DAY-00. */
  ley4art62: {
    norm: 'Ley 4 de 1913 (Código de Régimen Político y Municipal)',
    article: '62',
    confidence: 'K',
    note: 'Días = hábiles salvo que la norma diga calendario; término que vence en día inhábil se corre al siguiente hábil.',
  } as Citation,
  /** R-HOL-*. */
  ley51: { norm: 'Ley 51 de 1983', article: '1', confidence: 'V' } as Citation,
  ley2578: {
    norm: 'Ley 2578 de 2026',
    article: '—',
    confidence: '?',
    note: 'Festivo de Nuestra Señora del Rosario de Chiquinquirá (9 de julio, trasladable al lunes); fuente secundaria (calendario vacanza); confirmar en el Diario Oficial.',
  } as Citation,
} as const;
