import type { Citation } from '../citations.js';
import { EXPEDIENTE_SOURCES as S } from './sources.js';

/** Bodies that may receive the yearly follow-up report. */
export const REPORT_RECIPIENTS = ['concejo', 'consejo_consultivo', 'consejo_territorial'] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

export const RECIPIENT_LABELS: Record<ReportRecipient, string> = {
  concejo: 'Concejo municipal',
  consejo_consultivo: 'Consejo Consultivo de Ordenamiento',
  consejo_territorial: 'Consejo Territorial de Planeación',
};

/** Population above which the Consejo Consultivo de Ordenamiento is mandatory (art. 29). */
export const CONSEJO_CONSULTIVO_MIN_POPULATION = 30_000;

export interface RecipientsResult {
  destinatarios: ReportRecipient[];
  explicacion: string;
  citas: Citation[];
}

/**
 * Who receives the yearly informe de seguimiento: the Concejo always; the Consejo Consultivo de
 * Ordenamiento only where it exists by law (population over 30,000, Ley 388 art. 29); the office
 * may add or remove recipients (`configurados`), and that choice wins. Unknown population: the
 * Consejo Consultivo is not assumed.
 */
export function reportRecipients(input: {
  poblacion: number | null;
  configurados?: readonly ReportRecipient[] | null;
}): RecipientsResult {
  if (input.configurados && input.configurados.length > 0)
    return {
      destinatarios: [...new Set(input.configurados)],
      explicacion: 'Destinatarios definidos por la oficina de planeación.',
      citas: [S.art29],
    };
  const consultivo =
    input.poblacion !== null && input.poblacion > CONSEJO_CONSULTIVO_MIN_POPULATION;
  return {
    destinatarios: consultivo ? ['concejo', 'consejo_consultivo'] : ['concejo'],
    explicacion: consultivo
      ? 'El municipio supera 30.000 habitantes: el Consejo Consultivo de Ordenamiento también recibe el informe.'
      : input.poblacion === null
        ? 'Sin dato de población: no se supone un Consejo Consultivo de Ordenamiento; agréguelo si existe.'
        : 'El municipio no supera 30.000 habitantes: la ley no exige Consejo Consultivo de Ordenamiento.',
    citas: [S.art29],
  };
}
