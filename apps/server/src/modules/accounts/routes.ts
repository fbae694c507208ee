import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';

import { defineRoute } from '../../http/authz';
import { AppError } from '../../http/errors';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { clientAddress } from '../auth/client-address';
import { PASSWORD_MAX } from './password-policy';
import {
  changePassword,
  closeMySession,
  myAccount,
  registerCitizen,
  requestPasswordReset,
  setFollowing,
} from './self-service';
import { setPasswordWithLink } from './service';

const linkBody = z
  .object({
    token: z.string().max(200),
    contrasena: z.string().max(PASSWORD_MAX * 4),
  })
  .strict();

const useLink = defineRoute({
  method: 'post',
  path: '/cuenta/enlace',
  policy: { kind: 'publico' },
  summary: 'Definir la contraseña con un enlace de un solo uso (activación o restablecimiento)',
  request: { body: { content: { 'application/json': { schema: linkBody } }, required: true } },
  responses: {
    ...json(z.object({ email: z.string() }), 'Contraseña definida'),
    400: errorResponses[400],
  },
});

const accountSchema = z
  .object({
    esCiudadano: z.boolean(),
    sesiones: z.array(
      z.object({ id: z.string(), creadaEn: z.string(), expiraEn: z.string(), actual: z.boolean() }),
    ),
    siguiendo: z.array(
      z.object({ codigo: z.string(), nombre: z.string(), departamento: z.string() }),
    ),
  })
  .openapi('Cuenta');

const getAccount = defineRoute({
  method: 'get',
  path: '/cuenta',
  policy: { kind: 'autenticado' },
  summary: 'Mi cuenta: sesiones abiertas y municipios que sigo',
  responses: { ...json(accountSchema, 'Cuenta'), 401: errorResponses[401] },
});

const passwordBody = z
  .object({ actual: z.string().max(512), nueva: z.string().max(PASSWORD_MAX * 4) })
  .strict();
const putPassword = defineRoute({
  method: 'put',
  path: '/cuenta/contrasena',
  policy: { kind: 'autenticado' },
  summary: 'Cambiar mi contraseña (se exige la actual; se cierran mis otras sesiones)',
  request: { body: { content: { 'application/json': { schema: passwordBody } }, required: true } },
  responses: { 204: { description: 'Contraseña cambiada' }, ...errorResponses },
});

const deleteSessionRoute = defineRoute({
  method: 'delete',
  path: '/cuenta/sesiones/{id}',
  policy: { kind: 'autenticado' },
  summary: 'Cerrar una de mis sesiones abiertas',
  request: { params: z.object({ id: z.string().max(40) }) },
  responses: { 204: { description: 'Sesión cerrada' }, ...errorResponses },
});

const messageSchema = z.object({ mensaje: z.string() });
const tooMany = {
  429: {
    description: 'Demasiadas solicitudes desde esta dirección',
    content: {
      'application/json': {
        schema: z.object({ error: z.object({ codigo: z.string(), mensaje: z.string() }) }),
      },
    },
  },
} as const;
const resetRoute = defineRoute({
  method: 'post',
  path: '/cuenta/restablecer',
  policy: { kind: 'publico' },
  summary:
    'Pedir por correo un enlace para restablecer la contraseña (misma respuesta para todo correo)',
  request: {
    body: {
      content: {
        'application/json': { schema: z.object({ email: z.string().max(300) }).strict() },
      },
      required: true,
    },
  },
  responses: {
    202: {
      description: 'Solicitud recibida',
      content: { 'application/json': { schema: messageSchema } },
    },
    400: errorResponses[400],
    ...tooMany,
  },
});
const registerRoute = defineRoute({
  method: 'post',
  path: '/cuenta/registro',
  policy: { kind: 'publico' },
  summary: 'Crear una cuenta ciudadana (el enlace para confirmar el correo llega por correo)',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              email: z.string().max(300),
              nombre: z.string().max(300),
              /** The data-treatment policy version accepted in the form (the one in force). */
              politica: z.string().max(40).optional(),
            })
            .strict(),
        },
      },
      required: true,
    },
  },
  responses: {
    202: {
      description: 'Solicitud recibida',
      content: { 'application/json': { schema: messageSchema } },
    },
    400: errorResponses[400],
    409: errorResponses[400],
    ...tooMany,
  },
});

const followRoute = (method: 'post' | 'delete') =>
  defineRoute({
    method,
    path: '/publico/{codigo}/seguimiento',
    policy: { kind: 'autenticado' },
    summary:
      method === 'post'
        ? 'Seguir el POT de un municipio'
        : 'Dejar de seguir el POT de un municipio',
    request: { params: codigoParam },
    responses: { 204: { description: 'Hecho' }, ...errorResponses },
  });

function limited(c: Context<AppEnv>) {
  const services = c.get('services');
  const address = clientAddress(c, services.signInLimits.trustedProxies);
  if (!services.accountRequests.allow(address))
    throw new AppError(
      'demasiados_intentos',
      'Demasiadas solicitudes desde esta dirección. Espere unos minutos e intente de nuevo.',
    );
}

export const accountRoutes = new OpenAPIHono<AppEnv>()
  .openapi(useLink, async (c) =>
    c.json(await setPasswordWithLink(c.var.deps, c.req.valid('json')), 200),
  )
  .openapi(getAccount, async (c) =>
    c.json(
      await myAccount(c.var.deps, {
        user: c.get('user')!,
        tokenHash: c.get('sessionTokenHash') ?? '',
      }),
      200,
    ),
  )
  .openapi(putPassword, async (c) => {
    const services = c.get('services');
    const user = c.get('user')!;
    const tokenHash = c.get('sessionTokenHash') ?? '';
    await changePassword(services.deps, { user, tokenHash, ...c.req.valid('json') });
    services.sessions.forgetUser(user.id);
    return c.body(null, 204);
  })
  .openapi(deleteSessionRoute, async (c) => {
    const services = c.get('services');
    const closed = await closeMySession(services.deps, {
      user: c.get('user')!,
      id: c.req.valid('param').id,
    });
    for (const tokenHash of closed) services.sessions.forget(tokenHash);
    return c.body(null, 204);
  })
  .openapi(resetRoute, async (c) => {
    limited(c);
    const services = c.get('services');
    const answer = await requestPasswordReset(services.deps, {
      email: c.req.valid('json').email,
      mailer: services.mailer,
      publicUrl: services.publicUrl,
    });
    return c.json(answer, 202);
  })
  .openapi(registerRoute, async (c) => {
    limited(c);
    const services = c.get('services');
    const answer = await registerCitizen(services.deps, {
      ...c.req.valid('json'),
      mailer: services.mailer,
      publicUrl: services.publicUrl,
    });
    return c.json(answer, 202);
  })
  .openapi(followRoute('post'), async (c) => {
    await setFollowing(c.var.deps, {
      user: c.get('user')!,
      codigo: c.req.valid('param').codigo,
      seguir: true,
    });
    return c.body(null, 204);
  })
  .openapi(followRoute('delete'), async (c) => {
    await setFollowing(c.var.deps, {
      user: c.get('user')!,
      codigo: c.req.valid('param').codigo,
      seguir: false,
    });
    return c.body(null, 204);
  });
