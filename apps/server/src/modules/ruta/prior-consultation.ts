import { appendAudit, procesos } from '@ruta-pot/db';
import type { ConsultaPrevia } from '@ruta-pot/domain';
import { processAcceptsWork } from '@ruta-pot/domain';
import { and, eq } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { processById, type Requester } from './process-service';

/**
 * The process answers «¿aplica consulta previa?» (issue 18) with a reason: the municipality decides
 * it (with the Ministerio del Interior's certification), Ruta POT records who answered what and
 * when, and warns at the gate while it is unanswered or an applicable consultation is open.
 */
export async function answerPriorConsultation(
  deps: Deps,
  input: { requester: Requester; procesoId: string; decision: ConsultaPrevia; motivo: string },
) {
  const { requester } = input;
  const motivo = input.motivo.trim();
  if (input.decision !== 'sin_determinar' && motivo.length < 10)
    throw new AppError(
      'entrada_invalida',
      'Explique en qué se basa la respuesta (por ejemplo, la certificación del Ministerio del Interior sobre presencia de comunidades étnicas).',
    );
  await deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const [proceso] = await tx
        .select({ estado: procesos.estado, version: procesos.version })
        .from(procesos)
        .where(and(eq(procesos.municipalityId, requester.codigo), eq(procesos.id, input.procesoId)))
        .for('update');
      if (!proceso) throw notFound();
      if (!processAcceptsWork(proceso.estado))
        throw new AppError('conflicto', 'El proceso ya no está en curso.');
      await tx
        .update(procesos)
        .set({
          consultaPrevia: input.decision,
          consultaPreviaMotivo: motivo || null,
          version: proceso.version + 1,
        })
        .where(
          and(eq(procesos.municipalityId, requester.codigo), eq(procesos.id, input.procesoId)),
        );
      await appendAudit(tx, {
        municipalityId: requester.codigo,
        actorId: requester.userId,
        actor: requester.email,
        accion: 'proceso.consulta_previa',
        objeto: `proceso:${input.procesoId}`,
        detalle: { decision: input.decision, motivo },
        ocurridoEn: deps.clock.now(),
      });
    },
  );
  return processById(deps, { requester, procesoId: input.procesoId });
}
