import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { notFound } from '../../http/errors';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { MATRIX_COLUMNS, matrixRows } from './memoria';
import { matrixCsv } from './pack';
import { readPackData } from './pack-data';

const publicView = z
  .object({
    municipio: z.object({ codigo: z.string(), nombre: z.string(), departamento: z.string() }),
    eventos: z.array(
      z.object({
        tipo: z.string(),
        titulo: z.string(),
        fecha: z.string(),
        lugar: z.string(),
        asistentes: z.number(),
      }),
    ),
    columnas: z.array(z.string()),
    matriz: z.array(z.array(z.string())),
  })
  .openapi('ParticipacionPublica');

const get = defineRoute({
  method: 'get',
  path: '/publico/{codigo}/participacion',
  policy: { kind: 'publico' },
  summary:
    'Participación pública: calendario y matriz de respuestas seudonimizada (sin datos personales)',
  request: { params: codigoParam },
  responses: { ...json(publicView, 'Participación'), 404: errorResponses[404] },
});

const csvRoute = defineRoute({
  method: 'get',
  path: '/publico/{codigo}/participacion/matriz.csv',
  policy: { kind: 'publico' },
  summary: 'Matriz de respuestas seudonimizada en CSV (datos abiertos, sin datos personales)',
  request: { params: codigoParam },
  responses: { 200: { description: 'CSV (UTF-8 con BOM)' }, 404: errorResponses[404] },
});

/** Public read of the participation record: events with totals and the pseudonymised matrix. */
export const participacionPublicRoutes = new OpenAPIHono<AppEnv>()
  .openapi(get, async (c) => {
    const data = await readPackData(c.var.deps, c.req.valid('param').codigo);
    if (!data) throw notFound();
    return c.json(
      {
        municipio: data.municipio,
        eventos: data.eventos.map(({ tipo, titulo, fecha, lugar, asistentes }) => ({
          tipo,
          titulo,
          fecha,
          lugar,
          asistentes,
        })),
        columnas: MATRIX_COLUMNS,
        matriz: matrixRows(data),
      },
      200,
    );
  })
  .openapi(csvRoute, async (c) => {
    const { codigo } = c.req.valid('param');
    const data = await readPackData(c.var.deps, codigo);
    if (!data) throw notFound();
    return c.body(matrixCsv(data) as unknown as ArrayBuffer, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="matriz-aportes-${codigo}.csv"`,
    });
  });
