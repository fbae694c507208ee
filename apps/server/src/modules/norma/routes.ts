import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  assessRevisionTypes,
  colombianHolidays,
  computeDeadline,
  computeVigencias,
  deadlineChain,
  determinePlanType,
  parseIsoDate,
  PROCEDURES,
  proposeRevisionType,
  requiredProducts,
  REVISION_TYPES,
  STAGES,
} from '@ruta-pot/domain';

import { defineRoute } from '../../http/authz';
import { isoDate, todayInColombia } from '../../http/dates';
import { errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import {
  chainStepSchema,
  citationSchema,
  deadlineSchema,
  planTypeSchema,
  productSchema,
  revisionFactsQuery,
  revisionTypeSchema,
  vigenciaSchema,
} from './schemas';

const publico = { kind: 'publico' } as const;
const bad = { 400: errorResponses[400] };

const planTypeRoute = defineRoute({
  method: 'get',
  path: '/norma/tipo-plan',
  policy: publico,
  summary: 'Tipo de plan (POT, PBOT o EOT) según la población (Ley 388 de 1997, art. 9)',
  request: {
    query: z.object({
      poblacion: z.coerce
        .number()
        .int('La población debe ser un número entero.')
        .min(0, 'La población no puede ser negativa.'),
    }),
  },
  responses: { ...json(planTypeSchema, 'Tipo de plan con sus fuentes'), ...bad },
});

const vigenciaQuery = z.object({
  adopcion: isoDate('adopcion'),
  revisionGeneral: isoDate('revisionGeneral').optional(),
  largoPlazoDeclarado: isoDate('largoPlazoDeclarado').optional(),
  fecha: isoDate('fecha').optional(),
  contarPeriodoAdopcion: z.enum(['true', 'false']).optional(),
});

const vigenciaRoute = defineRoute({
  method: 'get',
  path: '/norma/vigencia',
  policy: publico,
  summary:
    'Vigencias de corto, mediano y largo plazo y estado del plan (Ley 388 art. 28, mod. Ley 902 de 2004)',
  request: { query: vigenciaQuery },
  responses: { ...json(vigenciaSchema, 'Vigencias con sus fuentes'), ...bad },
});

const deadlineRoute = defineRoute({
  method: 'get',
  path: '/norma/plazo',
  policy: publico,
  summary: 'Fecha de vencimiento de un término legal del trámite',
  request: {
    query: z.object({
      tramite: z.string().min(1),
      desde: isoDate('desde'),
      inicioTramite: isoDate('inicioTramite').optional(),
      prorroga: z.enum(['true', 'false']).optional(),
    }),
  },
  responses: { ...json(deadlineSchema, 'Plazo con sus fuentes'), ...bad },
});

const chainRoute = defineRoute({
  method: 'get',
  path: '/norma/cadena',
  policy: publico,
  summary: 'Cadena de plazos de la aprobación (CAR → CTP → Concejo), hacia adelante o hacia atrás',
  request: {
    query: z.object({
      desde: isoDate('desde'),
      direccion: z.enum(['adelante', 'atras']).default('adelante'),
    }),
  },
  responses: { ...json(z.object({ pasos: z.array(chainStepSchema) }), 'Pasos con fechas'), ...bad },
});

const proceduresRoute = defineRoute({
  method: 'get',
  path: '/norma/tramites',
  policy: publico,
  summary: 'Trámites con término legal, tipo de días y fuente',
  responses: json(
    z.object({
      tramites: z.array(
        z.looseObject({
          id: z.string(),
          name: z.string(),
          days: z.number(),
          dayKind: z.enum(['habiles', 'calendario']),
          dayKindReason: z.string(),
          citations: z.array(citationSchema),
        }),
      ),
    }),
    'Trámites',
  ),
});

const holidaysRoute = defineRoute({
  method: 'get',
  path: '/norma/festivos',
  policy: publico,
  summary: 'Festivos de Colombia de un año (Ley 51 de 1983 y leyes posteriores)',
  request: {
    query: z.object({
      anio: z.coerce.number().int().min(1984, 'Año desde 1984 (Ley 51 de 1983).').max(2200),
    }),
  },
  responses: {
    ...json(
      z.object({
        anio: z.number(),
        festivos: z.array(
          z.object({
            date: z.string(),
            name: z.string(),
            moved: z.boolean(),
            citations: z.array(citationSchema),
          }),
        ),
      }),
      'Festivos',
    ),
    ...bad,
  },
});

const revisionTypesRoute = defineRoute({
  method: 'get',
  path: '/norma/tipos-revision',
  policy: publico,
  summary: 'Tipos de revisión abiertos en una fecha, con razones, alcance y requisitos',
  request: { query: vigenciaQuery.extend(revisionFactsQuery) },
  responses: {
    ...json(
      z.object({ tiposRevision: z.array(revisionTypeSchema), propuesta: z.string().nullable() }),
      'Tipos de revisión',
    ),
    ...bad,
  },
});

const productsRoute = defineRoute({
  method: 'get',
  path: '/norma/productos',
  policy: publico,
  summary: 'Productos y documentos exigidos por tipo de plan y tipo de revisión',
  request: {
    query: z.object({
      tipoPlan: z.enum(['POT', 'PBOT', 'EOT']),
      tipoRevision: z.enum(REVISION_TYPES as [string, ...string[]]),
    }),
  },
  responses: { ...json(z.object({ productos: z.array(productSchema) }), 'Productos'), ...bad },
});

const stagesRoute = defineRoute({
  method: 'get',
  path: '/norma/etapas',
  policy: publico,
  summary: 'Etapas de la ruta de revisión con su fundamento legal',
  responses: json(
    z.object({
      etapas: z.array(
        z.looseObject({ id: z.string(), name: z.string(), citations: z.array(citationSchema) }),
      ),
    }),
    'Etapas',
  ),
});

type VigenciaQuery = z.infer<typeof vigenciaQuery>;

function vigenciasFor(query: VigenciaQuery, asOf: string) {
  return computeVigencias({
    adoptionDate: parseIsoDate(query.adopcion),
    ...(query.revisionGeneral
      ? { lastGeneralRevisionDate: parseIsoDate(query.revisionGeneral) }
      : {}),
    ...(query.largoPlazoDeclarado
      ? { declared: { longTermEnd: parseIsoDate(query.largoPlazoDeclarado) } }
      : {}),
    asOf: parseIsoDate(asOf),
    options: { countAdoptionPeriod: query.contarPeriodoAdopcion === 'true' },
  });
}

/** The motor normativo over HTTP: pure rules, public, no database. */
export const normaRoutes = new OpenAPIHono<AppEnv>()
  .openapi(planTypeRoute, (c) =>
    c.json(determinePlanType({ population: c.req.valid('query').poblacion }), 200),
  )
  .openapi(vigenciaRoute, (c) => {
    const query = c.req.valid('query');
    return c.json(vigenciasFor(query, query.fecha ?? todayInColombia(c.var.deps.clock)), 200);
  })
  .openapi(deadlineRoute, (c) => {
    const q = c.req.valid('query');
    const result = computeDeadline({
      procedure: q.tramite,
      from: parseIsoDate(q.desde),
      calendar: c.var.deps.calendar,
      options: {
        ...(q.inicioTramite ? { procedureStartedOn: parseIsoDate(q.inicioTramite) } : {}),
        extended: q.prorroga === 'true',
      },
    });
    return c.json(result, 200);
  })
  .openapi(chainRoute, (c) => {
    const q = c.req.valid('query');
    const pasos = deadlineChain({
      from: parseIsoDate(q.desde),
      direction: q.direccion === 'atras' ? 'backward' : 'forward',
      calendar: c.var.deps.calendar,
    });
    return c.json({ pasos }, 200);
  })
  .openapi(proceduresRoute, (c) =>
    c.json({ tramites: PROCEDURES.map((p) => ({ ...p, citations: [...p.citations] })) }, 200),
  )
  .openapi(holidaysRoute, (c) => {
    const anio = c.req.valid('query').anio;
    return c.json({ anio, festivos: colombianHolidays(anio) }, 200);
  })
  .openapi(revisionTypesRoute, (c) => {
    const q = c.req.valid('query');
    const asOf = q.fecha ?? todayInColombia(c.var.deps.clock);
    const tiposRevision = assessRevisionTypes({
      vigencias: vigenciasFor(q, asOf),
      asOf: parseIsoDate(asOf),
      facts: {
        disasterDeclared: q.desastre,
        detailedRiskStudies: q.estudiosDetallados,
        basicRiskStudies: q.estudiosBasicos,
        excepcionalInteresPublico: q.interesPublico,
      },
    });
    return c.json({ tiposRevision, propuesta: proposeRevisionType(tiposRevision) ?? null }, 200);
  })
  .openapi(productsRoute, (c) => {
    const q = c.req.valid('query');
    const productos = requiredProducts({
      planType: q.tipoPlan,
      revisionType: q.tipoRevision as (typeof REVISION_TYPES)[number],
    });
    return c.json({ productos }, 200);
  })
  .openapi(stagesRoute, (c) =>
    c.json({ etapas: STAGES.map((s) => ({ ...s, citations: [...s.citations] })) }, 200),
  );
