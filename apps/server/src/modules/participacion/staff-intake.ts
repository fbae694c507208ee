import type { Deps } from '../../http/types';
import type { Attachment } from './aporte-intake';
import { insertAporte, withFileCleanup } from './aporte-intake';
import { type AporteActor, auditAporte } from './aporte-store';

export interface StaffAporteBody {
  origen: 'evento' | 'ventanilla' | 'ctp' | 'car';
  texto: string;
  recibidoEn: string;
  eventoId?: string | undefined;
  autorNombre?: string | undefined;
  autorCorreo?: string | undefined;
  consentimiento?: string | undefined;
  peticion?:
    { tipo: 'general' | 'documentos' | 'consulta'; radicado?: string | undefined } | undefined;
  documento?: string | undefined;
  articulo?: string | undefined;
  capa?: string | undefined;
  geometria?: string | undefined;
}

/**
 * The office registers an aporte that did not come through the portal: said at an event, filed
 * at the ventanilla (a derecho de petición gets its legal term, Ley 1755 de 2015), or an
 * observation of the CTP or the CAR. It lands in the same register as the portal's.
 */
export async function registerStaffAporte(
  deps: Deps,
  scope: { codigo: string; actor: AporteActor },
  body: StaffAporteBody & { adjuntos?: readonly Attachment[] | undefined },
) {
  const at = deps.clock.now();
  return withFileCleanup(deps, scope.codigo, (created) =>
    deps.db.withContext(
      { municipio: scope.codigo, ...(scope.actor.userId ? { usuario: scope.actor.userId } : {}) },
      async (tx) => {
        const saved = await insertAporte(
          { tx, deps, codigo: scope.codigo, at, createdFiles: created },
          { ...body, estado: 'recibido' },
        );
        await auditAporte(
          tx,
          { ...scope, accion: 'registrar', aporte: saved.codigo, at },
          { origen: body.origen, peticion: Boolean(body.peticion) },
        );
        return { ...saved, estado: 'recibido' as const };
      },
    ),
  );
}
