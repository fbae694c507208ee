import { createRoute, z } from '@hono/zod-openapi';

import { POLICIES, type Policy, routeKey } from '../../http/authz';

/** Where the OGC API is mounted (outside /api/v1: clients expect its own landing page). */
export const OGC_PREFIX = '/ogc';

const PUBLICO: Policy = { kind: 'publico' };

type RouteConfig = Parameters<typeof createRoute>[0];

/**
 * createRoute for the OGC API: every route is public (published data only) and is recorded in
 * the policy inventory and in OpenAPI (x-autorizacion) like the routes of /api/v1.
 */
export function ogcRoute<const R extends RouteConfig>(config: R) {
  const full = config.path === '/' ? OGC_PREFIX : OGC_PREFIX + config.path;
  POLICIES.set(routeKey(config.method, full), PUBLICO);
  return createRoute({ ...config, 'x-autorizacion': PUBLICO });
}

/** Documentation of an answer whose body is built by hand (GeoJSON, files). */
export const body = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string() } } },
  400: { description: 'Parámetro no válido (excepción OGC con mensaje en español)' },
  404: { description: 'La colección o el elemento no existe o no es público' },
});

export const collectionParams = z.object({ collectionId: z.string() });
