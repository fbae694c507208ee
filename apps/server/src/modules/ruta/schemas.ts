import { z } from '@hono/zod-openapi';
import { RESPONSIBLE_ROLES } from '@ruta-pot/domain';

import { type MunicipalRole, ROLE_LABELS } from '../../http/roles';
import { codigoParam } from '../../http/schemas';

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
    estado: z.enum(['pendiente', 'en_curso', 'en_revision', 'aprobado', 'no_aplica']).optional(),
    responsableId: z.string().uuid().nullable().optional(),
    responsableRol: ownerRole.nullable().optional(),
    venceEl: isoDate.nullable().optional(),
    motivoNoAplica: z.string().max(1000).optional(),
    version: z.number().int().positive(),
  })
  .strict();

const criterion = z.enum(['cumple', 'cumple_parcialmente', 'no_cumple']);
export const verdictBody = z
  .object({
    calidad: criterion,
    suficiencia: criterion,
    pertinencia: criterion,
    comentarios: z.string().trim().min(5, 'Escriba los comentarios del concepto.').max(5000),
    decision: z.enum(['aprobado', 'devuelto']),
  })
  .strict();

export const eventBody = z
  .object({
    tipo: z.string().min(3).max(60),
    fecha: isoDate,
    nota: z.string().max(2000).optional(),
  })
  .strict();

/** The process view is large and evolves; its shape is documented in the API guide. */
export const processSchema = z
  .looseObject({
    id: z.string(),
    tipoRevision: z.string(),
    estado: z.string(),
    etapas: z.array(z.unknown()),
  })
  .openapi('Proceso');
export const itemSchema = z
  .looseObject({ id: z.string(), estado: z.string(), version: z.number() })
  .openapi('ItemProceso');
