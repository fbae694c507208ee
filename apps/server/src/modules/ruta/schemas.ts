import { z } from '@hono/zod-openapi';
import { ITEM_LIFECYCLE, RESPONSIBLE_ROLES } from '@ruta-pot/domain';

import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import { codigoParam } from '../../http/schemas';
import { EVENT_PAGE } from './event-list';

export const processParams = codigoParam.extend({
  procesoId: z
    .string()
    .uuid('Identificador de proceso no válido.')
    .openapi({ param: { name: 'procesoId', in: 'path' } }),
});

export const itemParams = processParams.extend({
  itemId: z
    .string()
    .regex(/^[a-z0-9-]{2,80}$/, 'Identificador de ítem no válido.')
    .openapi({ param: { name: 'itemId', in: 'path' }, example: 'dts-diagnostico' }),
});

export const evidenceParams = codigoParam.extend({
  evidenciaId: z
    .string()
    .uuid('Identificador de evidencia no válido.')
    .openapi({ param: { name: 'evidenciaId', in: 'path' } }),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use el formato AAAA-MM-DD.');

// Typed as MunicipalRole[] so a domain role the platform does not know fails to compile.
const OWNER_ROLES: readonly MunicipalRole[] = RESPONSIBLE_ROLES;
const ownerRole = z.enum(RESPONSIBLE_ROLES, {
  error: `Rol de responsable no válido. Use uno de: ${OWNER_ROLES.map((r) => `«${r}» (${ROLE_LABELS[r]})`).join(', ')}.`,
});

export const startBody = z.object({ tipoRevision: z.string().min(3).max(60) }).strict();

export const itemChangeBody = z
  .object({
    // «devuelto» is the supervisor's verdict (POST …/conceptos), never a plain edit.
    estado: z.enum(ITEM_LIFECYCLE.states).exclude(['devuelto']).optional(),
    responsableId: z.string().uuid().nullable().optional(),
    responsableRol: ownerRole.nullable().optional(),
    venceEl: isoDate.nullable().optional(),
    motivoNoAplica: z.string().max(1000).optional(),
    version: z.number().int().positive(),
  })
  .strict()
  .openapi('CambioItem');

const criterion = z.enum(['cumple', 'cumple_parcialmente', 'no_cumple']);
export const verdictBody = z
  .object({
    calidad: criterion,
    suficiencia: criterion,
    pertinencia: criterion,
    comentarios: z.string().trim().min(5, 'Escriba los comentarios del concepto.').max(5000),
    decision: z.enum(['aprobado', 'devuelto']),
  })
  .strict()
  .openapi('CuerpoConcepto');

export const eventBody = z
  .object({
    tipo: z.string().min(3).max(60),
    fecha: isoDate,
    nota: z.string().max(2000).optional(),
  })
  .strict()
  .openapi('CuerpoEvento');

export const eventParams = processParams.extend({
  eventoId: z.uuid('Identificador de evento no válido.'),
});

export const annulBody = z
  .object({
    motivo: z.string().min(1).max(1000),
    /** With a corrected date (and note), a new event replaces the annulled one. */
    correccion: z
      .object({ fecha: isoDate, nota: z.string().max(2000).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('CuerpoAnulacion');

export const eventListQuery = z.object({
  antesDe: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'El cursor «antesDe» no es válido.')
    .optional()
    .openapi({
      description:
        'Cursor opaco: el valor «siguiente» de la página anterior (o «eventosSiguiente» del proceso). Sin él, la primera página.',
    }),
  limite: z.coerce
    .number()
    .int()
    .min(1)
    .max(EVENT_PAGE.max)
    .default(EVENT_PAGE.default)
    .openapi({
      description: `Eventos por página: de 1 a ${EVENT_PAGE.max} (${EVENT_PAGE.default} si se omite).`,
    }),
});
