import { appendAudit, solicitudesEntidades } from '@ruta-pot/db';
import type { HolderEntity, PetitionKind, PetitionState } from '@ruta-pot/domain';
import {
  assertTransition,
  informationInventory,
  parseIsoDate,
  PETITION_LIFECYCLE,
  petitionDue,
  petitionLetter,
} from '@ruta-pot/domain';
import { and, desc, eq } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { MunicipalRole } from '../../http/roles';
import type { Deps } from '../../http/types';
import { getMunicipality } from '../municipalities/service';
import type { Actor } from './service';

export interface Requester extends Actor {
  codigo: string;
  roles: readonly MunicipalRole[];
  admin: boolean;
}

const ALL_ITEMS = informationInventory({ planType: 'POT', revisionType: 'revision_general' }).items;

function itemOf(id: string) {
  const item = ALL_ITEMS.find((i) => i.id === id);
  if (!item) throw new AppError('entrada_invalida', `Ítem del inventario desconocido: «${id}».`);
  return item;
}

const rolesOf = (r: Requester): readonly string[] =>
  r.admin ? ['alcaldia', 'planeacion'] : r.roles;

/** Creates a request (draft) for a missing inventory item, addressed to its usual holder. */
export async function createPetition(
  deps: Deps,
  input: { requester: Requester; itemId: string; tipo?: PetitionKind | undefined },
) {
  const item = itemOf(input.itemId);
  const r = input.requester;
  const id = crypto.randomUUID();
  return deps.db.withContext({ municipio: r.codigo, usuario: r.id }, async (tx) => {
    await tx.insert(solicitudesEntidades).values({
      municipalityId: r.codigo,
      id,
      itemId: item.id,
      entidad: item.holder,
      tipo: input.tipo ?? 'entre_autoridades',
      estado: PETITION_LIFECYCLE.initial,
      creadoPor: r.id,
      creadoEn: deps.clock.now(),
    });
    await appendAudit(tx, {
      municipalityId: r.codigo,
      actorId: r.id,
      actor: r.email,
      accion: 'solicitud.crear',
      objeto: `solicitud:${id}`,
      detalle: { item: item.id, entidad: item.holder },
      ocurridoEn: deps.clock.now(),
    });
    return { id };
  });
}

/**
 * Moves a request along its lifecycle: «radicar» records the radicado and computes the due date
 * with the motor normativo (business days, R-PET-01); «registrar_respuesta» closes it.
 */
export async function movePetition(
  deps: Deps,
  input: {
    requester: Requester;
    id: string;
    to: PetitionState;
    datos: {
      radicado?: string | undefined;
      fecha: string;
      respuesta?: string | undefined;
      version: number;
    };
  },
) {
  const r = input.requester;
  const fecha = parseIsoDate(input.datos.fecha);
  return deps.db.withContext({ municipio: r.codigo, usuario: r.id }, async (tx) => {
    const where = and(
      eq(solicitudesEntidades.municipalityId, r.codigo),
      eq(solicitudesEntidades.id, input.id),
    );
    const [row] = await tx.select().from(solicitudesEntidades).where(where).for('update');
    if (!row) throw notFound();
    if (row.version !== input.datos.version)
      throw new AppError(
        'conflicto',
        'Otra persona cambió esta solicitud; recargue y vuelva a intentarlo.',
      );
    const move = assertTransition(PETITION_LIFECYCLE, {
      from: row.estado as PetitionState,
      to: input.to,
      roles: rolesOf(r) as Array<'alcaldia' | 'planeacion'>,
    });
    const set: Partial<typeof solicitudesEntidades.$inferInsert> = {
      estado: input.to,
      version: row.version + 1,
    };
    if (input.to === 'radicada') {
      if (!input.datos.radicado?.trim())
        throw new AppError('entrada_invalida', 'Indique el número de radicado.');
      const due = petitionDue({
        kind: row.tipo as PetitionKind,
        radicadoOn: fecha,
        calendar: deps.calendar,
      });
      Object.assign(set, {
        radicado: input.datos.radicado.trim(),
        radicadaEn: fecha,
        venceEn: due.dueOn,
      });
    } else {
      if (row.radicadaEn && fecha < row.radicadaEn)
        throw new AppError(
          'entrada_invalida',
          'La fecha de respuesta no puede ser anterior al radicado.',
        );
      Object.assign(set, { respondidaEn: fecha, respuesta: input.datos.respuesta?.trim() || null });
    }
    await tx.update(solicitudesEntidades).set(set).where(where);
    await appendAudit(tx, {
      municipalityId: r.codigo,
      actorId: r.id,
      actor: r.email,
      accion: `solicitud.${move.action}`,
      objeto: `solicitud:${input.id}`,
      detalle: { estado: input.to, ...(set.venceEn ? { venceEn: set.venceEn } : {}) },
      ocurridoEn: deps.clock.now(),
    });
    return {
      estado: input.to,
      venceEn: set.venceEn ?? row.venceEn,
      version: row.version + 1,
    };
  });
}

/**
 * The derecho de petición letter for an inventory item, addressed to its usual holder; with the
 * radicado and due date of the item's latest request when there is one.
 */
export async function petitionContent(deps: Deps, input: { codigo: string; itemId: string }) {
  const item = itemOf(input.itemId);
  const [row] = await deps.db.withContext({ municipio: input.codigo }, (tx) =>
    tx
      .select()
      .from(solicitudesEntidades)
      .where(
        and(
          eq(solicitudesEntidades.municipalityId, input.codigo),
          eq(solicitudesEntidades.itemId, input.itemId),
        ),
      )
      .orderBy(desc(solicitudesEntidades.creadoEn))
      .limit(1),
  );
  const m = await getMunicipality(deps, input.codigo);
  return {
    request: row ?? null,
    municipio: m,
    letter: petitionLetter({
      municipality: m.nombre,
      holder: (row?.entidad ?? item.holder) as HolderEntity,
      itemName: item.name,
      kind: (row?.tipo ?? 'entre_autoridades') as PetitionKind,
    }),
  };
}
