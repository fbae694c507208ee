import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { codigoParam, conflictResponse, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import {
  adminResetLink,
  grantMunicipalAccount,
  searchAccounts,
  searchMunicipalities,
  setAccountActive,
} from './accounts-admin';
import { grantAdvisor, listAdvisorGrants, revokeAdvisor } from './advisors';
import { addReviewer, createAuthority, listAuthorities, setJurisdiction } from './authorities';

const platform = { kind: 'plataforma' } as const;
const pageQuery = z.object({
  q: z.string().max(100).optional(),
  pagina: z.coerce.number().int().min(1).max(10_000).default(1),
});
const delivery = {
  enlace: z.string().nullable(),
  enviado: z.boolean(),
  aviso: z.string().nullable(),
};
const createdAccount = z.object({
  usuarioId: z.string(),
  email: z.string(),
  cuentaNueva: z.boolean(),
  ...delivery,
});
const body = <T extends z.ZodRawShape>(shape: T) => ({
  body: { content: { 'application/json': { schema: z.object(shape).strict() } }, required: true },
});
const usuarioParam = z.object({ id: z.string().max(40) });

const municipiosRoute = defineRoute({
  method: 'get',
  path: '/admin/municipios',
  policy: platform,
  summary: 'Municipios por páginas, con cuántas personas los gestionan y su autoridad ambiental',
  request: { query: pageQuery },
  responses: {
    ...json(
      z.object({
        total: z.number(),
        pagina: z.number(),
        porPagina: z.number(),
        municipios: z.array(
          z.object({
            codigo: z.string(),
            nombre: z.string(),
            departamento: z.string(),
            gestores: z.number(),
            miembros: z.number(),
            autoridad: z.string().nullable(),
          }),
        ),
      }),
      'Página de municipios',
    ),
    ...errorResponses,
  },
});
const cuentasRoute = defineRoute({
  method: 'get',
  path: '/admin/cuentas',
  policy: platform,
  summary: 'Cuentas por páginas (búsqueda por nombre o correo)',
  request: { query: pageQuery },
  responses: {
    ...json(
      z.object({
        total: z.number(),
        pagina: z.number(),
        porPagina: z.number(),
        cuentas: z.array(
          z.object({
            id: z.string(),
            nombre: z.string(),
            email: z.string(),
            activo: z.boolean(),
            esAdministrador: z.boolean(),
            esCiudadano: z.boolean(),
            autoridad: z.string().nullable(),
            roles: z.array(z.string()),
          }),
        ),
      }),
      'Página de cuentas',
    ),
    ...errorResponses,
  },
});
const municipalAccountRoute = defineRoute({
  method: 'post',
  path: '/admin/municipios/{codigo}/cuentas',
  policy: platform,
  summary: 'Primera cuenta de un municipio (alcaldía u oficina de planeación)',
  request: {
    params: codigoParam,
    ...body({ email: z.string().max(300), nombre: z.string().max(300), rol: z.string().max(40) }),
  },
  responses: { ...json(createdAccount, 'Cuenta con rol'), ...errorResponses, ...conflictResponse },
});
const activeRoute = (activo: boolean) =>
  defineRoute({
    method: 'post',
    path: activo ? '/admin/cuentas/{id}/activar' : '/admin/cuentas/{id}/desactivar',
    policy: platform,
    summary: activo
      ? 'Volver a activar una cuenta'
      : 'Desactivar una cuenta (sus sesiones se cierran de inmediato)',
    request: { params: usuarioParam },
    responses: { 204: { description: 'Hecho' }, ...errorResponses },
  });
const resetRoute = defineRoute({
  method: 'post',
  path: '/admin/cuentas/{id}/restablecer',
  policy: platform,
  summary: 'Enlace para restablecer la contraseña de una cuenta (se envía o se muestra una vez)',
  request: { params: usuarioParam },
  responses: {
    ...json(z.object(delivery), 'Enlace emitido'),
    ...errorResponses,
    ...conflictResponse,
  },
});
const authoritySchema = z.object({
  id: z.string(),
  sigla: z.string(),
  nombre: z.string(),
  municipios: z.array(z.object({ codigo: z.string(), nombre: z.string() })),
  revisores: z.number(),
});
const authoritiesRoute = defineRoute({
  method: 'get',
  path: '/admin/autoridades',
  policy: platform,
  summary: 'Autoridades ambientales con su jurisdicción',
  responses: { ...json(z.array(authoritySchema), 'Autoridades'), ...errorResponses },
});
const createAuthorityRoute = defineRoute({
  method: 'post',
  path: '/admin/autoridades',
  policy: platform,
  summary: 'Registrar una autoridad ambiental',
  request: body({ sigla: z.string().max(40), nombre: z.string().max(300) }),
  responses: {
    ...json(z.object({ id: z.string(), sigla: z.string(), nombre: z.string() }), 'Registrada'),
    ...errorResponses,
    ...conflictResponse,
  },
});
const jurisdictionRoute = defineRoute({
  method: 'put',
  path: '/admin/autoridades/{id}/jurisdiccion',
  policy: platform,
  summary:
    'Reemplazar la jurisdicción de una autoridad (un municipio que cambia de CAR se traslada)',
  request: {
    params: z.object({ id: z.string().max(40) }),
    ...body({ municipios: z.array(z.string().max(10)).max(1200) }),
  },
  responses: {
    ...json(
      z.object({
        id: z.string(),
        municipios: z.array(z.string()),
        trasladados: z.array(z.object({ municipio: z.string(), autoridad: z.string() })),
      }),
      'Jurisdicción actualizada',
    ),
    ...errorResponses,
  },
});
const reviewerRoute = defineRoute({
  method: 'post',
  path: '/admin/autoridades/{id}/revisores',
  policy: platform,
  summary: 'Cuenta de revisor(a) de una autoridad ambiental',
  request: {
    params: z.object({ id: z.string().max(40) }),
    ...body({ email: z.string().max(300), nombre: z.string().max(300) }),
  },
  responses: { ...json(createdAccount, 'Revisor(a)'), ...errorResponses, ...conflictResponse },
});
const advisorsRoute = defineRoute({
  method: 'get',
  path: '/admin/asesores',
  policy: platform,
  summary: 'Accesos de asesores (federación, departamento) por municipio y periodo',
  responses: {
    ...json(
      z.array(
        z.object({
          usuarioId: z.string(),
          nombre: z.string(),
          email: z.string(),
          codigo: z.string(),
          municipio: z.string(),
          desde: z.string().nullable(),
          hasta: z.string().nullable(),
          otorgadaPor: z.string().nullable(),
        }),
      ),
      'Accesos',
    ),
    ...errorResponses,
  },
});
const grantAdvisorRoute = defineRoute({
  method: 'post',
  path: '/admin/asesores',
  policy: platform,
  summary: 'Dar a un asesor acceso a municipios, con fecha de inicio y de fin',
  request: body({
    email: z.string().max(300),
    nombre: z.string().max(300),
    municipios: z.array(z.string().max(10)).min(1).max(1200),
    desde: z.string().max(10),
    hasta: z.string().max(10),
  }),
  responses: { ...json(createdAccount, 'Acceso otorgado'), ...errorResponses },
});
const revokeAdvisorRoute = defineRoute({
  method: 'delete',
  path: '/admin/asesores/{id}/municipios/{codigo}',
  policy: platform,
  summary: 'Terminar el acceso de un asesor a un municipio',
  request: { params: codigoParam.extend({ id: z.string().max(40) }) },
  responses: { 204: { description: 'Acceso terminado' }, ...errorResponses },
});

export const adminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(municipiosRoute, async (c) =>
    c.json(await searchMunicipalities(c.var.deps, c.req.valid('query')), 200),
  )
  .openapi(cuentasRoute, async (c) =>
    c.json(await searchAccounts(c.var.deps, c.req.valid('query')), 200),
  )
  .openapi(municipalAccountRoute, async (c) => {
    const services = c.get('services');
    const created = await grantMunicipalAccount(services.deps, services, {
      actor: c.get('user')!,
      codigo: c.req.valid('param').codigo,
      ...c.req.valid('json'),
    });
    services.access.forgetUser(created.usuarioId);
    return c.json(created, 200);
  })
  .openapi(activeRoute(true), async (c) => {
    const services = c.get('services');
    const { id } = c.req.valid('param');
    await setAccountActive(services.deps, { actor: c.get('user')!, usuarioId: id, activo: true });
    return c.body(null, 204);
  })
  .openapi(activeRoute(false), async (c) => {
    const services = c.get('services');
    const { id } = c.req.valid('param');
    await setAccountActive(services.deps, { actor: c.get('user')!, usuarioId: id, activo: false });
    services.sessions.forgetUser(id);
    services.access.forgetUser(id);
    return c.body(null, 204);
  })
  .openapi(resetRoute, async (c) => {
    const services = c.get('services');
    return c.json(
      await adminResetLink(services.deps, services, {
        actor: c.get('user')!,
        usuarioId: c.req.valid('param').id,
      }),
      200,
    );
  })
  .openapi(authoritiesRoute, async (c) => c.json(await listAuthorities(c.var.deps), 200))
  .openapi(createAuthorityRoute, async (c) =>
    c.json(
      await createAuthority(c.var.deps, {
        actor: c.get('user')!,
        ...c.req.valid('json'),
      }),
      200,
    ),
  )
  .openapi(jurisdictionRoute, async (c) => {
    const services = c.get('services');
    const updated = await setJurisdiction(services.deps, {
      actor: c.get('user')!,
      id: c.req.valid('param').id,
      municipios: c.req.valid('json').municipios,
    });
    // Reviewers' roles come from the jurisdiction: every cached role may have changed.
    services.access.forgetAll();
    return c.json(updated, 200);
  })
  .openapi(reviewerRoute, async (c) => {
    const services = c.get('services');
    const created = await addReviewer(services.deps, services, {
      actor: c.get('user')!,
      id: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    services.access.forgetUser(created.usuarioId);
    return c.json(created, 200);
  })
  .openapi(advisorsRoute, async (c) => c.json(await listAdvisorGrants(c.var.deps), 200))
  .openapi(grantAdvisorRoute, async (c) => {
    const services = c.get('services');
    const created = await grantAdvisor(services.deps, services, {
      actor: c.get('user')!,
      ...c.req.valid('json'),
    });
    services.access.forgetUser(created.usuarioId);
    return c.json(created, 200);
  })
  .openapi(revokeAdvisorRoute, async (c) => {
    const services = c.get('services');
    const { id, codigo } = c.req.valid('param');
    await revokeAdvisor(services.deps, { actor: c.get('user')!, usuarioId: id, codigo });
    services.access.forgetUser(id);
    return c.body(null, 204);
  });
