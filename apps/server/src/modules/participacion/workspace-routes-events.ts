import { OpenAPIHono } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { codigoParam } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { addAttendance, attendanceBody, attendanceFile } from './workspace-attendance';
import { addEventFile, eventBody, getEvent, listEvents, saveEvent } from './workspace-events';
import { oneFile, readForm } from './workspace-files';
import { idParam, jsonBody, office, ok, readers } from './workspace-routes-shared';
import { actorOf } from './workspace-shared';

const BASE = '/municipios/{codigo}/participacion/eventos';

const list = defineRoute({
  method: 'get',
  path: BASE,
  policy: readers,
  summary:
    'Eventos de participación: { eventos: [{ id, tipo, titulo, fecha, lugar, agenda, …, asistentes }] }',
  request: { params: codigoParam },
  responses: ok('Eventos'),
});
const create = defineRoute({
  method: 'post',
  path: BASE,
  policy: office,
  summary:
    'Registrar un evento (taller, mesa, audiencia, exhibición, cabildo…) con fecha, lugar y agenda',
  request: { params: codigoParam, ...jsonBody(eventBody) },
  responses: ok('Evento creado'),
});
const detail = defineRoute({
  method: 'get',
  path: `${BASE}/{id}`,
  policy: readers,
  summary:
    'Un evento con sus archivos; la lista de asistencia (datos personales) solo para la oficina',
  request: { params: idParam },
  responses: ok('Evento'),
});
const update = defineRoute({
  method: 'put',
  path: `${BASE}/{id}`,
  policy: office,
  summary: 'Editar un evento (fecha, lugar, agenda, publicación de la convocatoria)',
  request: { params: idParam, ...jsonBody(eventBody) },
  responses: ok('Evento editado'),
});
const files = defineRoute({
  method: 'post',
  path: `${BASE}/{id}/archivos`,
  policy: office,
  summary:
    'Cargar la evidencia de la convocatoria, el acta o una foto del evento (multipart: clase = convocatoria|acta|foto, archivo)',
  request: { params: idParam },
  responses: ok('Archivo guardado'),
});
const attendance = defineRoute({
  method: 'post',
  path: `${BASE}/{id}/asistencia`,
  policy: office,
  summary: 'Agregar asistentes digitados por la oficina → { agregados, asistentes }',
  request: { params: idParam, ...jsonBody(attendanceBody) },
  responses: ok('Asistencia registrada'),
});
const attendanceUpload = defineRoute({
  method: 'post',
  path: `${BASE}/{id}/asistencia/archivo`,
  policy: office,
  summary:
    'Importar asistencia (multipart: archivo CSV/XLSX con columnas nombre, organizacion, contacto y consentimiento=si si trae contactos; o planilla firmada escaneada PDF/JPEG/PNG con total)',
  request: { params: idParam },
  responses: ok('Asistencia registrada'),
});

export const workspaceEventRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => c.json(await listEvents(c.var.deps, actorOf(c)), 200))
  .openapi(create, async (c) =>
    c.json(await saveEvent(c.var.deps, actorOf(c), { body: c.req.valid('json'), id: null }), 200),
  )
  .openapi(detail, async (c) =>
    c.json(await getEvent(c.var.deps, actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(update, async (c) =>
    c.json(
      await saveEvent(c.var.deps, actorOf(c), {
        body: c.req.valid('json'),
        id: c.req.valid('param').id,
      }),
      200,
    ),
  )
  .openapi(files, async (c) => {
    const form = await readForm(c);
    const file = oneFile(form.files, 'archivo', true)!;
    return c.json(
      await addEventFile(c.var.deps, actorOf(c), {
        id: c.req.valid('param').id,
        fields: form.fields,
        file,
      }),
      200,
    );
  })
  .openapi(attendance, async (c) =>
    c.json(
      await addAttendance(c.var.deps, actorOf(c), {
        id: c.req.valid('param').id,
        body: c.req.valid('json'),
      }),
      200,
    ),
  )
  .openapi(attendanceUpload, async (c) => {
    const form = await readForm(c);
    const file = oneFile(form.files, 'archivo', true)!;
    return c.json(
      await attendanceFile(c.var.deps, actorOf(c), {
        id: c.req.valid('param').id,
        fields: form.fields,
        file,
      }),
      200,
    );
  });
