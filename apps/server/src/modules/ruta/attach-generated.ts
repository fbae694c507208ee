import { itemsProceso, procesos } from '@ruta-pot/db';
import { and, eq } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { uploadEvidence } from './evidence-service';
import type { Requester } from './process-service';

/**
 * Attaches a document the platform generates (the DSE, a suelo × amenaza report) as a new
 * evidence version of a checklist item of the process in course, through the same upload path
 * (checks, versions, audit) as a file a person uploads; the supervisor then reviews it like any
 * other product. The document is rendered only once the item is known to exist.
 */
export async function attachGeneratedToItem(
  deps: Deps,
  input: {
    requester: Requester;
    itemId: string;
    /** Spanish message when no process in course has the item (409). */
    sinItem: string;
    render: () => Promise<{ name: string; bytes: Uint8Array }>;
  },
) {
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
          eq(itemsProceso.id, input.itemId),
          eq(procesos.estado, 'en_curso'),
        ),
      ),
  );
  if (!item) throw new AppError('requisitos_faltantes', input.sinItem);
  const file = await input.render();
  const evidence = await uploadEvidence(deps, {
    requester: input.requester,
    procesoId: item.procesoId,
    itemId: input.itemId,
    file,
  });
  return { ...evidence, procesoId: item.procesoId };
}
