import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { AppError } from '../../http/errors';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { fileUploadBodyLimit } from '../ruta/upload-limits';
import { addDocumentWithFile, readArchiveFile } from './archive-files';
import { adoptLayerBaseline } from './layer-baseline';
import { documentBody, indicadorParam } from './schemas';

const manage = { kind: 'municipio', roles: MANAGING_ROLES } as const;
const documentParam = codigoParam.extend({
  documentoId: z.uuid().openapi({ param: { name: 'documentoId', in: 'path' } }),
});

const upload = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/archivo/carga',
  policy: manage,
  summary:
    'Registrar un documento del archivo con su archivo (multipart: «archivo» y los campos del documento; máx. 25 MB; una nueva versión conserva el archivo anterior)',
  request: { params: codigoParam },
  responses: {
    ...json(
      z.object({
        id: z.string(),
        serie: z.string(),
        version: z.number(),
        archivo: z.string().nullable(),
      }),
      'Documento registrado',
    ),
    ...errorResponses,
  },
});
const download = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/expediente/archivo/{documentoId}/descarga',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Descargar el archivo de una versión de un documento del archivo técnico',
  request: { params: documentParam },
  responses: {
    200: { description: 'El archivo', content: { 'application/octet-stream': { schema: {} } } },
    ...errorResponses,
  },
});
const adoptBaseline = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/indicadores/{indicadorId}/linea-base-capa',
  policy: manage,
  summary:
    'Tomar como línea base el área que mide la cartografía del municipio (hectáreas en EPSG:9377), citando la capa',
  request: { params: indicadorParam },
  responses: {
    ...json(
      z.object({ lineaBase: z.number(), anioBase: z.number(), origen: z.string() }),
      'Línea base tomada de la capa',
    ),
    ...errorResponses,
  },
});

/** The multipart text fields of a document, checked by the same schema as the JSON route. */
function documentFields(form: Record<string, unknown>) {
  const text = (k: string) => (typeof form[k] === 'string' && form[k] !== '' ? form[k] : undefined);
  const parsed = documentBody.safeParse({
    serie: text('serie'),
    tipo: text('tipo'),
    titulo: text('titulo'),
    descripcion: text('descripcion'),
    fecha: text('fecha'),
    autor: text('autor'),
    referencia: text('referencia'),
  });
  if (!parsed.success)
    throw new AppError(
      'entrada_invalida',
      parsed.error.issues[0]?.message ?? 'Revise los datos del documento.',
    );
  return parsed.data;
}

export const expedienteArchiveRoutes = new OpenAPIHono<AppEnv>();
expedienteArchiveRoutes.use('/municipios/:codigo/expediente/archivo/carga', fileUploadBodyLimit());
const actorOf = (c: { get: (k: 'user') => AppEnv['Variables']['user'] }) => {
  const user = c.get('user')!;
  return { id: user.id, email: user.email };
};
expedienteArchiveRoutes
  .openapi(upload, async (c) => {
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const archivo = form.archivo;
    if (!(archivo instanceof File))
      throw new AppError(
        'entrada_invalida',
        'Adjunte el archivo en el campo «archivo» (multipart/form-data).',
      );
    const documento = documentFields(form);
    const saved = await addDocumentWithFile(c.var.deps, {
      codigo: c.get('municipio'),
      actor: actorOf(c),
      documento,
      file: { name: archivo.name, bytes: new Uint8Array(await archivo.arrayBuffer()) },
    });
    return c.json(saved, 200);
  })
  .openapi(download, async (c) => {
    const found = await readArchiveFile(c.var.deps, {
      codigo: c.get('municipio'),
      id: c.req.valid('param').documentoId,
    });
    const ascii = found.nombre.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return c.body(found.bytes as unknown as ArrayBuffer, 200, {
      'Content-Type': found.mime,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.nombre)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  })
  .openapi(adoptBaseline, async (c) =>
    c.json(
      await adoptLayerBaseline(c.var.deps, {
        codigo: c.get('municipio'),
        actor: actorOf(c),
        indicadorId: c.req.valid('param').indicadorId,
      }),
      200,
    ),
  );
