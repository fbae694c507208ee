import { itemsProceso, procesos } from '@ruta-pot/db';
import { and, eq } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { uploadEvidence } from '../ruta/evidence-service';
import type { Requester } from '../ruta/process-service';
import { DSE_FILE, renderDse } from './dse-service';

/** The checklist item of La Ruta that the DSE satisfies (products.ts, evaluation stage). */
export const DSE_ITEM = 'documento-seguimiento-evaluacion';

/**
 * Generates the year's DSE as PDF and attaches it as a new evidence version of the DSE item of
 * the process in course, through the same upload path (checks, versions, audit) as a file a
 * person uploads; the supervisor then reviews it like any other product.
 */
export async function attachDseToRoute(deps: Deps, input: { requester: Requester; anio: number }) {
  const { codigo } = input.requester;
  const [item] = await deps.db.withContext({ municipio: codigo }, (tx) =>
    tx
      .select({ procesoId: itemsProceso.procesoId })
      .from(itemsProceso)
      .innerJoin(
        procesos,
        and(
          eq(procesos.municipalityId, itemsProceso.municipalityId),
          eq(procesos.id, itemsProceso.procesoId),
        ),
      )
      .where(
        and(
          eq(itemsProceso.municipalityId, codigo),
          eq(itemsProceso.id, DSE_ITEM),
          eq(procesos.estado, 'en_curso'),
        ),
      ),
  );
  if (!item)
    throw new AppError(
      'requisitos_faltantes',
      'No hay una revisión en curso con el ítem «Documento de seguimiento y evaluación»: inicie la revisión en La Ruta para adjuntarlo.',
    );
  const pdf = await renderDse(deps, { codigo, anio: input.anio, formato: 'pdf' });
  return uploadEvidence(deps, {
    requester: input.requester,
    procesoId: item.procesoId,
    itemId: DSE_ITEM,
    file: { name: `${DSE_FILE}-${input.anio}.pdf`, bytes: pdf },
  });
}
