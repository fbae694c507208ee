import {
  appendAudit,
  autoridadesAmbientales,
  jurisdiccionesAmbientales,
  PLATFORM_SCOPE,
  rowsOf,
  usuarios,
} from '@ruta-pot/db';
import { eq, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps, SessionUser } from '../../http/types';
import { ensureAccount, normalisedEmail, personName } from '../accounts/service';
import type { LinkChannel } from '../team/delivery';
import { deliverActivation } from './delivery';
import { assertKnownMunicipalities } from './municipality-codes';

/** Environmental authorities with their jurisdiction and how many reviewers each has. */
export async function listAuthorities(deps: Deps) {
  return deps.db.withContext({ plataforma: true }, async (tx) => {
    const rows = rowsOf<{
      id: string;
      sigla: string;
      nombre: string;
      municipios: { codigo: string; nombre: string }[] | null;
      revisores: number;
    }>(
      await tx.execute(sql`
        SELECT a.id, a.sigla, a.nombre,
               (SELECT json_agg(json_build_object('codigo', m.codigo, 'nombre', m.nombre) ORDER BY m.nombre)
                  FROM jurisdicciones_ambientales j JOIN municipios m ON m.codigo = j.municipality_id
                 WHERE j.autoridad_id = a.id) AS municipios,
               (SELECT count(*)::int FROM usuarios u WHERE u.autoridad_ambiental_id = a.id AND u.activo) AS revisores
          FROM autoridades_ambientales a ORDER BY a.sigla`),
    );
    return rows.map((r) => ({ ...r, municipios: r.municipios ?? [] }));
  });
}

/** A new environmental authority (CAR or urban authority) in the catalogue. */
export async function createAuthority(
  deps: Deps,
  input: { actor: SessionUser; sigla: string; nombre: string },
) {
  const sigla = input.sigla.trim().toUpperCase();
  const nombre = input.nombre.trim();
  if (!/^[A-ZÁÉÍÓÚÑ0-9-]{2,20}$/.test(sigla) || nombre.length < 5 || nombre.length > 200)
    throw new AppError(
      'entrada_invalida',
      'Escriba la sigla (2 a 20 letras, p. ej. CAR, CORANTIOQUIA) y el nombre completo de la autoridad ambiental.',
    );
  const id = sigla.toLowerCase();
  await deps.db.withContext({ plataforma: true, usuario: input.actor.id }, async (tx) => {
    const inserted = await tx
      .insert(autoridadesAmbientales)
      .values({ id, sigla, nombre })
      .onConflictDoNothing()
      .returning({ id: autoridadesAmbientales.id });
    if (inserted.length === 0) throw new AppError('conflicto', `Ya existe la autoridad ${sigla}.`);
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'autoridad.crear',
      objeto: `autoridad:${id}`,
      detalle: { sigla, nombre },
      ocurridoEn: deps.clock.now(),
    });
  });
  return { id, sigla, nombre };
}

/**
 * Replaces an authority's jurisdiction. A municipality belongs to one authority: moving it here
 * takes it from its previous one (as when a municipality changes CAR), which the audit records.
 */
export async function setJurisdiction(
  deps: Deps,
  input: { actor: SessionUser; id: string; municipios: readonly string[] },
) {
  const codes = [...new Set(input.municipios)];
  if (codes.some((c) => !/^\d{5}$/.test(c)))
    throw new AppError(
      'entrada_invalida',
      'Cada municipio se indica con su código DANE de 5 dígitos.',
    );
  return deps.db.withContext({ plataforma: true, usuario: input.actor.id }, async (tx) => {
    const [authority] = await tx
      .select({ id: autoridadesAmbientales.id, sigla: autoridadesAmbientales.sigla })
      .from(autoridadesAmbientales)
      .where(eq(autoridadesAmbientales.id, input.id));
    if (!authority) throw notFound();
    await assertKnownMunicipalities(tx, codes);
    const before = rowsOf<{ municipality_id: string; autoridad_id: string }>(
      await tx.execute(sql`SELECT municipality_id, autoridad_id FROM jurisdicciones_ambientales
        WHERE autoridad_id = ${input.id}
           OR municipality_id IN (${
             codes.length > 0
               ? sql.join(
                   codes.map((c) => sql`${c}`),
                   sql`, `,
                 )
               : sql`NULL`
           })`),
    );
    await tx
      .delete(jurisdiccionesAmbientales)
      .where(eq(jurisdiccionesAmbientales.autoridadId, input.id));
    if (codes.length > 0) {
      await tx.execute(sql`DELETE FROM jurisdicciones_ambientales
        WHERE municipality_id IN (${sql.join(
          codes.map((c) => sql`${c}`),
          sql`, `,
        )})`);
      await tx
        .insert(jurisdiccionesAmbientales)
        .values(codes.map((codigo) => ({ municipalityId: codigo, autoridadId: input.id })));
    }
    const movedFrom = before
      .filter((b) => b.autoridad_id !== input.id)
      .map((b) => ({ municipio: b.municipality_id, autoridad: b.autoridad_id }));
    await appendAudit(tx, {
      municipalityId: PLATFORM_SCOPE,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'autoridad.jurisdiccion',
      objeto: `autoridad:${input.id}`,
      detalle: {
        antes: before.filter((b) => b.autoridad_id === input.id).map((b) => b.municipality_id),
        despues: codes,
        trasladados: movedFrom,
      },
      ocurridoEn: deps.clock.now(),
    });
    return { id: input.id, municipios: codes, trasladados: movedFrom };
  });
}

/** A reviewer of an authority: the account acts in every municipality of its jurisdiction. */
export async function addReviewer(
  deps: Deps,
  channel: LinkChannel,
  input: { actor: SessionUser; id: string; email: string; nombre: string },
) {
  const email = normalisedEmail(input.email);
  const nombre = personName(input.nombre);
  const now = deps.clock.now();
  const result = await deps.db.withContext(
    { plataforma: true, usuario: input.actor.id },
    async (tx) => {
      const [authority] = await tx
        .select({ sigla: autoridadesAmbientales.sigla })
        .from(autoridadesAmbientales)
        .where(eq(autoridadesAmbientales.id, input.id));
      if (!authority) throw notFound();
      const account = await ensureAccount(tx, {
        email,
        nombre,
        now,
        actorId: input.actor.id,
        actor: input.actor.email,
      });
      const [current] = await tx
        .select({ autoridad: usuarios.autoridadAmbientalId })
        .from(usuarios)
        .where(eq(usuarios.id, account.usuarioId));
      if (current?.autoridad && current.autoridad !== input.id)
        throw new AppError(
          'conflicto',
          `${email} ya revisa por otra autoridad ambiental (${current.autoridad.toUpperCase()}).`,
        );
      await tx
        .update(usuarios)
        .set({ autoridadAmbientalId: input.id })
        .where(eq(usuarios.id, account.usuarioId));
      await appendAudit(tx, {
        municipalityId: PLATFORM_SCOPE,
        actorId: input.actor.id,
        actor: input.actor.email,
        accion: 'autoridad.revisor',
        objeto: `usuario:${account.usuarioId}`,
        detalle: { email, autoridad: input.id },
        ocurridoEn: now,
      });
      return { account, sigla: authority.sigla };
    },
  );
  const entrega = await deliverActivation(channel, {
    email,
    token: result.account.token,
    why: `revisor(a) de ${result.sigla}`,
  });
  return {
    usuarioId: result.account.usuarioId,
    email,
    cuentaNueva: result.account.nueva,
    ...entrega,
  };
}
