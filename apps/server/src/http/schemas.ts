import { z } from '@hono/zod-openapi';

/** Error body shared by every route (our shape, never a raw ZodError). */
export const errorSchema = z
  .object({
    error: z.object({
      codigo: z.string(),
      mensaje: z
        .string()
        .openapi({ example: 'No encontrado, o no tiene acceso a este municipio.' }),
      detalles: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export const errorResponses = {
  400: {
    description: 'Entrada inválida',
    content: { 'application/json': { schema: errorSchema } },
  },
  401: { description: 'Sin sesión', content: { 'application/json': { schema: errorSchema } } },
  403: { description: 'Rol sin permiso', content: { 'application/json': { schema: errorSchema } } },
  404: {
    description: 'No existe o sin acceso',
    content: { 'application/json': { schema: errorSchema } },
  },
} as const;

/** DANE municipality code: five digits, leading zero kept (05001). */
export const codigoParam = z.object({
  codigo: z
    .string()
    .regex(/^\d{5}$/, 'El código DANE del municipio tiene 5 dígitos (ej. 05001).')
    .openapi({ param: { name: 'codigo', in: 'path' }, example: '05001' }),
});

/** A 200 JSON response; `as const` keeps the literal status so handlers stay strictly typed. */
export const json = <T extends z.ZodType>(schema: T, description: string) =>
  ({ 200: { description, content: { 'application/json': { schema } } } }) as const;

/** Someone else saved first (optimistic concurrency). */
export const conflictResponse = {
  409: {
    description: 'Conflicto de edición',
    content: { 'application/json': { schema: errorSchema } },
  },
} as const;
