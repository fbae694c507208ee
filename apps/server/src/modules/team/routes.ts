import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { sendPrebuiltJson } from '../../http/prebuilt-json';
import { MANAGING_ROLES } from '../../http/roles';
import { codigoParam, conflictResponse, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { acceptInvitation, viewInvitation } from './accept';
import { invite, resend, revoke } from './invitations';
import { changeRole, removeMember } from './members';
import { type TeamActor, teamBody } from './service';

const deliverySchema = {
  enlace: z.string().nullable(),
  enviado: z.boolean(),
  aviso: z.string().nullable(),
};
const invitationSchema = z.object({
  invitacion: z.object({
    id: z.string(),
    email: z.string(),
    rol: z.string(),
    rolEtiqueta: z.string(),
  }),
  ...deliverySchema,
});

const teamSchema = z
  .object({
    miembros: z.array(
      z.object({
        usuarioId: z.string(),
        nombre: z.string(),
        email: z.string(),
        activo: z.boolean(),
        roles: z.array(
          z.object({
            rol: z.string(),
            etiqueta: z.string(),
            gestionable: z.boolean(),
            desde: z.string(),
          }),
        ),
      }),
    ),
    invitaciones: z.array(
      z.object({
        id: z.string(),
        email: z.string(),
        rol: z.string(),
        rolEtiqueta: z.string(),
        creadaEn: z.string(),
        expiraEn: z.string(),
        vencida: z.boolean(),
        invitadaPor: z.string().nullable(),
      }),
    ),
    historial: z.array(
      z.object({ ocurridoEn: z.string(), actor: z.string(), descripcion: z.string() }),
    ),
    rolesInvitables: z.array(z.object({ rol: z.string(), etiqueta: z.string() })),
  })
  .openapi('Equipo');

const rolBody = z.object({ rol: z.string().max(40) }).strict();
const inviteBody = z.object({ email: z.string().max(200), rol: z.string().max(40) }).strict();
const invitationParam = codigoParam.extend({ id: z.string().max(40) });
const memberParam = codigoParam.extend({ usuarioId: z.string().max(40) });
const managers = { kind: 'municipio', roles: MANAGING_ROLES } as const;

const getTeam = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/equipo',
  policy: managers,
  summary: 'Equipo del municipio: miembros, invitaciones pendientes e historial',
  request: { params: codigoParam },
  responses: { ...json(teamSchema, 'Equipo'), ...errorResponses },
});
const postInvitation = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/equipo/invitaciones',
  policy: managers,
  summary: 'Invitar a una persona por correo con un rol (el enlace se envía o se muestra una vez)',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: inviteBody } }, required: true },
  },
  responses: {
    ...json(invitationSchema, 'Invitación creada'),
    ...errorResponses,
    ...conflictResponse,
  },
});
const resendInvitation = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/equipo/invitaciones/{id}/reenviar',
  policy: managers,
  summary: 'Reenviar una invitación pendiente con un enlace nuevo (el anterior deja de servir)',
  request: { params: invitationParam },
  responses: { ...json(invitationSchema, 'Invitación reenviada'), ...errorResponses },
});
const deleteInvitation = defineRoute({
  method: 'delete',
  path: '/municipios/{codigo}/equipo/invitaciones/{id}',
  policy: managers,
  summary: 'Revocar una invitación pendiente',
  request: { params: invitationParam },
  responses: { 204: { description: 'Invitación revocada' }, ...errorResponses },
});
const putMember = defineRoute({
  method: 'put',
  path: '/municipios/{codigo}/equipo/miembros/{usuarioId}',
  policy: managers,
  summary: 'Cambiar el rol de un miembro del equipo',
  request: {
    params: memberParam,
    body: { content: { 'application/json': { schema: rolBody } }, required: true },
  },
  responses: { 204: { description: 'Rol cambiado' }, ...errorResponses },
});
const deleteMember = defineRoute({
  method: 'delete',
  path: '/municipios/{codigo}/equipo/miembros/{usuarioId}',
  policy: managers,
  summary: 'Retirar a un miembro del equipo (sus sesiones se cierran de inmediato)',
  request: { params: memberParam },
  responses: { 204: { description: 'Miembro retirado' }, ...errorResponses },
});

const linkBody = z.object({ enlace: z.string().max(200) }).strict();
const acceptBody = z
  .object({
    enlace: z.string().max(200),
    nombre: z.string().max(200).optional(),
    contrasena: z.string().max(512),
  })
  .strict();
const viewInvitationRoute = defineRoute({
  method: 'post',
  path: '/cuenta/invitacion/consulta',
  policy: { kind: 'publico' },
  summary: 'Qué ofrece una invitación (municipio, rol, si el correo ya tiene cuenta)',
  request: { body: { content: { 'application/json': { schema: linkBody } }, required: true } },
  responses: {
    ...json(
      z.object({
        municipio: z.object({ codigo: z.string(), nombre: z.string(), departamento: z.string() }),
        email: z.string(),
        rol: z.string(),
        rolEtiqueta: z.string(),
        cuentaExistente: z.boolean(),
        expiraEn: z.string(),
      }),
      'Invitación vigente',
    ),
    400: errorResponses[400],
  },
});
const acceptRoute = defineRoute({
  method: 'post',
  path: '/cuenta/invitacion',
  policy: { kind: 'publico' },
  summary: 'Aceptar una invitación (cuenta nueva con nombre y contraseña, o la contraseña actual)',
  request: { body: { content: { 'application/json': { schema: acceptBody } }, required: true } },
  responses: {
    ...json(z.object({ email: z.string(), municipio: z.string() }), 'Invitación aceptada'),
    400: errorResponses[400],
  },
});

/** A prebuilt body satisfies the route's schema by construction (it is the same read model). */
const prebuilt = (response: Response) => response as never;

function actorOf(c: {
  get(key: 'user'): AppEnv['Variables']['user'];
  get(key: 'roles'): AppEnv['Variables']['roles'];
}): TeamActor {
  return { user: c.get('user')!, roles: c.get('roles') };
}

export const teamRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getTeam, async (c) =>
    prebuilt(sendPrebuiltJson(c, await teamBody(c.var.deps, { codigo: c.get('municipio') }))),
  )
  .openapi(postInvitation, async (c) => {
    const services = c.get('services');
    const body = c.req.valid('json');
    const created = await invite(services.deps, services, {
      codigo: c.get('municipio'),
      actor: actorOf(c),
      ...body,
    });
    return c.json(created, 200);
  })
  .openapi(resendInvitation, async (c) => {
    const services = c.get('services');
    const again = await resend(services.deps, services, {
      codigo: c.get('municipio'),
      actor: actorOf(c),
      id: c.req.valid('param').id,
    });
    return c.json(again, 200);
  })
  .openapi(deleteInvitation, async (c) => {
    await revoke(c.var.deps, {
      codigo: c.get('municipio'),
      actor: actorOf(c),
      id: c.req.valid('param').id,
    });
    return c.body(null, 204);
  })
  .openapi(putMember, async (c) => {
    const services = c.get('services');
    const { usuarioId } = c.req.valid('param');
    await changeRole(services.deps, {
      codigo: c.get('municipio'),
      actor: actorOf(c),
      usuarioId,
      rol: c.req.valid('json').rol,
    });
    services.access.forgetUser(usuarioId);
    return c.body(null, 204);
  })
  .openapi(deleteMember, async (c) => {
    const services = c.get('services');
    const { usuarioId } = c.req.valid('param');
    await removeMember(services.deps, { codigo: c.get('municipio'), actor: actorOf(c), usuarioId });
    services.access.forgetUser(usuarioId);
    services.sessions.forgetUser(usuarioId);
    return c.body(null, 204);
  })
  .openapi(viewInvitationRoute, async (c) =>
    c.json(await viewInvitation(c.var.deps, c.req.valid('json').enlace), 200),
  )
  .openapi(acceptRoute, async (c) => {
    const services = c.get('services');
    const accepted = await acceptInvitation(services.deps, c.req.valid('json'));
    services.access.forgetUser(accepted.usuarioId);
    return c.json({ email: accepted.email, municipio: accepted.municipio }, 200);
  });
