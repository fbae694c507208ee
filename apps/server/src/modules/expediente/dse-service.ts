import { parseIsoDate } from '@ruta-pot/domain';
import { renderDocx, renderPdf } from '@ruta-pot/reports';

import { todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { planStatus } from '../plan/service';
import { buildAnnualReport, buildDseDocument } from './dse-document';
import { expedienteOverview } from './service';

export type DseFormat = 'docx' | 'pdf';

/** Thrown when a DSE is asked for a municipality with no plan registered (CLI exit 2). */
export const noPlanError = (nombre: string) =>
  new AppError(
    'requisitos_faltantes',
    `${nombre} no tiene un plan de ordenamiento registrado: registre primero el plan vigente en «Estado del POT» para generar el documento de seguimiento y evaluación.`,
  );

/** The DSE of a year as a report model, from the expediente and the plan in force. */
export async function dseDocument(
  deps: Deps,
  input: { codigo: string; anio: number; tipo?: 'dse' | 'informe' },
) {
  const fecha = parseIsoDate(todayInColombia(deps.clock));
  const status = await planStatus(deps, { codigo: input.codigo, fecha });
  if (!status.plan) throw noPlanError(status.municipio.nombre);
  const overview = await expedienteOverview(deps, { codigo: input.codigo, anio: input.anio });
  const build = input.tipo === 'informe' ? buildAnnualReport : buildDseDocument;
  return build(overview, {
    municipio: status.municipio,
    plan: {
      instrumento: status.plan.instrumento,
      adopcion: status.plan.adopcion,
      ...(status.plan.revisionGeneral ? { revisionGeneral: status.plan.revisionGeneral } : {}),
    },
    fecha,
    oficina: `Oficina de planeación de ${status.municipio.nombre}`,
  });
}

/** The DSE rendered as DOCX (editable) or PDF. */
export async function renderDse(
  deps: Deps,
  input: { codigo: string; anio: number; formato: DseFormat },
) {
  const doc = await dseDocument(deps, input);
  return input.formato === 'docx' ? renderDocx(doc) : renderPdf(doc);
}

export const DSE_FILE = 'documento-seguimiento-evaluacion';
export const DSE_MIME: Record<DseFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
