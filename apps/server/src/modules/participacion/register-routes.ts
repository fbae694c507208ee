import { OpenAPIHono, z } from '@hono/zod-openapi';
import { rowsOf } from '@ruta-pot/db';
import { ANSWER_OUTCOMES, participationRolesOf } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { defineRoute } from '../../http/authz';
import { cachedMunicipalJson } from '../../http/municipal-view-cache';
import { sendPrebuiltJson } from '../../http/prebuilt-json';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, conflictResponse, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import {
  answerAporte,
  classifyAporte,
  discardAporte,
  groupAporte,
  incorporateAporte,
  ungroupAporte,
} from './aporte-actions';
import type { AporteActor } from './aporte-store';
import { participationPackZip } from './pack';
import { aporteDetail, listAportes } from './register';
import { registerStaffAporte } from './staff-intake';

const readers = { kind: 'municipio', roles: PARTICIPANT_ROLES } as const;
const office = { kind: 'municipio', roles: MANAGING_ROLES } as const;
const idParam = codigoParam.extend({ id: z.string().max(40) });
const short = (max: number) => z.string().trim().min(1).max(max);

const listQuery = z.object({
  estado: z.string().max(40).optional(),
  tema: z.string().max(200).optional(),
  origen: z.string().max(40).optional(),
  q: z.string().max(200).optional(),
  grupo: z.string().max(20).optional(),
  despues: z.string().max(200).optional(),
  limite: z.coerce.number().int().min(1).max(200).default(50),
});
const listItem = z.object({
  id: z.string(),
  codigo: z.string(),
  origen: z.string(),
  estado: z.string(),
  estadoEtiqueta: z.string(),
  texto: z.string(),
  tema: z.string().nullable(),
  grupo: z.string().nullable(),
  recibidoEn: z.string(),
  venceEn: z.string().nullable(),
  esPeticion: z.boolean(),
  tieneGeometria: z.boolean(),
});
const page = z
  .object({
    aportes: z.array(listItem),
    siguiente: z.string().nullable(),
    porEstado: z.record(z.string(), z.number()),
  })
  .openapi('RegistroAportes');
const detail = z.record(z.string(), z.unknown()).openapi('Aporte');
const state = z.object({
  estado: z.string(),
  id: z.string().optional(),
  codigo: z.string().optional(),
  venceEn: z.string().nullable().optional(),
  respondidos: z.number().optional(),
  grupo: z.object({ id: z.string(), codigo: z.string() }).optional(),
});

const staffBody = z
  .object({
    origen: z.enum(['evento', 'ventanilla', 'ctp', 'car']),
    texto: z.string().max(20_000),
    recibidoEn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Fecha AAAA-MM-DD.'),
    eventoId: z.string().max(40).optional(),
    autorNombre: short(200).optional(),
    autorCorreo: z.string().email('Correo no válido.').max(200).optional(),
    consentimiento: z.string().max(40).optional(),
    peticion: z
      .object({
        tipo: z.enum(['general', 'documentos', 'consulta']),
        radicado: short(60).optional(),
      })
      .strict()
      .optional(),
    documento: short(200).optional(),
    articulo: short(200).optional(),
    capa: short(200).optional(),
    geometria: z.string().max(100_000).optional(),
  })
  .strict();
const classifyBody = z
  .object({
    tema: z.string().trim().min(2, 'Escriba el tema (al menos 2 caracteres).').max(200),
    etapa: z
      .enum(['diagnostico', 'formulacion', 'concertacion', 'adopcion', 'seguimiento'])
      .optional(),
    documento: short(200).optional(),
    articulo: short(200).optional(),
    capa: short(200).optional(),
  })
  .strict();
const groupBody = z
  .object({ grupoId: z.string().max(40).optional(), tema: z.string().max(200).optional() })
  .strict();
const answerBody = z
  .object({
    resultado: z.enum(ANSWER_OUTCOMES as unknown as [string, ...string[]]),
    razones: z.string().max(10_000),
    documentoVersion: short(60).optional(),
    articulo: short(200).optional(),
    elementoMapa: short(200).optional(),
    todoElGrupo: z.boolean().optional(),
  })
  .strict();
const versionBody = z.object({ version: short(60) }).strict();

const withJson = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const list = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/participacion/aportes',
  summary: 'Registro de aportes (todas las fuentes), filtrado y paginado, sin datos personales',
  policy: readers,
  request: { params: codigoParam, query: listQuery },
  responses: { ...json(page, 'Página del registro'), ...errorResponses },
});
const one = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/participacion/aportes/{id}',
  summary: 'Un aporte: texto, lugar, adjuntos, respuesta, línea de tiempo y acciones posibles',
  policy: readers,
  request: { params: idParam },
  responses: { ...json(detail, 'Aporte'), ...errorResponses },
});
const create = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/participacion/aportes',
  summary: 'Registrar un aporte de un evento, la ventanilla (derecho de petición), el CTP o la CAR',
  policy: office,
  request: { params: codigoParam, ...withJson(staffBody) },
  responses: { ...json(state, 'Aporte registrado'), ...errorResponses },
});
const classify = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/participacion/aportes/{id}/clasificacion',
  summary: 'Clasificar un aporte (tema, etapa, artículo, capa o documento)',
  policy: office,
  request: { params: idParam, ...withJson(classifyBody) },
  responses: { ...json(state, 'Hecho'), ...errorResponses, ...conflictResponse },
});
const group = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/participacion/aportes/{id}/grupo',
  summary: 'Agrupar un aporte con otros similares (grupo existente o nuevo)',
  policy: office,
  request: { params: idParam, ...withJson(groupBody) },
  responses: { ...json(state, 'Hecho'), ...errorResponses, ...conflictResponse },
});
const ungroup = defineRoute({
  method: 'delete',
  path: '/municipios/{codigo}/participacion/aportes/{id}/grupo',
  summary: 'Sacar un aporte de su grupo',
  policy: office,
  request: { params: idParam },
  responses: { ...json(state, 'Hecho'), ...errorResponses, ...conflictResponse },
});
const respond = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/participacion/aportes/{id}/respuesta',
  summary: 'Responder un aporte con razones y lo que cambió (o todo su grupo)',
  policy: office,
  request: { params: idParam, ...withJson(answerBody) },
  responses: { ...json(state, 'Hecho'), ...errorResponses, ...conflictResponse },
});
const incorporate = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/participacion/aportes/{id}/incorporacion',
  summary: 'Marcar un aporte aceptado como incorporado en una versión del plan',
  policy: office,
  request: { params: idParam, ...withJson(versionBody) },
  responses: { ...json(state, 'Hecho'), ...errorResponses, ...conflictResponse },
});
const discard = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/participacion/aportes/{id}/descarte',
  summary: 'Descartar un aporte que su autor no confirmó',
  policy: office,
  request: { params: idParam },
  responses: { ...json(state, 'Hecho'), ...errorResponses, ...conflictResponse },
});
const groups = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/participacion/grupos',
  summary: 'Grupos de aportes similares',
  policy: readers,
  request: { params: codigoParam },
  responses: {
    ...json(
      z.object({
        grupos: z.array(
          z.object({ id: z.string(), codigo: z.string(), tema: z.string(), aportes: z.number() }),
        ),
      }),
      'Grupos',
    ),
    ...errorResponses,
  },
});

const pack = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/participacion/paquete.zip',
  summary:
    'Paquete de evidencia de la participación (memoria DOCX y PDF, matriz CSV, archivos citados y manifiesto con SHA-256), en un ZIP',
  policy: readers,
  request: { params: codigoParam },
  responses: { 200: { description: 'ZIP' }, ...errorResponses, 409: conflictResponse[409] },
});

type Ctx = { get: <K extends keyof AppEnv['Variables']>(k: K) => AppEnv['Variables'][K] };
function scope(c: Ctx): { codigo: string; actor: AporteActor } {
  const user = c.get('user')!;
  return {
    codigo: c.get('municipio'),
    actor: {
      userId: user.id,
      label: user.email,
      roles: participationRolesOf(c.get('roles'), user.esAdministrador),
    },
  };
}
const ref = (c: Ctx & { req: { param(k: 'id'): string } }) => ({
  ...scope(c),
  id: c.req.param('id'),
});
const deps = (c: Ctx) => c.get('deps');

/** The office's side of the register: read, classify, group, answer, incorporate. */
export const participacionRegisterRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => {
    const codigo = c.get('municipio');
    const query = c.req.valid('query');
    // Kept a few seconds; any write to the municipality (staff or portal) drops it at once.
    const view = await cachedMunicipalJson({
      db: deps(c).db,
      key: `${codigo}:participacion:aportes:${JSON.stringify(query)}`,
      compute: () => listAportes(deps(c), codigo, query),
    });
    return sendPrebuiltJson(c, view) as never;
  })
  .openapi(one, async (c) => {
    const s = scope(c);
    const isOffice =
      c.get('user')!.esAdministrador || c.get('roles').some((r) => MANAGING_ROLES.includes(r));
    return c.json(
      await aporteDetail(deps(c), {
        codigo: s.codigo,
        id: c.req.valid('param').id,
        roles: s.actor.roles,
        office: isOffice,
      }),
      200,
    );
  })
  .openapi(create, async (c) =>
    c.json(await registerStaffAporte(deps(c), scope(c), c.req.valid('json')), 200),
  )
  .openapi(classify, async (c) =>
    c.json(await classifyAporte(deps(c), ref(c), c.req.valid('json')), 200),
  )
  .openapi(group, async (c) => c.json(await groupAporte(deps(c), ref(c), c.req.valid('json')), 200))
  .openapi(ungroup, async (c) => c.json(await ungroupAporte(deps(c), ref(c)), 200))
  .openapi(respond, async (c) => {
    const body = c.req.valid('json') as Parameters<typeof answerAporte>[2];
    return c.json(await answerAporte(deps(c), ref(c), body), 200);
  })
  .openapi(incorporate, async (c) =>
    c.json(await incorporateAporte(deps(c), ref(c), c.req.valid('json')), 200),
  )
  .openapi(discard, async (c) => c.json(await discardAporte(deps(c), ref(c)), 200))
  .openapi(groups, async (c) => {
    const codigo = c.get('municipio');
    const rows = await deps(c).db.withContext({ municipio: codigo }, async (tx) =>
      rowsOf<{ id: string; codigo: string; tema: string; aportes: number }>(
        await tx.execute(sql`SELECT g.id, g.codigo, g.tema, count(a.id)::int AS aportes FROM participacion_grupos g
          LEFT JOIN participacion_aportes a ON a.municipality_id = g.municipality_id AND a.grupo_id = g.id
          WHERE g.municipality_id = ${codigo} GROUP BY g.id, g.codigo, g.tema, g.creado_en ORDER BY g.creado_en`),
      ),
    );
    return c.json({ grupos: rows }, 200);
  })
  .openapi(pack, async (c) => {
    const codigo = c.get('municipio');
    const zip = await participationPackZip(deps(c), codigo);
    return c.body(zip as unknown as ArrayBuffer, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="paquete-participacion-${codigo}.zip"`,
    });
  });
