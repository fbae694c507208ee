import type { Citation, RuleWarning } from '../citations.js';
import { PREP_CITES } from './citations.js';

/** Land classes the scale rule distinguishes (issue 18, R-CART-01, R-RISK-04). */
export type LandClass = 'urbano' | 'expansion' | 'centros_poblados' | 'suburbano' | 'rural';

/** Named interpretation for suburban land (uncertain law, legal-rules §11). */
export type SuburbanScaleOption = 'suburbano_1_5000' | 'suburbano_1_25000';

export interface ScaleRule {
  landClass: LandClass;
  label: string;
  scale: '1:5.000' | '1:25.000';
  /** True when the scale for this class is an interpretation (named option), not settled. */
  uncertain: boolean;
  citations: Citation[];
}

const LABELS: Record<LandClass, string> = {
  urbano: 'Suelo urbano',
  expansion: 'Suelo de expansión urbana',
  centros_poblados: 'Centros poblados rurales',
  suburbano: 'Suelo rural suburbano',
  rural: 'Resto del suelo rural',
};

/**
 * Scales per land class: 1:5.000 for urban, expansion and centros poblados rurales, 1:25.000 for
 * the rest of rural land; suburban land follows the named option (default 1:5.000, uncertain).
 */
export function scaleRules(option: SuburbanScaleOption = 'suburbano_1_5000'): ScaleRule[] {
  const detail = (landClass: LandClass): ScaleRule => ({
    landClass,
    label: LABELS[landClass],
    scale: '1:5.000',
    uncertain: false,
    citations: [PREP_CITES.escalas],
  });
  return [
    detail('urbano'),
    detail('expansion'),
    detail('centros_poblados'),
    {
      landClass: 'suburbano',
      label: LABELS.suburbano,
      scale: option === 'suburbano_1_5000' ? '1:5.000' : '1:25.000',
      uncertain: true,
      citations: [PREP_CITES.escalaSuburbano],
    },
    {
      landClass: 'rural',
      label: LABELS.rural,
      scale: '1:25.000',
      uncertain: false,
      citations: [PREP_CITES.escalas],
    },
  ];
}

/** Warning that names the suburban interpretation in use (never a silent choice). */
export function suburbanWarning(option: SuburbanScaleOption): RuleWarning {
  return {
    code: 'SUBURBAN_SCALE_OPTION',
    message:
      option === 'suburbano_1_5000'
        ? 'Opción usada: el suelo suburbano se trata a escala 1:5.000 (más exigente). La norma no lo resuelve; puede elegir 1:25.000 y dejarlo justificado.'
        : 'Opción usada: el suelo suburbano se trata a escala 1:25.000. La norma no lo resuelve y la guía de la UNGRD lo incluye a 1:5.000 para movimientos en masa: confírmelo con la CAR.',
    citations: [PREP_CITES.escalaSuburbano],
  };
}

/** Scale lines in Spanish, e.g. «1:5.000: suelo urbano, …». */
export function scaleLines(option: SuburbanScaleOption): string[] {
  const rules = scaleRules(option);
  return (['1:5.000', '1:25.000'] as const)
    .map((scale) => {
      const classes = rules.filter((r) => r.scale === scale);
      const names = classes.map((r) => `${r.label.toLowerCase()}${r.uncertain ? ' (opción)' : ''}`);
      return `${scale}: ${names.join(', ')}`;
    })
    .filter((line) => !line.endsWith(': '));
}
