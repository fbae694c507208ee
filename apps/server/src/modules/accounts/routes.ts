import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { PASSWORD_MAX } from './password-policy';
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
  summary: 'Definir la contraseña con un enlace de un solo uso (activación de la cuenta)',
  request: { body: { content: { 'application/json': { schema: linkBody } }, required: true } },
  responses: {
    ...json(z.object({ email: z.string() }), 'Contraseña definida'),
    400: errorResponses[400],
  },
});

export const accountRoutes = new OpenAPIHono<AppEnv>().openapi(useLink, async (c) =>
  c.json(await setPasswordWithLink(c.get('services').deps, c.req.valid('json')), 200),
);
