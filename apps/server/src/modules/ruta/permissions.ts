import {
  assertTransition,
  DomainError,
  PROCESS_LIFECYCLE,
  processAcceptsWork,
  type ProcessState,
} from '@ruta-pot/domain';

import { AppError } from '../../http/errors';
import type { MunicipalRole } from '../../http/roles';

/** What each role may do in a revision process (issue 4: who may change what, per stage). */
export const ROUTE_ROLES = {
  /** Move items through pendiente / en curso / en revisión / no aplica, assign owners and dates. */
  editarItems: ['alcaldia', 'planeacion', 'consultor'],
  /** Approve an item directly (the municipality's own documents, e.g. the acta de concertación). */
  aprobar: ['alcaldia', 'planeacion'],
  subirEvidencia: ['alcaldia', 'planeacion', 'consultor', 'interventor'],
  /** The supervisor's verdict on quality, sufficiency and pertinence of a product. */
  emitirConcepto: ['interventor'],
  registrarEventos: ['alcaldia', 'planeacion'],
  radicar: ['alcaldia', 'planeacion'],
} as const satisfies Record<string, readonly MunicipalRole[]>;

export type RoutePermission = keyof typeof ROUTE_ROLES;

export function permissionsFor(roles: readonly MunicipalRole[], admin = false) {
  const has = (permission: RoutePermission) =>
    admin || roles.some((r) => (ROUTE_ROLES[permission] as readonly MunicipalRole[]).includes(r));
  return {
    editarItems: has('editarItems'),
    aprobar: has('aprobar'),
    subirEvidencia: has('subirEvidencia'),
    emitirConcepto: has('emitirConcepto'),
    registrarEventos: has('registrarEventos'),
    radicar: has('radicar'),
  };
}

/**
 * What the roles may do on a process in `estado` (PROCESS_LIFECYCLE): a filed process keeps its
 * checklist closed (what the Concejo studies is what was filed) but still records the Concejo's
 * events and its closing; an adopted or archived one no longer changes. The server refuses those
 * changes anyway; this is what the web offers.
 */
export function permissionsOnProcess(
  roles: readonly MunicipalRole[],
  admin: boolean,
  estado: string,
): ReturnType<typeof permissionsFor> {
  const can = permissionsFor(roles, admin);
  if (processAcceptsWork(estado)) return can;
  const closed = PROCESS_LIFECYCLE.terminal.includes(estado as ProcessState);
  return {
    editarItems: false,
    aprobar: false,
    subirEvidencia: false,
    emitirConcepto: false,
    registrarEventos: can.registrarEventos && !closed,
    radicar: can.radicar && !closed,
  };
}

/**
 * Checks a move of a revision process against PROCESS_LIFECYCLE for the requester's roles (the
 * platform administrator acts as the municipality's managers); a move the table does not allow
 * answers 409 with its Spanish reason. Every path that changes a process's state calls it.
 */
export function assertProcessMove(
  requester: { roles: readonly MunicipalRole[]; admin: boolean },
  move: { from: ProcessState; to: ProcessState },
): void {
  try {
    assertTransition(PROCESS_LIFECYCLE, {
      ...move,
      roles: [...requester.roles, ...(requester.admin ? ['administrador'] : [])] as never,
    });
  } catch (error) {
    if (error instanceof DomainError) throw new AppError('conflicto', error.message);
    throw error;
  }
}
