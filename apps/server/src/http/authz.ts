import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';

import { AppError, notFound } from './errors';
import type { MunicipalRole } from './roles';
import type { AppEnv } from './types';

/**
 * Who may call a route. Every API route declares one; a route without it fails the test suite
 * (default deny, reliability battery A0).
 */
export type Policy =
  | { kind: 'publico' }
  | { kind: 'autenticado' }
  | { kind: 'plataforma' }
  /** Members of the municipality in the `codigo` path parameter holding one of these roles. */
  | { kind: 'municipio'; roles: readonly MunicipalRole[]; administrador?: boolean };

/** Where every API module is mounted. */
export const API_PREFIX = '/api/v1';

/** Route key (`GET /api/v1/municipios/:codigo`) → policy, filled as routes are defined. */
export const POLICIES = new Map<string, Policy>();

export const routeKey = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;

function enforce(policy: Policy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (policy.kind === 'publico') return next();
    const user = c.get('user');
    if (!user) throw new AppError('no_autenticado', 'Debe iniciar sesión para continuar.');
    if (policy.kind === 'autenticado') return next();
    if (policy.kind === 'plataforma') {
      if (!user.esAdministrador) throw notFound();
      return next();
    }
    const codigo = c.req.param('codigo');
    if (!codigo)
      throw new AppError('ruta_sin_politica', 'Ruta municipal sin parámetro de municipio.');
    const access = c.get('services').access;
    const roles = await access.rolesIn(user.id, codigo);
    const admitted =
      user.esAdministrador && policy.administrador !== false && (await access.exists(codigo));
    // Not a member at all: answer exactly as if the municipality did not exist (A1).
    if (roles.length === 0 && !admitted) throw notFound();
    if (!admitted && !roles.some((role) => policy.roles.includes(role))) {
      throw new AppError('prohibido', 'Su rol en este municipio no permite esta acción.');
    }
    c.set('municipio', codigo);
    c.set('roles', roles);
    return next();
  };
}

type RouteConfig = Parameters<typeof createRoute>[0];

/**
 * createRoute plus an authorization policy: the policy is enforced as the route's first
 * middleware, recorded for the route-inventory test, and published in OpenAPI (x-autorizacion).
 */
export function defineRoute<const R extends RouteConfig>(config: R & { policy: Policy }) {
  const { policy, ...route } = config;
  POLICIES.set(routeKey(route.method, API_PREFIX + route.path), policy);
  return createRoute({
    ...route,
    middleware: [enforce(policy)],
    'x-autorizacion': policy,
  } as unknown as R);
}
