import { OpenAPIHono, z } from '@hono/zod-openapi';
import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import { defineRoute } from '../../http/authz';
import { json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';

const healthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgresql']),
    postgis: z.string(),
    durabilidad: z.string(),
  })
  .openapi('Salud');

const health = defineRoute({
  method: 'get',
  path: '/health',
  policy: { kind: 'publico' },
  summary: 'Estado del servicio, motor de base de datos y versión de PostGIS',
  responses: json(healthSchema, 'Servicio en funcionamiento'),
});

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(health, async (c) => {
  const { db } = c.var.deps;
  // Embedded PostGIS is compiled on first use (ADR 0016): a health probe must not pay seconds for
  // it, so PGlite reports the installed extension's version from the catalogue, which is the
  // version of the bundled library. PostgreSQL asks the loaded library itself.
  const rows = rowsOf<{ v: string }>(
    await db.orm.execute(
      db.kind === 'pglite'
        ? sql`SELECT extversion AS v FROM pg_extension WHERE extname = 'postgis'`
        : sql`SELECT postgis_lib_version() AS v`,
    ),
  );
  return c.json({
    status: 'ok' as const,
    database: db.kind,
    postgis: rows[0]?.v ?? 'desconocida',
    // PGlite runs with fsync off: safe against a process crash, not against power loss (H4).
    durabilidad:
      db.kind === 'pglite'
        ? 'embebida: protegida ante cierre del proceso, no ante apagón del equipo; haga respaldos (npx ruta-pot respaldo)'
        : 'postgresql',
  });
});
