import type { z } from '@hono/zod-openapi';
import { appendAudit, type Tx } from '@ruta-pot/db';
import {
  type Citation,
  DomainError,
  participationRolesOf,
  type RuleWarning,
} from '@ruta-pot/domain';

import { AppError, notFound } from '../../http/errors';
import type { MunicipalRole } from '../../http/roles';
import type { AppEnv, Deps, SessionUser } from '../../http/types';

/** Who acts in the participation workspace. */
export interface WorkspaceActor {
  codigo: string;
  user: SessionUser;
  roles: readonly MunicipalRole[];
}

type Ctx = { get: <K extends keyof AppEnv['Variables']>(key: K) => AppEnv['Variables'][K] };

export function actorOf(c: Ctx): WorkspaceActor {
  return { codigo: c.get('municipio'), user: c.get('user')!, roles: c.get('roles') };
}

export const participationRoles = (a: WorkspaceActor) =>
  participationRolesOf(a.roles, a.user.esAdministrador);

/** The office (alcaldía, planeación; a platform administrator acts as the office). */
export const isOffice = (a: WorkspaceActor) =>
  participationRoles(a).some((r) => r === 'planeacion' || r === 'alcaldia');

export function requireRole(a: WorkspaceActor, role: 'car' | 'ctp' | 'concejo' | 'office') {
  const ok = role === 'office' ? isOffice(a) : participationRoles(a).includes(role);
  if (!ok) throw new AppError('prohibido', 'Su rol en este municipio no permite esta acción.');
}

/** Runs a domain check, answering its error in the API's vocabulary. */
export function domain<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DomainError)
      throw new AppError(
        (error.details as { motivo?: string } | undefined)?.motivo === 'rol'
          ? 'prohibido'
          : 'entrada_invalida',
        error.message,
      );
    throw error;
  }
}

export const isUuid = (id: string) => /^[0-9a-f-]{36}$/.test(id);
export const checkId = (id: string) => {
  if (!isUuid(id)) throw notFound();
  return id;
};

export const context = (a: WorkspaceActor) => ({ municipio: a.codigo, usuario: a.user.id });

export function audit(
  tx: Tx,
  { deps, a, accion, objeto }: { deps: Deps; a: WorkspaceActor; accion: string; objeto: string },
  detalle: Record<string, unknown>,
) {
  return appendAudit(tx, {
    municipalityId: a.codigo,
    actorId: a.user.id,
    actor: a.user.email,
    accion: `participacion.${accion}`,
    objeto,
    detalle,
    ocurridoEn: deps.clock.now(),
  });
}

/** Turns a failed zod parse of a multipart form into our Spanish error. */
export function parseForm<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const field = issue.path.join('.');
    return field ? `«${field}»: ${issue.message}` : issue.message;
  });
  throw new AppError('entrada_invalida', `Datos no válidos. ${issues.join(' · ')}`, {
    campos: issues,
  });
}

/** Citations and warnings in the API's Spanish field names. */
export const citas = (list: readonly Citation[]) =>
  list.map((c) => ({
    norma: c.norm,
    articulo: c.article,
    url: c.url ?? null,
    nota: c.note ?? null,
  }));
export const advertencias = (list: readonly RuleWarning[]) =>
  list.map((w) => ({ codigo: w.code, mensaje: w.message, citas: citas(w.citations) }));
