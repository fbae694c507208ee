import { invitaciones, membresias, usuarios } from '@ruta-pot/db';
import { and, eq } from 'drizzle-orm';

import { DEFAULT_PUBLIC_URL } from '../config/mail';
import type { Deps, SessionUser } from '../http/types';
import { invite } from '../modules/team/invitations';
import type { DemoStep } from './steps';

const ZIPAQUIRA = '25899';

/**
 * The team page's demo (issue 11): Zipaquirá's planning office has a pending invitation for a
 * topography consultant (its history shows it), and the federation advisor's grant runs for the
 * dates of its agreement, as the console lists it.
 */
export const demoEquipo: DemoStep = {
  nombre: 'equipo',
  async run(deps: Deps) {
    const pending = await deps.db.withContext({ municipio: ZIPAQUIRA }, (tx) =>
      tx.select({ id: invitaciones.id }).from(invitaciones).limit(1),
    );
    if (pending.length > 0) return;
    const [manager] = await deps.db.orm
      .select({
        id: usuarios.id,
        email: usuarios.email,
        nombre: usuarios.nombre,
        esAdministrador: usuarios.esAdministrador,
        autoridadAmbientalId: usuarios.autoridadAmbientalId,
      })
      .from(usuarios)
      .where(eq(usuarios.email, 'planeacion.zipaquira@demo.rutapot.co'));
    if (!manager) return;
    const actor = { user: manager satisfies SessionUser, roles: ['planeacion' as const] };
    await invite(
      deps,
      { mailer: undefined, publicUrl: DEFAULT_PUBLIC_URL },
      { codigo: ZIPAQUIRA, actor, email: 'topografia@consultora-demo.co', rol: 'consultor' },
    );
    const [advisor] = await deps.db.orm
      .select({ id: usuarios.id })
      .from(usuarios)
      .where(eq(usuarios.email, 'asesor@demo.fcm.org.co'));
    if (!advisor) return;
    await deps.db.withContext({ plataforma: true }, (tx) =>
      tx
        .update(membresias)
        .set({
          iniciaEn: new Date('2026-01-01T05:00:00Z'),
          expiraEn: new Date('2028-01-01T05:00:00Z'),
        })
        .where(and(eq(membresias.usuarioId, advisor.id), eq(membresias.rol, 'asesor'))),
    );
  },
};
