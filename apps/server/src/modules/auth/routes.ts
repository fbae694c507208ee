import { OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';

import { defineRoute } from '../../http/authz';
import { AppError } from '../../http/errors';
import { errorResponses, errorSchema, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { clientAddress } from './client-address';
import {
  describeSession,
  hashToken,
  SESSION_COOKIE,
  SESSION_HOURS,
  signIn,
  signOut,
  userForToken,
} from './service';

const sessionSchema = z
  .object({
    usuario: z.object({
      id: z.string(),
      email: z.string(),
      nombre: z.string(),
      esAdministrador: z.boolean(),
    }),
    membresias: z.array(
      z.object({
        municipio: z.object({ codigo: z.string(), nombre: z.string(), departamento: z.string() }),
        rol: z.string(),
        rolEtiqueta: z.string(),
      }),
    ),
  })
  .openapi('Sesion');

const signInBody = z
  .object({
    email: z.string().trim().min(3, 'Escriba su correo.').max(200),
    contrasena: z.string().min(1, 'Escriba su contraseña.').max(200),
  })
  .strict();

const getSession = defineRoute({
  method: 'get',
  path: '/sesion',
  policy: { kind: 'autenticado' },
  summary: 'Sesión actual y municipios donde el usuario tiene un rol',
  responses: { ...json(sessionSchema, 'Sesión activa'), 401: errorResponses[401] },
});

const postSession = defineRoute({
  method: 'post',
  path: '/sesion',
  policy: { kind: 'publico' },
  summary: 'Iniciar sesión con correo y contraseña',
  request: { body: { content: { 'application/json': { schema: signInBody } }, required: true } },
  responses: {
    ...json(sessionSchema, 'Sesión iniciada'),
    400: errorResponses[400],
    401: errorResponses[401],
    429: {
      description: 'Demasiados intentos fallidos; esperar los segundos de Retry-After',
      headers: {
        'Retry-After': { description: 'Segundos de espera', schema: { type: 'integer' } },
      },
      content: { 'application/json': { schema: errorSchema } },
    },
  },
});

const deleteSession = defineRoute({
  method: 'delete',
  path: '/sesion',
  policy: { kind: 'autenticado' },
  summary: 'Cerrar sesión',
  responses: { 204: { description: 'Sesión cerrada' }, 401: errorResponses[401] },
});

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getSession, async (c) => {
    const user = c.get('user');
    if (!user) throw new AppError('no_autenticado', 'Debe iniciar sesión para continuar.');
    return c.json(await describeSession(c.var.deps, user), 200);
  })
  .openapi(postSession, async (c) => {
    const { deps, signInLimits } = c.get('services');
    const ip = clientAddress(c, signInLimits.trustedProxies);
    const { token } = await signIn(deps, { ...c.req.valid('json'), ip }, signInLimits.limiter);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      // Browsers treat http://localhost as secure, so Secure holds in the embedded set-up too.
      secure: process.env.RUTA_POT_COOKIE_INSEGURA !== '1',
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    });
    const user = await userForToken(deps, hashToken(token));
    if (!user) throw new AppError('error_interno', 'No se pudo abrir la sesión.');
    return c.json(await describeSession(deps, user), 200);
  })
  .openapi(deleteSession, async (c) => {
    const user = c.get('user');
    const tokenHash = c.get('sessionTokenHash');
    if (user && tokenHash) {
      await signOut(c.var.deps, { tokenHash, user });
      c.get('services').sessions.forget(tokenHash);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
