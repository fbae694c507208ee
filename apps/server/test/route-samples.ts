/**
 * A valid request for each municipal route, used by the authorization matrix. Adding a municipal
 * route without a sample fails the suite, so every new route is covered.
 */
export const ROUTE_SAMPLES: Record<string, { query?: string; body?: unknown }> = {
  'GET /api/v1/municipios/:codigo/miembros': {},
  'GET /api/v1/municipios/:codigo/auditoria': { query: '?limite=5' },
  'PUT /api/v1/municipios/:codigo/plan-vigente': {
    body: { instrumento: 'Acuerdo 12 de 2002', adopcion: '2002-03-15' },
  },
};
