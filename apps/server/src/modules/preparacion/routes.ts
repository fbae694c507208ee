import { OpenAPIHono, z } from '@hono/zod-openapi';
import { CONTRACTING_MODALITIES, INVENTORY_STATUSES, PETITION_KINDS } from '@ruta-pot/domain';
import type { Context } from 'hono';

import { defineRoute } from '../../http/authz';
import { todayInColombia } from '../../http/dates';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, conflictResponse, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { loadBasis } from './basis';
import {
  CONTENT_TYPES,
  type DocumentFormat,
  petitionDocument,
  render,
  torDocument,
} from './documents';
import { createPetition, movePetition, petitionContent } from './petition-service';
import { estimateFor, getPreparation, saveInventoryItem, saveSettings, termsFor } from './service';

const tipoQuery = z.object({ tipoRevision: z.string().max(40).optional() });
/** `equipo=director:24,movilidad:6`: months per profile the municipality asks for (warned if oversized). */
const termsQuery = tipoQuery.extend({
  equipo: z
    .string()
    .regex(
      /^([a-z]{2,20}:\d{1,3}(\.\d)?)(,[a-z]{2,20}:\d{1,3}(\.\d)?)*$/,
      'Escriba el equipo como perfil:meses separados por comas (ej. director:24,movilidad:6).',
    )
    .optional(),
});
const requestedTeam = (equipo: string | undefined): Record<string, number> | undefined =>
  equipo
    ? Object.fromEntries(
        equipo.split(',').map((x) => {
          const [k, v] = x.split(':');
          return [k!, Number(v)];
        }),
      )
    : undefined;
const anyJson = (name: string) => z.record(z.string(), z.unknown()).openapi(name);

const getRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/preparacion',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary:
    'Preparación de la revisión: inventario de información, lo que se tiene y lo que falta, y solicitudes a entidades',
  request: { params: codigoParam, query: tipoQuery },
  responses: { ...json(anyJson('Preparacion'), 'Preparación'), ...errorResponses },
});

const settingsBody = z
  .object({
    tipoRevision: z.string().max(40),
    opcionSuburbano: z.enum(['suburbano_1_5000', 'suburbano_1_25000']),
    modalidad: z.enum(CONTRACTING_MODALITIES as ['concurso_meritos']),
    planDesarrollo: z.enum(['si', 'no', 'no_sabe']),
    areaKm2: z.number().positive('El área debe ser positiva.').max(200_000).nullable().optional(),
    areaFuente: z.string().max(300).nullable().optional(),
    /** Year of the pesos of the cost, the bank comparison and the terms; null: latest IPC year. */
    anioPrecios: z.number().int().min(1990).max(2100).nullable().optional(),
    version: z.number().int().min(0),
  })
  .strict();

const settingsRoute = defineRoute({
  method: 'put',
  path: '/municipios/{codigo}/preparacion/ajustes',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary:
    'Guardar tipo de revisión, opción de escala del suelo suburbano, modalidad y financiación en el Plan de Desarrollo',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: settingsBody } }, required: true },
  },
  responses: {
    ...json(z.object({ version: z.number() }), 'Guardado'),
    ...errorResponses,
    ...conflictResponse,
  },
});

const itemBody = z
  .object({
    estado: z.enum(INVENTORY_STATUSES as ['tiene']),
    archivo: z.string().max(500).nullable().optional(),
    escala: z.string().max(100).nullable().optional(),
    fecha: z.iso.date('La fecha debe tener la forma AAAA-MM-DD.').nullable().optional(),
    notas: z.string().max(2000).nullable().optional(),
    version: z.number().int().min(0),
  })
  .strict();

const itemRoute = defineRoute({
  method: 'put',
  path: '/municipios/{codigo}/preparacion/inventario/{itemId}',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary: 'Registrar el estado de un ítem del inventario (lo tiene, desactualizado, falta)',
  request: {
    params: codigoParam.extend({
      itemId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Ítem no válido.'),
    }),
    body: { content: { 'application/json': { schema: itemBody } }, required: true },
  },
  responses: {
    ...json(z.object({ version: z.number() }), 'Guardado'),
    ...errorResponses,
    ...conflictResponse,
  },
});

const costRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/preparacion/costo',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary:
    'Estimación de costo paso a paso (con supuestos), financiación y casos similares; dice qué dato falta',
  request: {
    params: codigoParam,
    // The price year is the municipality's setting (PUT …/ajustes), the same for the terms.
    query: tipoQuery,
  },
  responses: { ...json(anyJson('CostoRevision'), 'Costo o datos faltantes'), ...errorResponses },
});

const termsRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/preparacion/terminos-referencia',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary:
    'Contenido de los términos de referencia (todos los productos exigidos, con su fundamento)',
  request: { params: codigoParam, query: termsQuery },
  responses: {
    ...json(anyJson('TerminosReferencia'), 'Términos o datos faltantes'),
    ...errorResponses,
  },
});

const formatoParam = z.object({
  formato: z.enum(['docx', 'pdf'], { error: 'El formato es docx o pdf.' }),
});
const fileResponses = {
  200: {
    description: 'Documento generado',
    content: {
      [CONTENT_TYPES.docx]: { schema: z.string().openapi({ format: 'binary' }) },
      [CONTENT_TYPES.pdf]: { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
  ...errorResponses,
} as const;

const termsFileRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/preparacion/terminos-referencia/{formato}',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Términos de referencia en DOCX (editable) o PDF',
  request: { params: codigoParam.merge(formatoParam), query: termsQuery },
  responses: fileResponses,
});

const letterRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/preparacion/inventario/{itemId}/carta/{formato}',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary:
    'Carta de derecho de petición para pedir un ítem del inventario a su entidad, en DOCX o PDF',
  request: {
    params: codigoParam
      .merge(formatoParam)
      .extend({ itemId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Ítem no válido.') }),
  },
  responses: fileResponses,
});

/** A generated document as a download (no-store: it reflects the data of this moment). */
function fileResponse(
  c: Context,
  f: { bytes: Uint8Array; nombre: string; formato: DocumentFormat },
) {
  return c.body(f.bytes as unknown as ArrayBuffer, 200, {
    'Content-Type': CONTENT_TYPES[f.formato],
    'Content-Disposition': `attachment; filename="${f.nombre}"`,
  });
}

const petitionBody = z
  .object({
    itemId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Ítem no válido.'),
    tipo: z.enum(PETITION_KINDS as ['entre_autoridades']).optional(),
  })
  .strict();

const petitionRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/preparacion/solicitudes',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary: 'Crear la solicitud (derecho de petición) de un ítem faltante a la entidad que lo tiene',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: petitionBody } }, required: true },
  },
  responses: { ...json(z.object({ id: z.string() }), 'Solicitud creada'), ...errorResponses },
});

const moveBody = z
  .object({
    estado: z.enum(['radicada', 'respondida']),
    fecha: z.iso.date('La fecha debe tener la forma AAAA-MM-DD.'),
    radicado: z.string().max(100).optional(),
    respuesta: z.string().max(4000).optional(),
    version: z.number().int().min(1),
  })
  .strict();

const moveRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/preparacion/solicitudes/{id}/estado',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary: 'Registrar el radicado (calcula el vencimiento) o la respuesta (cierra la solicitud)',
  request: {
    params: codigoParam.extend({ id: z.uuid('Identificador no válido.') }),
    body: { content: { 'application/json': { schema: moveBody } }, required: true },
  },
  responses: {
    ...json(
      z.object({ estado: z.string(), venceEn: z.string().nullable(), version: z.number() }),
      'Solicitud actualizada',
    ),
    ...errorResponses,
    ...conflictResponse,
  },
});

const actorOf = (c: { get: (k: 'user') => AppEnv['Variables']['user'] }) => {
  const u = c.get('user')!;
  return { id: u.id, email: u.email };
};

export const preparacionRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoute, async (c) => {
    const r = await getPreparation(c.var.deps, {
      codigo: c.get('municipio'),
      tipoRevision: c.req.valid('query').tipoRevision,
    });
    return c.json(r as unknown as Record<string, unknown>, 200);
  })
  .openapi(settingsRoute, async (c) => {
    const r = await saveSettings(c.var.deps, {
      codigo: c.get('municipio'),
      actor: actorOf(c),
      ajustes: c.req.valid('json'),
    });
    return c.json(r, 200);
  })
  .openapi(itemRoute, async (c) => {
    const r = await saveInventoryItem(c.var.deps, {
      codigo: c.get('municipio'),
      itemId: c.req.valid('param').itemId,
      actor: actorOf(c),
      item: c.req.valid('json'),
    });
    return c.json(r, 200);
  })
  .openapi(costRoute, async (c) => {
    const deps = c.var.deps;
    const codigo = c.get('municipio');
    const basis = await loadBasis(deps, codigo);
    if (basis.faltantes.length > 0)
      return c.json({ faltantes: basis.faltantes, estimacion: null }, 200);
    const q = c.req.valid('query');
    const r = await estimateFor(deps, {
      codigo,
      tipoRevision: q.tipoRevision,
    });
    return c.json({ faltantes: [], estimacion: r } as Record<string, unknown>, 200);
  })
  .openapi(termsRoute, async (c) => {
    const deps = c.var.deps;
    const codigo = c.get('municipio');
    const basis = await loadBasis(deps, codigo);
    if (basis.planType === null) return c.json({ faltantes: basis.faltantes, terminos: null }, 200);
    const q = c.req.valid('query');
    const terminos = await termsFor(deps, {
      codigo,
      tipoRevision: q.tipoRevision,
      equipo: requestedTeam(q.equipo),
    });
    return c.json({ faltantes: basis.faltantes, terminos } as Record<string, unknown>, 200);
  })
  .openapi(termsFileRoute, async (c) => {
    const deps = c.var.deps;
    const codigo = c.get('municipio');
    const { formato } = c.req.valid('param');
    const q = c.req.valid('query');
    const terms = await termsFor(deps, {
      codigo,
      tipoRevision: q.tipoRevision,
      equipo: requestedTeam(q.equipo),
    });
    const m = await loadBasis(deps, codigo);
    const doc = torDocument(terms, {
      municipio: `${m.municipio.nombre} (${m.municipio.departamento})`,
      fecha: todayInColombia(deps.clock),
    });
    return fileResponse(c, {
      bytes: await render(doc, formato),
      nombre: `terminos-referencia.${formato}`,
      formato,
    });
  })
  .openapi(letterRoute, async (c) => {
    const deps = c.var.deps;
    const { itemId, formato } = c.req.valid('param');
    const { request, municipio, letter } = await petitionContent(deps, {
      codigo: c.get('municipio'),
      itemId,
    });
    const doc = petitionDocument(letter, {
      municipio: municipio.nombre,
      fecha: todayInColombia(deps.clock),
      radicado: request?.radicado ?? null,
      vence: request?.venceEn ?? null,
    });
    return fileResponse(c, {
      bytes: await render(doc, formato),
      nombre: `derecho-de-peticion-${itemId}.${formato}`,
      formato,
    });
  })
  .openapi(petitionRoute, async (c) => {
    const body = c.req.valid('json');
    const r = await createPetition(c.var.deps, {
      requester: {
        ...actorOf(c),
        codigo: c.get('municipio'),
        roles: c.get('roles'),
        admin: c.get('user')!.esAdministrador,
      },
      itemId: body.itemId,
      tipo: body.tipo,
    });
    return c.json(r, 200);
  })
  .openapi(moveRoute, async (c) => {
    const { estado, ...datos } = c.req.valid('json');
    const r = await movePetition(c.var.deps, {
      requester: {
        ...actorOf(c),
        codigo: c.get('municipio'),
        roles: c.get('roles'),
        admin: c.get('user')!.esAdministrador,
      },
      id: c.req.valid('param').id,
      to: estado,
      datos,
    });
    return c.json(r, 200);
  });
