import { OpenAPIHono, z } from '@hono/zod-openapi';
import { bancoCasos } from '@ruta-pot/db';
import { appendAudit } from '@ruta-pot/db';
import { and, eq } from 'drizzle-orm';

import { defineRoute } from '../../http/authz';
import { AppError, notFound } from '../../http/errors';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { getMunicipality } from '../municipalities/service';
import { invalidateBankCache } from './bank-cache';
import { attachCaseDocument, readCaseDocument } from './bank-documents';
import { MODALIDADES, RESULTADOS, TIPOS_CASO } from './bank-parse';
import {
  BANDAS_POBLACION,
  CASE_KINDS,
  getCase,
  listDrafts,
  searchBank,
  similarCases,
} from './bank-service';
import { DEPARTAMENTOS } from './departments';

const caseSchema = z
  .object({
    id: z.string(),
    codigo: z.string(),
    municipio: z.string(),
    departamento: z.string(),
    codigoDepartamento: z.string(),
    tipoPlan: z.string(),
    tipoRevision: z.string(),
    anioInicio: z.number().nullable(),
    anioFin: z.number().nullable(),
    costoCop: z.number().nullable(),
    anioCosto: z.number().nullable(),
    duracionMeses: z.number().nullable(),
    modalidad: z.string().nullable(),
    resultado: z.string(),
    poblacion: z.number().nullable(),
    acto: z.string().nullable(),
    objeto: z.string(),
    lecciones: z.string(),
    documentos: z.array(
      z.object({
        tipo: z.string(),
        titulo: z.string(),
        referencia: z.string(),
        sha256: z.string().optional(),
      }),
    ),
    fuente: z.string(),
    estado: z.string(),
    relevancia: z.number().optional(),
    tipoRevisionNombre: z.string().optional(),
  })
  .openapi('CasoBanco');

const BANDAS = Object.keys(BANDAS_POBLACION) as [keyof typeof BANDAS_POBLACION];
const searchQuery = z.object({
  texto: z.string().max(200).optional(),
  departamento: z
    .string()
    .regex(/^\d{2}$/, 'El departamento es su código DANE de 2 dígitos.')
    .optional(),
  tipoPlan: z.enum(['POT', 'PBOT', 'EOT']).optional(),
  resultado: z.enum(RESULTADOS).optional(),
  banda: z.enum(BANDAS).optional(),
  limite: z.coerce.number().int().min(1).max(100).optional(),
});

const searchRoute = defineRoute({
  method: 'get',
  path: '/banco',
  policy: { kind: 'publico' },
  summary:
    'Buscar en el banco de experiencias (texto en español, sin importar tildes ni terminaciones)',
  request: { query: searchQuery },
  responses: {
    ...json(
      z.object({
        casos: z.array(caseSchema),
        tiposRevision: z.array(z.object({ id: z.string(), nombre: z.string() })),
      }),
      'Casos, los más pertinentes primero, y los tipos de revisión con su nombre',
    ),
    ...errorResponses,
  },
});

const caseRoute = defineRoute({
  method: 'get',
  path: '/banco/casos/{id}',
  policy: { kind: 'publico' },
  summary: 'Un caso publicado del banco de experiencias',
  request: { params: z.object({ id: z.uuid('Identificador de caso no válido.') }) },
  responses: { ...json(caseSchema, 'Caso'), ...errorResponses },
});

const similarRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/banco/similares',
  policy: { kind: 'publico' },
  summary:
    'Casos de municipios similares (mismo tipo de plan, mismo departamento primero, población cercana)',
  request: { params: codigoParam },
  responses: {
    ...json(
      z.object({ tipoPlan: z.string().nullable(), casos: z.array(caseSchema) }),
      'Casos similares',
    ),
    ...errorResponses,
  },
});

const newCase = z
  .object({
    tipoPlan: z.enum(['POT', 'PBOT', 'EOT']),
    tipoRevision: z.enum(TIPOS_CASO),
    anioInicio: z.number().int().min(1990).max(2100).nullable().optional(),
    anioFin: z.number().int().min(1990).max(2100).nullable().optional(),
    costoCop: z
      .number()
      .int()
      .positive('El costo debe ser positivo.')
      .max(999_999_999_999)
      .nullable()
      .optional(),
    anioCosto: z.number().int().min(1990).max(2100).nullable().optional(),
    duracionMeses: z.number().positive().max(239).nullable().optional(),
    modalidad: z.enum(MODALIDADES).nullable().optional(),
    resultado: z.enum(RESULTADOS),
    poblacion: z.number().int().min(0).nullable().optional(),
    acto: z.string().max(300).nullable().optional(),
    objeto: z.string().max(4000).default(''),
    lecciones: z.string().max(8000).default(''),
    fuente: z.string().min(3, 'Indique la fuente del caso.').max(500),
  })
  .strict()
  .refine((b) => b.costoCop == null || b.anioCosto != null, {
    message: 'Un costo necesita el año de sus pesos (anioCosto).',
  });

const createRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/banco',
  policy: { kind: 'municipio', roles: ['asesor', 'alcaldia', 'planeacion'] },
  summary:
    'Agregar un caso del municipio al banco (asesores lo publican; el municipio deja un borrador)',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: newCase } }, required: true },
  },
  responses: {
    ...json(z.object({ id: z.string(), estado: z.string() }), 'Caso creado'),
    ...errorResponses,
  },
});

const publishRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/banco/{id}/publicar',
  policy: { kind: 'municipio', roles: ['asesor'] },
  summary: 'Publicar un borrador del banco (curaduría de asesores y administradores)',
  request: { params: codigoParam.extend({ id: z.uuid('Identificador de caso no válido.') }) },
  responses: {
    ...json(z.object({ id: z.string(), estado: z.string() }), 'Caso publicado'),
    ...errorResponses,
  },
});

const draftsRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/banco/borradores',
  policy: { kind: 'municipio', roles: ['asesor', 'alcaldia', 'planeacion'] },
  summary: 'Borradores de casos del municipio (los asesores los revisan y publican)',
  request: { params: codigoParam },
  responses: { ...json(z.object({ casos: z.array(caseSchema) }), 'Borradores'), ...errorResponses },
});

const TIPOS_DOCUMENTO = ['terminos_referencia', 'acta', 'sentencia', 'otro'] as const;

const documentUpload = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/banco/{id}/documentos',
  policy: { kind: 'municipio', roles: ['asesor'] },
  summary:
    'Adjuntar un documento a un caso del banco (multipart: «archivo», «tipo» terminos_referencia|acta|sentencia|otro, «titulo»), con los controles de las evidencias',
  request: { params: codigoParam.extend({ id: z.uuid('Identificador de caso no válido.') }) },
  responses: {
    ...json(z.object({ indice: z.number(), titulo: z.string() }), 'Documento adjuntado'),
    ...errorResponses,
  },
});

const documentDownload = defineRoute({
  method: 'get',
  path: '/banco/casos/{id}/documentos/{indice}',
  policy: { kind: 'publico' },
  summary: 'Documento de un caso publicado del banco',
  request: {
    params: z.object({
      id: z.uuid('Identificador de caso no válido.'),
      indice: z.coerce.number().int().min(0).max(99),
    }),
  },
  responses: {
    200: {
      description: 'Archivo',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses,
  },
});

export const bankRoutes = new OpenAPIHono<AppEnv>()
  .openapi(documentUpload, async (c) => {
    const user = c.get('user')!;
    if (!user.esAdministrador && !c.get('roles').includes('asesor'))
      throw new AppError(
        'prohibido',
        'Solo los asesores y administradores adjuntan documentos al banco.',
      );
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const archivo = form.archivo;
    const tipo = typeof form.tipo === 'string' ? form.tipo : 'otro';
    const titulo = typeof form.titulo === 'string' ? form.titulo.trim() : '';
    if (titulo.length > 200)
      throw new AppError(
        'entrada_invalida',
        'El título del documento admite hasta 200 caracteres.',
      );
    if (!(archivo instanceof File))
      throw new AppError(
        'entrada_invalida',
        'Adjunte el archivo en el campo «archivo» (multipart/form-data).',
      );
    if (!(TIPOS_DOCUMENTO as readonly string[]).includes(tipo))
      throw new AppError(
        'entrada_invalida',
        `Tipo de documento no válido: use ${TIPOS_DOCUMENTO.join(', ')}.`,
      );
    const saved = await attachCaseDocument(c.var.deps, {
      codigo: c.get('municipio'),
      id: c.req.valid('param').id,
      actor: { id: user.id, email: user.email },
      tipo,
      titulo,
      file: { name: archivo.name, bytes: new Uint8Array(await archivo.arrayBuffer()) },
    });
    return c.json(saved, 200);
  })
  .openapi(documentDownload, async (c) => {
    const found = await readCaseDocument(c.var.deps, c.req.valid('param'));
    const ascii = found.nombre.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return c.body(found.bytes as unknown as ArrayBuffer, 200, {
      'Content-Type': found.mime,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.nombre)}`,
      'X-Content-Type-Options': 'nosniff',
    });
  })
  .openapi(draftsRoute, async (c) =>
    c.json({ casos: await listDrafts(c.var.deps, c.get('municipio')) }, 200),
  )
  .openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const casos = await searchBank(c.var.deps, { filtros: q });
    return c.json({ casos, tiposRevision: CASE_KINDS }, 200);
  })
  .openapi(caseRoute, async (c) => c.json(await getCase(c.var.deps, c.req.valid('param').id), 200))
  .openapi(similarRoute, async (c) => {
    const r = await similarCases(c.var.deps, { codigo: c.req.valid('param').codigo });
    return c.json({ tipoPlan: r.tipoPlan, casos: r.casos }, 200);
  })
  .openapi(createRoute, async (c) => {
    const deps = c.var.deps;
    const user = c.get('user')!;
    const codigo = c.get('municipio');
    const curator = user.esAdministrador || c.get('roles').includes('asesor');
    const body = c.req.valid('json');
    const m = await getMunicipality(deps, codigo);
    const id = crypto.randomUUID();
    const estado = curator ? 'publicado' : 'borrador';
    await deps.db.withContext({ municipio: codigo, usuario: user.id }, async (tx) => {
      await tx.insert(bancoCasos).values({
        ...body,
        id,
        municipalityId: codigo,
        municipio: m.nombre,
        codigoDepartamento: m.codigoDepartamento,
        departamento: m.departamento || (DEPARTAMENTOS[m.codigoDepartamento] ?? ''),
        estado,
        creadoPor: user.id,
        creadoEn: deps.clock.now(),
      });
      await appendAudit(tx, {
        municipalityId: codigo,
        actorId: user.id,
        actor: user.email,
        accion: 'banco.crear',
        objeto: `banco:${id}`,
        detalle: { estado },
        ocurridoEn: deps.clock.now(),
      });
    });
    invalidateBankCache(deps.db);
    return c.json({ id, estado }, 200);
  })
  .openapi(publishRoute, async (c) => {
    const deps = c.var.deps;
    const user = c.get('user')!;
    const codigo = c.get('municipio');
    const { id } = c.req.valid('param');
    if (!user.esAdministrador && !c.get('roles').includes('asesor'))
      throw new AppError(
        'prohibido',
        'Solo los asesores y administradores publican casos del banco.',
      );
    await deps.db.withContext({ municipio: codigo, usuario: user.id }, async (tx) => {
      const where = and(eq(bancoCasos.id, id), eq(bancoCasos.municipalityId, codigo));
      const updated = await tx
        .update(bancoCasos)
        .set({ estado: 'publicado' })
        .where(where)
        .returning({ id: bancoCasos.id });
      if (updated.length === 0) throw notFound();
      await appendAudit(tx, {
        municipalityId: codigo,
        actorId: user.id,
        actor: user.email,
        accion: 'banco.publicar',
        objeto: `banco:${id}`,
        detalle: {},
        ocurridoEn: deps.clock.now(),
      });
    });
    invalidateBankCache(deps.db);
    return c.json({ id, estado: 'publicado' }, 200);
  });
