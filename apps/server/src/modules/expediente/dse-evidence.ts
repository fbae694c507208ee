import type { Deps } from '../../http/types';
import { attachGeneratedToItem } from '../ruta/attach-generated';
import type { Requester } from '../ruta/process-service';
import { DSE_FILE, renderDse } from './dse-service';

/** The checklist item of La Ruta that the DSE satisfies (products.ts, evaluation stage). */
export const DSE_ITEM = 'documento-seguimiento-evaluacion';

/**
 * Generates the year's DSE as PDF and attaches it as a new evidence version of the DSE item of
 * the process in course, through the same upload path (checks, versions, audit) as a file a
 * person uploads; the supervisor then reviews it like any other product.
 */
export function attachDseToRoute(deps: Deps, input: { requester: Requester; anio: number }) {
  return attachGeneratedToItem(deps, {
    requester: input.requester,
    itemId: DSE_ITEM,
    sinItem:
      'No hay una revisión en curso con el ítem «Documento de seguimiento y evaluación»: inicie la revisión en La Ruta para adjuntarlo.',
    render: async () => ({
      name: `${DSE_FILE}-${input.anio}.pdf`,
      bytes: await renderDse(deps, {
        codigo: input.requester.codigo,
        anio: input.anio,
        formato: 'pdf',
      }),
    }),
  });
}
