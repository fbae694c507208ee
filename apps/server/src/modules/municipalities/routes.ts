import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { getMunicipality, listMembers, listMunicipalAudit, searchMunicipalities } from './service';

const municipalitySchema = z
  .object({
    codigo: z.string(),
    nombre: z.string(),
    departamento: z.string(),
    codigoDepartamento: z.string(),
    tipo: z.string().nullable(),
    latitud: z.number().nullable(),
    longitud: z.number().nullable(),
    poblacion: z.number().nullable(),
    anioPoblacion: z.number().nullable(),
    fuentePoblacion: z.string().nullable(),
  })
  .openapi('Municipio');

const listQuery = z.object({
  q: z.string().max(100).optional(),
  departamento: z
    .string()
    .regex(/^\d{2}$/, 'El código de departamento tiene 2 dígitos.')
    .optional(),
  limite: z.coerce.number().int().min(1).max(2000).default(50),
});

const list = defineRoute({
  method: 'get',
  path: '/municipios',
  policy: { kind: 'publico' },
  summary: 'Buscar municipios del catálogo DIVIPOLA',
  request: { query: listQuery },
  responses: {
    ...json(
      z.object({
        municipios: z.array(
          municipalitySchema.pick({
            codigo: true,
            nombre: true,
            departamento: true,
            codigoDepartamento: true,
            tipo: true,
            poblacion: true,
            anioPoblacion: true,
          }),
        ),
        total: z.number(),
      }),
      'Municipios',
    ),
    400: errorResponses[400],
  },
});

const get = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}',
  policy: { kind: 'publico' },
  summary: 'Datos públicos de un municipio',
  request: { params: codigoParam },
  responses: { ...json(municipalitySchema, 'Municipio'), 404: errorResponses[404] },
});

const members = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/miembros',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary: 'Personas con rol en el municipio',
  request: { params: codigoParam },
  responses: {
    ...json(
      z.object({
        miembros: z.array(
          z.object({
            usuarioId: z.string(),
            nombre: z.string(),
            email: z.string(),
            rol: z.string(),
            rolEtiqueta: z.string(),
          }),
        ),
      }),
      'Miembros',
    ),
    ...errorResponses,
  },
});

const audit = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/auditoria',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Bitácora de auditoría del municipio (más reciente primero)',
  request: {
    params: codigoParam,
    query: z.object({ limite: z.coerce.number().int().min(1).max(500).default(50) }),
  },
  responses: {
    ...json(
      z.object({
        entradas: z.array(
          z.object({
            secuencia: z.number(),
            ocurridoEn: z.string(),
            actor: z.string(),
            accion: z.string(),
            objeto: z.string(),
            detalle: z.record(z.string(), z.unknown()),
          }),
        ),
      }),
      'Entradas de auditoría',
    ),
    ...errorResponses,
  },
});

export const municipalityRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) =>
    c.json(await searchMunicipalities(c.var.deps, c.req.valid('query')), 200),
  )
  .openapi(get, async (c) =>
    c.json(await getMunicipality(c.var.deps, c.req.valid('param').codigo), 200),
  )
  .openapi(members, async (c) => {
    const miembros = await listMembers(c.var.deps, {
      codigo: c.get('municipio'),
      userId: c.get('user')!.id,
    });
    return c.json({ miembros }, 200);
  })
  .openapi(audit, async (c) => {
    const entradas = await listMunicipalAudit(c.var.deps, {
      codigo: c.get('municipio'),
      userId: c.get('user')!.id,
      limite: c.req.valid('query').limite,
    });
    return c.json({ entradas }, 200);
  });
