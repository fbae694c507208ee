import type { Citation, RuleWarning } from './citations.js';
import { CITES } from './citations.js';
import type { IsoDate } from './dates.js';
import { addDays, addMonths, formatSpanish, maxIso, parseIsoDate, toDay } from './dates.js';
import { DomainError } from './errors.js';
import type { Period } from './periods.js';
import { constitutionalPeriodContaining, periodByIndex } from './periods.js';

/** End dates of the three vigencias (short, medium, long term). */
export interface TermEnds {
  shortTermEnd: IsoDate;
  mediumTermEnd: IsoDate;
  longTermEnd: IsoDate;
}

/** Input of {@link computeVigencias}. */
export interface VigenciaInput {
  /** Date the adopting acuerdo/decreto was issued (or published, if the act says so). */
  adoptionDate: IsoDate;
  /** Date of the last revisión general, which restarts the clock (R-VIG-11). */
  lastGeneralRevisionDate?: IsoDate;
  /** Vigencias stated by the adopting act (R-VIG-04). */
  declared?: Partial<TermEnds>;
  /** Reference date ("today"), passed in: the domain has no clock. */
  asOf: IsoDate;
  options?: {
    /** Count the adoption period P0 as the first period (§2.2 alternative, Q4). Default false. */
    countAdoptionPeriod?: boolean;
  };
}

/** Content horizon of the plan. */
export type ContentKind = 'corto' | 'mediano' | 'largo';

/** Result of {@link computeVigencias}. */
export interface VigenciaResult extends TermEnds {
  basisDate: IsoDate;
  basis: 'adopcion' | 'revision_general';
  adoptionPeriod: Period;
  /** Legal minimums (art. 28). */
  computed: TermEnds;
  declared?: Partial<TermEnds>;
  belowLegalMinimum: Array<'short' | 'medium' | 'long'>;
  /** First day of the 6 months before the long-term expiry (art. 23). */
  formulationStart: IsoDate;
  status: 'vigente' | 'vencido';
  statusExplanation: string;
  contents: Array<{ content: ContentKind; end: IsoDate; expired: boolean; label: string }>;
  interpretation: { countAdoptionPeriod: boolean; description: string };
  citations: Citation[];
  warnings: RuleWarning[];
  /** Reference date used. */
  asOf: IsoDate;
}

const KEYS = [
  [
    'short',
    'shortTermEnd',
    'corto',
    'Contenidos urbanos de corto plazo y programa de ejecución',
    1,
  ],
  ['medium', 'mediumTermEnd', 'mediano', 'Contenidos urbanos de mediano plazo', 2],
  ['long', 'longTermEnd', 'largo', 'Contenido estructural (componente general) de largo plazo', 3],
] as const;

function interpretationText(countAdoptionPeriod: boolean): string {
  return countAdoptionPeriod
    ? 'Alternativa (Q4): el período constitucional en que se adopta el plan cuenta como el primero. Ninguna fuente consultada respalda esta lectura; úsela solo si el acto de adopción lo dispone.'
    : 'Regla mayoritaria (§2.2): no se cuenta el período en que se adopta el plan; la vigencia es «lo que resta de la administración más uno, dos o tres períodos», y vence el 31 de diciembre del último año del período (Q5).';
}

function validateInput(input: VigenciaInput): {
  basisDate: IsoDate;
  basis: VigenciaResult['basis'];
} {
  const adoption = parseIsoDate(input.adoptionDate);
  parseIsoDate(input.asOf);
  if (input.lastGeneralRevisionDate === undefined)
    return { basisDate: adoption, basis: 'adopcion' };
  const revision = parseIsoDate(input.lastGeneralRevisionDate);
  if (toDay(revision) < toDay(adoption)) {
    throw new DomainError(
      'invalid_input',
      `La fecha de la revisión general (${revision}) no puede ser anterior a la de adopción (${adoption}).`,
      { adoptionDate: adoption, lastGeneralRevisionDate: revision },
    );
  }
  return { basisDate: revision, basis: 'revision_general' };
}

/**
 * Computes the vigencias of a plan (Ley 388 art. 28 as modified by Ley 902 de 2004):
 * short ≥ 1, medium ≥ 2, long ≥ 3 constitutional periods, counted from the period after the
 * one containing the adoption (or last revisión general) date unless
 * `options.countAdoptionPeriod`. Declared vigencias longer than the minimum prevail (R-VIG-04);
 * shorter ones are reported and flagged. Expiry does not leave a vacuum (art. 28 num. 4).
 */
export function computeVigencias(input: VigenciaInput): VigenciaResult {
  const { basisDate, basis } = validateInput(input);
  const asOf = input.asOf;
  const countAdoptionPeriod = input.options?.countAdoptionPeriod === true;
  const p0 = constitutionalPeriodContaining(basisDate);
  const offset = countAdoptionPeriod ? -1 : 0;
  const computed = {} as TermEnds;
  const effective = {} as TermEnds;
  const belowLegalMinimum: VigenciaResult['belowLegalMinimum'] = [];
  const warnings: RuleWarning[] = [];
  for (const [short, key, , label, periods] of KEYS) {
    computed[key] = periodByIndex(p0.index + periods + offset).end;
    const declared = input.declared?.[key];
    effective[key] = computed[key];
    if (declared !== undefined) {
      parseIsoDate(declared);
      effective[key] = maxIso(declared, computed[key]);
      if (declared < computed[key]) {
        belowLegalMinimum.push(short);
        warnings.push({
          code: 'BELOW_LEGAL_MINIMUM',
          message: `${label}: el acto declara vigencia hasta el ${formatSpanish(declared)}, antes del mínimo legal (${formatSpanish(computed[key])}). El motor usa el mínimo legal; el acto goza de presunción de legalidad mientras no se anule, así que confirme la interpretación con la oficina jurídica.`,
          citations: [CITES.art28],
        });
      }
    }
  }
  const formulationStart = addDays(addMonths(effective.longTermEnd, -6), 1);
  const vencido = asOf > effective.longTermEnd;
  if (!countAdoptionPeriod && toDay(basisDate) - toDay(p0.start) < 366) {
    warnings.push({
      code: 'ADOPTION_AT_PERIOD_START',
      message:
        'El plan se adoptó en el primer año del período constitucional: sin contar ese período la vigencia de largo plazo se acerca a 16 años. No hay autoridad sobre este caso (Q4); puede activar la opción countAdoptionPeriod para ver la alternativa.',
      citations: [{ ...CITES.art28, confidence: '?', note: 'Pregunta abierta Q4.' }],
    });
  }
  if (!vencido && asOf >= formulationStart) {
    warnings.push({
      code: 'FORMULATION_WINDOW_OPEN',
      message: `Se está dentro de los seis meses anteriores al vencimiento (desde el ${formatSpanish(formulationStart)}): la administración debe iniciar la formulación de la revisión general (art. 23). Iniciarla después no es causal de nulidad según el Tribunal Administrativo del Tolima.`,
      citations: [CITES.art23],
    });
  }
  const contents = KEYS.map(([, key, content, label]) => ({
    content,
    end: effective[key],
    expired: asOf > effective[key],
    label,
  }));
  const statusExplanation = vencido
    ? `La vigencia de largo plazo venció el ${formatSpanish(effective.longTermEnd)}. El plan está vencido pero sigue vigente hasta que se adopte uno nuevo (Ley 388 art. 28 num. 4: «seguirá vigente el ya adoptado»); corresponde iniciar la revisión general. No hay sanción por no hacerlo.`
    : `El plan está vigente: su contenido de largo plazo vence el ${formatSpanish(effective.longTermEnd)}. La formulación de la revisión general debe iniciarse a partir del ${formatSpanish(formulationStart)} (art. 23).`;
  return {
    basisDate,
    basis,
    adoptionPeriod: p0,
    ...effective,
    computed,
    ...(input.declared !== undefined ? { declared: { ...input.declared } } : {}),
    belowLegalMinimum,
    formulationStart,
    status: vencido ? 'vencido' : 'vigente',
    statusExplanation,
    contents,
    interpretation: { countAdoptionPeriod, description: interpretationText(countAdoptionPeriod) },
    citations: [
      CITES.art28,
      CITES.actoLeg02,
      CITES.art28num4,
      CITES.art23,
      ...(basis === 'revision_general' ? [CITES.ce2162] : []),
      CITES.ley1551,
    ],
    warnings,
    asOf,
  };
}
