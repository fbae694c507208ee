import { randomUUID } from 'node:crypto';

import {
  appendAudit,
  autoridadesAmbientales,
  jurisdiccionesAmbientales,
  membresias,
  municipios,
  planesVigentes,
  PLATFORM_SCOPE,
  poblacionMunicipal,
  usuarios,
} from '@ruta-pot/db';
import { eq } from 'drizzle-orm';

import type { Deps } from '../http/types';
import { hashPassword } from '../modules/auth/password';
import {
  DEMO_ACCOUNTS,
  DEMO_AUTHORITIES,
  DEMO_MUNICIPALITIES,
  DEMO_PASSWORD,
  DEMO_PLANS,
  DEMO_POPULATION_SOURCE,
} from './demo-data';

/**
 * Loads the demo municipalities, authorities, accounts and plans once. Idempotent: a database that
 * already has the demo administrator is left untouched, so nothing a user saved is overwritten.
 */
export async function seedDemo(deps: Deps): Promise<boolean> {
  const first = DEMO_ACCOUNTS[0].email;
  const existing = await deps.db.orm
    .select({ id: usuarios.id })
    .from(usuarios)
    .where(eq(usuarios.email, first));
  if (existing.length > 0) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  const now = deps.clock.now();
  await deps.db.withContext({ plataforma: true }, async (tx) => {
    for (const m of DEMO_MUNICIPALITIES) {
      await tx
        .insert(municipios)
        .values({
          codigo: m.codigo,
          nombre: m.nombre,
          codigoDepartamento: m.codigoDepartamento,
          departamento: m.departamento,
          tipo: 'Municipio',
          latitud: m.latitud,
          longitud: m.longitud,
        })
        .onConflictDoNothing();
      await tx
        .insert(poblacionMunicipal)
        .values({
          codigo: m.codigo,
          anio: 2024,
          poblacion: m.poblacion,
          fuente: DEMO_POPULATION_SOURCE,
        })
        .onConflictDoNothing();
    }
    for (const a of DEMO_AUTHORITIES) {
      await tx
        .insert(autoridadesAmbientales)
        .values({ id: a.id, sigla: a.sigla, nombre: a.nombre })
        .onConflictDoNothing();
      for (const codigo of a.municipios) {
        await tx
          .insert(jurisdiccionesAmbientales)
          .values({ municipalityId: codigo, autoridadId: a.id })
          .onConflictDoNothing();
      }
    }
    for (const account of DEMO_ACCOUNTS) {
      const id = randomUUID();
      await tx.insert(usuarios).values({
        id,
        email: account.email,
        nombre: account.nombre,
        hashContrasena: hash,
        esAdministrador: 'admin' in account && account.admin,
        autoridadAmbientalId: 'autoridad' in account ? account.autoridad : null,
      });
      for (const [codigo, rol] of account.roles) {
        await tx.insert(membresias).values({ municipalityId: codigo, usuarioId: id, rol });
      }
    }
    for (const plan of DEMO_PLANS) {
      await tx
        .insert(planesVigentes)
        .values({
          municipalityId: plan.codigo,
          instrumento: plan.instrumento,
          adopcion: plan.adopcion,
          revisionGeneral: plan.revisionGeneral,
        })
        .onConflictDoNothing();
      await appendAudit(tx, {
        municipalityId: plan.codigo,
        actorId: null,
        actor: 'sistema (demostración)',
        accion: 'plan_vigente.registrar',
        objeto: `plan_vigente:${plan.codigo}`,
        detalle: { instrumento: plan.instrumento, adopcion: plan.adopcion },
        ocurridoEn: now,
      });
    }
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: null,
      actor: 'sistema (demostración)',
      accion: 'demo.cargar',
      objeto: 'plataforma',
      detalle: { municipios: DEMO_MUNICIPALITIES.length, cuentas: DEMO_ACCOUNTS.length },
      ocurridoEn: now,
    });
  });
  return true;
}
