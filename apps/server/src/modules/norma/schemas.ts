import { z } from '@hono/zod-openapi';

/** A legal source: every rule result carries these (brief: "every legal rule names its source"). */
export const citationSchema = z
  .object({
    norm: z.string().openapi({ example: 'Ley 388 de 1997' }),
    article: z.string().openapi({ example: '28' }),
    url: z.string().optional(),
    confidence: z.enum(['V', 'S', 'K', '?']).optional(),
    note: z.string().optional(),
  })
  .openapi('Cita');

export const warningSchema = z
  .object({ code: z.string(), message: z.string(), citations: z.array(citationSchema) })
  .openapi('Advertencia');

export const planTypeSchema = z
  .looseObject({
    planType: z.enum(['POT', 'PBOT', 'EOT']),
    explanation: z.string(),
    citations: z.array(citationSchema),
    warnings: z.array(warningSchema),
  })
  .openapi('TipoPlan');

export const vigenciaSchema = z
  .looseObject({
    shortTermEnd: z.string(),
    mediumTermEnd: z.string(),
    longTermEnd: z.string(),
    formulationStart: z.string(),
    status: z.enum(['vigente', 'vencido']),
    statusExplanation: z.string(),
    citations: z.array(citationSchema),
    warnings: z.array(warningSchema),
  })
  .openapi('Vigencias');

export const deadlineSchema = z
  .looseObject({
    procedure: z.string(),
    name: z.string(),
    from: z.string(),
    dueOn: z.string(),
    days: z.number(),
    dayKind: z.enum(['habiles', 'calendario']),
    dayKindReason: z.string(),
    explanation: z.string(),
    citations: z.array(citationSchema),
    warnings: z.array(warningSchema),
  })
  .openapi('Plazo');

export const chainStepSchema = z
  .object({
    step: z.string(),
    label: z.string(),
    startsOn: z.string(),
    dueOn: z.string(),
    dayKind: z.enum(['habiles', 'calendario']),
    citations: z.array(citationSchema),
  })
  .openapi('PasoCadena');

export const revisionTypeSchema = z
  .looseObject({
    type: z.string(),
    label: z.string(),
    open: z.boolean(),
    reasons: z.array(z.string()),
    mayChange: z.array(z.string()),
    requires: z.array(z.string()),
    citations: z.array(citationSchema),
    warnings: z.array(warningSchema),
  })
  .openapi('TipoRevision');

export const productSchema = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    stage: z.string(),
    description: z.string(),
    required: z.boolean(),
    scales: z.array(z.string()).optional(),
    condition: z.string().optional(),
    citations: z.array(citationSchema),
  })
  .openapi('Producto');

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** Facts that open the exceptional routes (Decreto 1077 de 2015 as modified by Decreto 1232 de 2020). */
export const revisionFactsQuery = {
  desastre: flag.openapi({ description: 'Declaratoria de desastre o calamidad pública' }),
  estudiosDetallados: flag.openapi({
    description: 'Estudios detallados de amenaza y riesgo que justifican cambios',
  }),
  estudiosBasicos: flag.openapi({
    description:
      'Estudios básicos de amenaza y riesgo incorporados (Decreto-Ley 019 de 2012 art. 189)',
  }),
  interesPublico: flag.openapi({ description: 'Excepcional interés público' }),
};
