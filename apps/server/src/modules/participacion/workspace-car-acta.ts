import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';

import { isoDate, todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { lockRound, move } from './workspace-car';
import { checkFile, keepEvidence, withFiles } from './workspace-files';
import { audit, parseForm, type WorkspaceActor } from './workspace-shared';

const actaForm = z
  .object({
    fecha: isoDate('fecha'),
    tipo: z.enum(
      ['total', 'parcial', 'sin_acuerdo'],
      'El tipo de acta es total, parcial o sin_acuerdo.',
    ),
    puntosDesacuerdo: z.string().trim().max(10000).optional(),
  })
  .strict();
const ACTA_STATE = {
  total: 'concertada',
  parcial: 'concertada_parcial',
  sin_acuerdo: 'no_concertada',
} as const;

/** The acta closes a round: total, partial or failed concertation, with its file and date. */
export async function recordActa(
  deps: Deps,
  a: WorkspaceActor,
  input: { id: string; fields: Record<string, string>; file: File },
) {
  const form = parseForm(actaForm, input.fields);
  const puntos = form.puntosDesacuerdo || null;
  if (form.tipo !== 'total' && !puntos)
    throw new AppError(
      'entrada_invalida',
      'Un acta parcial o sin acuerdo debe indicar los puntos de desacuerdo que pasan al Ministerio de Ambiente.',
    );
  if (form.fecha > todayInColombia(deps.clock))
    throw new AppError('entrada_invalida', 'La fecha del acta no puede ser futura.');
  const file = await checkFile(input.file, ['pdf', 'jpeg', 'png'], 'El acta');
  const to = ACTA_STATE[form.tipo];
  return withFiles(deps, a, async (tx, store) => {
    const round = await lockRound(tx, a.codigo, input.id);
    move(a, round.estado, to);
    if (form.fecha < round.radicadaEn)
      throw new AppError(
        'entrada_invalida',
        'La fecha del acta es anterior a la radicación de la ronda.',
      );
    const sha256 = await keepEvidence(
      tx,
      { deps, a, store },
      {
        objeto: `ronda:${input.id}`,
        clase: 'acta',
        file,
      },
    );
    await tx.execute(sql`UPDATE participacion_rondas_car SET estado = ${to}, acta_fecha = ${form.fecha},
      acta_evidencia = ${sha256}, puntos_desacuerdo = ${puntos}
      WHERE municipality_id = ${a.codigo} AND id = ${input.id}`);
    await audit(
      tx,
      { deps, a, accion: 'car.acta', objeto: `ronda:${input.id}` },
      {
        tipo: form.tipo,
        fecha: form.fecha,
        archivo: file.nombre,
        sha256,
      },
    );
    return { id: input.id, estado: to, actaFecha: form.fecha, actaEvidencia: sha256 };
  });
}
