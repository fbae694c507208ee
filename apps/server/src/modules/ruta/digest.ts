import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { AppError } from '../../http/errors';
import { PARTICIPANT_ROLES } from '../../http/roles';
import { json } from '../../http/schemas';
import type { AppEnv, Deps, SessionUser } from '../../http/types';
import { describeSession } from '../auth/service';
import { currentProcess } from './process-service';

/**
 * The user's daily digest, in the app: what is late and what falls due in the next 30 days in
 * every municipality where the user has a role. When an SMTP server is configured
 * (RUTA_POT_SMTP_URL), the same digest also goes out by e-mail once a day
 * (modules/digest-mail, ADR 0015); without one it is only shown at sign-in.
 */
export async function userDigest(
  deps: Deps,
  input: {
    user: SessionUser;
    access: { rolesIn(u: string, c: string): Promise<never[] | string[]> };
  },
) {
  const session = await describeSession(deps, input.user);
  const codes = [...new Set(session.membresias.map((m) => m.municipio.codigo))];
  const avisos = [];
  for (const codigo of codes) {
    const municipio = session.membresias.find((m) => m.municipio.codigo === codigo)!.municipio;
    const roles = (await input.access.rolesIn(input.user.id, codigo)) as never[];
    // The checklist is for those who take part in the process; a citizen's role does not open it
    // (same rule as GET /procesos/actual), so their digest stays empty for that municipality.
    if (!roles.some((role) => PARTICIPANT_ROLES.includes(role))) continue;
    try {
      const proceso = await currentProcess(deps, {
        codigo,
        userId: input.user.id,
        email: input.user.email,
        roles,
        admin: false,
      });
      for (const [tipo, list] of [
        ['vencido', proceso.alertas.vencidos],
        ['proximo', proceso.alertas.proximos],
      ] as const) {
        for (const alerta of list)
          avisos.push({ municipio, tipo, ...alerta, enlace: `/m/${codigo}/ruta` });
      }
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'no_encontrado')) throw error;
    }
  }
  return { avisos: avisos.sort((a, b) => a.venceEl.localeCompare(b.venceEl)) };
}

const digestRoute = defineRoute({
  method: 'get',
  path: '/avisos',
  policy: { kind: 'autenticado' },
  summary: 'Resumen diario del usuario: vencidos y próximos 30 días en sus municipios',
  responses: json(
    z.object({
      avisos: z.array(
        z.looseObject({
          municipio: z.object({ codigo: z.string(), nombre: z.string(), departamento: z.string() }),
          tipo: z.enum(['vencido', 'proximo']),
          titulo: z.string(),
          venceEl: z.string(),
          enlace: z.string(),
        }),
      ),
    }),
    'Avisos',
  ),
});

export const digestRoutes = new OpenAPIHono<AppEnv>().openapi(digestRoute, async (c) =>
  c.json(
    await userDigest(c.var.deps, {
      user: c.get('user')!,
      access: c.get('services').access,
    }),
    200,
  ),
);
