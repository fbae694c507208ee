import { appendAudit, inventarioItems, preparaciones, solicitudesEntidades } from '@ruta-pot/db';
import type {
  ContractingModality,
  DevelopmentPlanAnswer,
  InventoryStatus,
  RevisionType,
  SuburbanScaleOption,
} from '@ruta-pot/domain';
import {
  convertPesos,
  costParameters,
  developmentPlanWarnings,
  estimateCost,
  FINANCING_SOURCES,
  HOLDER_LABELS,
  informationInventory,
  inventorySummary,
  IPC_LAST_YEAR,
  parseIsoDate,
  petitionAlert,
  priceYearProblem,
  REVISION_TYPES,
  termsOfReference,
} from '@ruta-pot/domain';
import { and, desc, eq } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { similarCases } from './bank-service';
import { loadBasis, requireBasis, revisionLabel, revisionType } from './basis';

export interface Actor {
  id: string;
  email: string;
}

async function inventoryRows(deps: Deps, codigo: string) {
  return deps.db.withContext({ municipio: codigo }, (tx) =>
    tx.select().from(inventarioItems).where(eq(inventarioItems.municipalityId, codigo)),
  );
}

/** Inventory ids recorded as missing or outdated, or undefined when nothing was recorded. */
export async function missingIds(deps: Deps, codigo: string): Promise<string[] | undefined> {
  const rows = await inventoryRows(deps, codigo);
  if (rows.length === 0) return undefined;
  return rows
    .filter((r) => r.estado === 'falta' || r.estado === 'desactualizado')
    .map((r) => r.itemId);
}

/**
 * The preparation page: settings, the information inventory with the municipality's statuses,
 * «what we have / what we lack», and the requests to other entities with their alerts.
 */
export async function getPreparation(
  deps: Deps,
  input: { codigo: string; tipoRevision?: string | undefined },
) {
  const basis = await loadBasis(deps, input.codigo);
  const tipo = revisionType(
    input.tipoRevision ?? basis.settings?.tipoRevision ?? 'revision_general',
  );
  const opcion = (basis.settings?.opcionSuburbano ?? 'suburbano_1_5000') as SuburbanScaleOption;
  const inventory = basis.planType
    ? informationInventory({ planType: basis.planType, revisionType: tipo, suburbanScale: opcion })
    : { items: [], warnings: [] };
  const rows = await inventoryRows(deps, input.codigo);
  const statuses = Object.fromEntries(rows.map((r) => [r.itemId, r.estado as InventoryStatus]));
  const today = todayInColombia(deps.clock);
  const solicitudes = await deps.db.withContext({ municipio: input.codigo }, (tx) =>
    tx
      .select()
      .from(solicitudesEntidades)
      .where(eq(solicitudesEntidades.municipalityId, input.codigo))
      .orderBy(desc(solicitudesEntidades.creadoEn)),
  );
  return {
    municipio: basis.municipio,
    tipoPlan: basis.planType,
    tipoRevision: tipo,
    tipoRevisionNombre: revisionLabel(tipo),
    tiposRevision: REVISION_TYPES.map((id) => ({ id, nombre: revisionLabel(id) })),
    area: basis.areaKm2 === null ? null : { km2: basis.areaKm2, fuente: basis.areaFuente },
    planVigente: basis.planInForce,
    ajustes: {
      opcionSuburbano: opcion,
      modalidad: basis.settings?.modalidad ?? 'concurso_meritos',
      planDesarrollo: basis.settings?.planDesarrollo ?? 'no_sabe',
      anioPrecios: priceYearOf(basis.settings),
      anioPreciosElegido: basis.settings?.anioPrecios ?? null,
      /** Years the municipality may choose: cost parameters' base year to the last IPC year. */
      aniosPrecios: Array.from(
        { length: IPC_LAST_YEAR - costParameters().baseYear + 1 },
        (_, i) => costParameters().baseYear + i,
      ),
      version: basis.settings?.version ?? 0,
    },
    faltantes: basis.faltantes,
    advertencias: inventory.warnings,
    items: inventory.items.map((item) => {
      const row = rows.find((r) => r.itemId === item.id);
      return {
        ...item,
        entidad: HOLDER_LABELS[item.holder],
        estado: statuses[item.id] ?? 'sin_revisar',
        archivo: row?.archivo ?? null,
        escala: row?.escala ?? null,
        fecha: row?.fecha ?? null,
        notas: row?.notas ?? null,
        version: row?.version ?? 0,
      };
    }),
    resumen: inventorySummary(inventory.items, statuses),
    solicitudes: solicitudes.map((s) => ({
      ...s,
      alerta: petitionAlert({
        state: s.estado as 'borrador',
        dueOn: s.venceEn === null ? null : parseIsoDate(s.venceEn),
        today: parseIsoDate(today),
        calendar: deps.calendar,
      }),
    })),
  };
}

/**
 * The year of the pesos of this municipality's cost, bank comparison and terms of reference: the
 * one it chose in its settings, else the last year with IPC data (issue 16: one year per case).
 */
export const priceYearOf = (settings: { anioPrecios: number | null } | null | undefined) =>
  settings?.anioPrecios ?? IPC_LAST_YEAR;

export interface SettingsInput {
  tipoRevision: string;
  /** Null: the latest IPC year. */
  anioPrecios?: number | null | undefined;
  opcionSuburbano: SuburbanScaleOption;
  modalidad: ContractingModality;
  planDesarrollo: DevelopmentPlanAnswer;
  areaKm2?: number | null | undefined;
  areaFuente?: string | null | undefined;
  version: number;
}

/** Saves the preparation settings (optimistic version; audit in the same transaction). */
export async function saveSettings(
  deps: Deps,
  input: { codigo: string; actor: Actor; ajustes: SettingsInput },
) {
  const a = input.ajustes;
  const tipo = revisionType(a.tipoRevision);
  if (a.areaKm2 !== undefined && a.areaKm2 !== null && !a.areaFuente)
    throw new AppError(
      'entrada_invalida',
      'Indique la fuente del área (por ejemplo, «MGN 2018 del DANE»).',
    );
  const yearProblem =
    a.anioPrecios == null ? null : priceYearProblem(a.anioPrecios, costParameters().baseYear);
  if (yearProblem) throw new AppError('entrada_invalida', yearProblem);
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const [current] = await tx
      .select()
      .from(preparaciones)
      .where(eq(preparaciones.municipalityId, input.codigo))
      .for('update');
    if ((current?.version ?? 0) !== a.version)
      throw new AppError(
        'conflicto',
        'Otra persona guardó la preparación antes; recargue y vuelva a intentarlo.',
      );
    const values = {
      tipoRevision: tipo,
      opcionSuburbano: a.opcionSuburbano,
      modalidad: a.modalidad,
      planDesarrollo: a.planDesarrollo,
      // A field left out keeps what was saved (the screen only sends the area when it asks for it).
      ...(a.areaKm2 === undefined
        ? {}
        : { areaKm2: a.areaKm2, areaFuente: a.areaKm2 ? (a.areaFuente ?? null) : null }),
      ...(a.anioPrecios === undefined ? {} : { anioPrecios: a.anioPrecios }),
      version: a.version + 1,
      actualizadoPor: input.actor.id,
      actualizadoEn: deps.clock.now(),
    };
    await tx
      .insert(preparaciones)
      .values({ municipalityId: input.codigo, ...values })
      .onConflictDoUpdate({ target: preparaciones.municipalityId, set: values });
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'preparacion.ajustes',
      objeto: 'preparacion',
      detalle: {
        tipoRevision: tipo,
        modalidad: a.modalidad,
        planDesarrollo: a.planDesarrollo,
        anioPrecios: a.anioPrecios ?? null,
      },
      ocurridoEn: deps.clock.now(),
    });
    return { version: values.version };
  });
}

export interface ItemInput {
  estado: InventoryStatus;
  archivo?: string | null | undefined;
  escala?: string | null | undefined;
  fecha?: string | null | undefined;
  notas?: string | null | undefined;
  version: number;
}

/** Records the municipality's status of one inventory item (has it, outdated, missing). */
export async function saveInventoryItem(
  deps: Deps,
  input: { codigo: string; itemId: string; actor: Actor; item: ItemInput },
) {
  const known = informationInventory({ planType: 'POT', revisionType: 'revision_general' }).items;
  if (!known.some((i) => i.id === input.itemId))
    throw new AppError('no_encontrado', 'Ítem del inventario no encontrado.');
  const it = input.item;
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const where = and(
      eq(inventarioItems.municipalityId, input.codigo),
      eq(inventarioItems.itemId, input.itemId),
    );
    const [current] = await tx.select().from(inventarioItems).where(where).for('update');
    if ((current?.version ?? 0) !== it.version)
      throw new AppError(
        'conflicto',
        'Otra persona cambió este ítem antes; recargue y vuelva a intentarlo.',
      );
    const values = {
      estado: it.estado,
      // A field left out keeps what was saved (changing the status never erases the details).
      archivo: it.archivo === undefined ? (current?.archivo ?? null) : it.archivo,
      escala: it.escala === undefined ? (current?.escala ?? null) : it.escala,
      fecha: it.fecha === undefined ? (current?.fecha ?? null) : it.fecha,
      notas: it.notas === undefined ? (current?.notas ?? null) : it.notas,
      version: it.version + 1,
      actualizadoPor: input.actor.id,
      actualizadoEn: deps.clock.now(),
    };
    await tx
      .insert(inventarioItems)
      .values({ municipalityId: input.codigo, itemId: input.itemId, ...values })
      .onConflictDoUpdate({
        target: [inventarioItems.municipalityId, inventarioItems.itemId],
        set: values,
      });
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'preparacion.inventario',
      objeto: `inventario:${input.itemId}`,
      detalle: { estado: it.estado },
      ocurridoEn: deps.clock.now(),
    });
    return { version: values.version };
  });
}

export interface EstimateInput {
  codigo: string;
  tipoRevision?: string | undefined;
  /** Only the CLI's explicit --anio-precios; everything else uses the settings' year. */
  anioPrecios?: number | undefined;
}

/** Cost estimate with financing sources and similar cases of the bank. */
export async function estimateFor(deps: Deps, input: EstimateInput) {
  const basis = await requireBasis(deps, input.codigo);
  const tipo: RevisionType = revisionType(
    input.tipoRevision ?? basis.settings?.tipoRevision ?? 'revision_general',
  );
  const missing = await missingIds(deps, input.codigo);
  const estimate = estimateCost({
    planType: basis.planType,
    revisionType: tipo,
    areaKm2: basis.areaKm2,
    ...(missing ? { missing } : {}),
    priceYear: input.anioPrecios ?? priceYearOf(basis.settings),
    suburbanScale: (basis.settings?.opcionSuburbano ?? 'suburbano_1_5000') as SuburbanScaleOption,
    modality: (basis.settings?.modalidad ?? 'concurso_meritos') as ContractingModality,
  });
  const planDesarrollo = (basis.settings?.planDesarrollo ?? 'no_sabe') as DevelopmentPlanAnswer;
  const similares = await similarCases(deps, { codigo: input.codigo, limite: 5 });
  return {
    estimate,
    tipoRevision: tipo,
    tipoPlan: basis.planType,
    area: { km2: basis.areaKm2, fuente: basis.areaFuente },
    financiacion: {
      fuentes: FINANCING_SOURCES,
      planDesarrollo,
      advertencias: developmentPlanWarnings(planDesarrollo),
    },
    similares: similares.casos.map((c) => {
      const conversion = caseCostIn(c, estimate.anioPrecios);
      return { ...c, costoAjustado: conversion?.valor ?? null, conversion };
    }),
  };
}

/**
 * A bank case's cost in pesos of `year` (IPC, stated), or null when it has no cost, no year of its
 * pesos, or the series lacks a year (shown then in its own pesos, never guessed).
 */
export function caseCostIn(c: { costoCop: number | null; anioCosto: number | null }, year: number) {
  if (c.costoCop === null || c.anioCosto === null) return null;
  return convertPesos({ cop: c.costoCop, fromYear: c.anioCosto, toYear: year });
}

/** Terms of reference content for the municipality and revision type (rendered elsewhere). */
export async function termsFor(
  deps: Deps,
  input: {
    codigo: string;
    tipoRevision?: string | undefined;
    /** Months per profile the municipality asks for (warned when more than the type needs). */
    equipo?: Readonly<Record<string, number>> | undefined;
  },
) {
  const basis = await loadBasis(deps, input.codigo);
  if (basis.planType === null)
    throw new AppError(
      'entrada_invalida',
      `No hay datos suficientes de ${basis.municipio.nombre} (${input.codigo}). Falta: ${basis.faltantes.join('; ')}.`,
      { faltantes: basis.faltantes },
    );
  const tipo = revisionType(
    input.tipoRevision ?? basis.settings?.tipoRevision ?? 'revision_general',
  );
  const estimate =
    basis.areaKm2 === null
      ? undefined
      : (await estimateFor(deps, { codigo: input.codigo, tipoRevision: tipo })).estimate;
  const prep = await getPreparation(deps, { codigo: input.codigo, tipoRevision: tipo });
  const missing = prep.items.filter((i) => i.estado === 'falta' || i.estado === 'desactualizado');
  return termsOfReference({
    municipality: basis.municipio.nombre,
    department: basis.municipio.departamento,
    planType: basis.planType,
    revisionType: tipo,
    revisionLabel: revisionLabel(tipo),
    planInForce: basis.planInForce,
    modality: prep.ajustes.modalidad as ContractingModality,
    suburbanScale: prep.ajustes.opcionSuburbano,
    missing: missing.map((i) => `${i.name} (${i.entidad})`),
    ...(estimate ? { cost: estimate } : {}),
    pendingData: basis.faltantes,
    ...(input.equipo ? { requestedTeam: input.equipo } : {}),
  });
}
