import { gzipSync } from 'node:zlib';

import {
  appendAudit,
  expedienteConclusiones,
  expedienteIndicadores,
  expedienteMediciones,
  expedienteSuficiencia,
} from '@ruta-pot/db';
import type { IndicatorDefinition, SufficiencyAnswer } from '@ruta-pot/domain';
import {
  duplicatedYears,
  findIndicatorDefinition,
  INDICATOR_CATALOGUE,
  REQUIRED_CONTENTS,
} from '@ruta-pot/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import { cachedMunicipalView } from '../../http/municipal-view-cache';
import type { Deps } from '../../http/types';
import { buildOverview, listView } from './overview';
import { loadExpediente } from './read-model';

export interface Actor {
  id: string;
  email: string;
}

/** Bogotá's calendar year of the injected clock (the yearly follow-up runs on it). */
export const currentYear = (deps: Deps) =>
  Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota', year: 'numeric' }).format(
      deps.clock.now(),
    ),
  );

/**
 * The expediente's read model, the same for every role. Served from the municipal view cache
 * (ADR 0013: a few seconds, dropped by any write to the municipality), because a municipality
 * with hundreds of indicators and projects costs milliseconds of aggregation per request.
 */
export function expedienteOverview(deps: Deps, input: { codigo: string; anio?: number }) {
  return expedienteBody(deps, input).then((body) => body.overview);
}

/**
 * The read model with its JSON text and gzip, built once per cache entry: a municipality with
 * 200 indicators × 12 years and 300 projects is ~300 KB of JSON, whose serialisation cost more
 * than the whole request otherwise (bench «expediente»), and ~10× less on the wire gzipped.
 */
export function expedienteBody(deps: Deps, input: { codigo: string; anio?: number }) {
  const anio = input.anio ?? currentYear(deps);
  return cachedMunicipalView({
    db: deps.db,
    key: `${input.codigo}:expediente:${anio}`,
    compute: async () => {
      const overview = buildOverview(await loadExpediente(deps, input.codigo), { anio });
      const text = JSON.stringify(listView(overview));
      const json = new Uint8Array(Buffer.from(text, 'utf8'));
      return { overview, json, gzip: new Uint8Array(gzipSync(json)) };
    },
  });
}

const fromCatalogue = (d: IndicatorDefinition, codigo: string, now: Date) => ({
  municipalityId: codigo,
  id: d.id,
  nombre: d.nombre,
  dimension: d.dimension,
  definicion: d.definicion,
  unidad: d.unidad,
  formula: d.formula,
  fuente: d.fuente,
  sentido: d.sentido,
  automatico: d.automatico ?? null,
  meta: d.metaNormativa ?? null,
  actualizadoEn: now,
});

/** One indicator with its series, definition and sources (the row the page opens). */
export async function indicatorDetail(
  deps: Deps,
  input: { codigo: string; id: string; anio?: number },
) {
  const { overview } = await expedienteBody(deps, input);
  const found = overview.indicadores.find((i) => i.id === input.id);
  if (!found) throw notFound();
  return found;
}

/** Adds the catalogue's indicators the municipality does not have yet; returns how many. */
export async function adoptCatalogue(deps: Deps, input: { codigo: string; actor: Actor }) {
  const now = deps.clock.now();
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const inserted = await tx
      .insert(expedienteIndicadores)
      .values(INDICATOR_CATALOGUE.map((d) => fromCatalogue(d, input.codigo, now)))
      .onConflictDoNothing()
      .returning({ id: expedienteIndicadores.id });
    if (inserted.length > 0)
      await appendAudit(tx, {
        municipalityId: input.codigo,
        actorId: input.actor.id,
        actor: input.actor.email,
        accion: 'expediente.indicadores_catalogo',
        objeto: `expediente:${input.codigo}`,
        detalle: { indicadores: inserted.map((r) => r.id) },
        ocurridoEn: now,
      });
    return { agregados: inserted.length };
  });
}

export interface IndicatorInput {
  id: string;
  nombre: string;
  dimension: IndicatorDefinition['dimension'];
  unidad: string;
  sentido: IndicatorDefinition['sentido'];
  definicion?: string | undefined;
  formula?: string | undefined;
  fuente?: string | undefined;
  lineaBase?: number | null | undefined;
  anioBase?: number | null | undefined;
  meta?: number | null | undefined;
  anioMeta?: number | null | undefined;
}

function checkTargets(i: IndicatorInput) {
  if ((i.lineaBase ?? null) !== null && (i.anioBase ?? null) === null)
    throw new AppError('entrada_invalida', 'Indique el año de la línea base.');
  if ((i.meta ?? null) !== null && (i.anioMeta ?? null) === null)
    throw new AppError('entrada_invalida', 'Indique el año de la meta.');
  if (i.anioBase && i.anioMeta && i.anioMeta <= i.anioBase)
    throw new AppError(
      'entrada_invalida',
      'El año de la meta debe ser posterior al de la línea base.',
    );
}

/** Creates or updates an indicator (definition, baseline and target); audited. */
export async function saveIndicator(
  deps: Deps,
  input: { codigo: string; actor: Actor; indicador: IndicatorInput },
) {
  const i = input.indicador;
  checkTargets(i);
  const automatic = findIndicatorDefinition(i.id)?.automatico ?? null;
  const now = deps.clock.now();
  const values = {
    municipalityId: input.codigo,
    id: i.id,
    nombre: i.nombre,
    dimension: i.dimension,
    definicion: i.definicion ?? '',
    unidad: i.unidad,
    formula: i.formula ?? '',
    fuente: i.fuente ?? '',
    sentido: i.sentido,
    automatico: automatic,
    lineaBase: i.lineaBase ?? null,
    anioBase: i.anioBase ?? null,
    meta: i.meta ?? null,
    anioMeta: i.anioMeta ?? null,
    actualizadoPor: input.actor.id,
    actualizadoEn: now,
  };
  await deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const { municipalityId: _m, id: _i, ...changes } = values;
    await tx
      .insert(expedienteIndicadores)
      .values(values)
      .onConflictDoUpdate({
        target: [expedienteIndicadores.municipalityId, expedienteIndicadores.id],
        set: {
          ...changes,
          // A baseline adopted from a layer keeps its origin only while the office leaves it as is.
          lineaBaseOrigen: sql`CASE WHEN ${expedienteIndicadores.lineaBase} IS NOT DISTINCT FROM excluded.linea_base
            AND ${expedienteIndicadores.anioBase} IS NOT DISTINCT FROM excluded.anio_base
            THEN ${expedienteIndicadores.lineaBaseOrigen} END`,
        },
      });
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'expediente.indicador',
      objeto: `indicador:${i.id}`,
      detalle: { nombre: i.nombre, lineaBase: values.lineaBase, meta: values.meta },
      ocurridoEn: now,
    });
  });
  return { id: i.id };
}

export interface MeasurementInput {
  indicadorId: string;
  anio: number;
  valor: number;
  evidencia?: string | null | undefined;
}

/**
 * Records yearly measurements (one value per indicator and year; a new value for a year replaces
 * the old one, which the audit log keeps). The whole batch is checked first: unknown indicators,
 * automatic ones and repeated years are refused and nothing is written.
 */
export async function recordMeasurements(
  deps: Deps,
  input: { codigo: string; actor: Actor; mediciones: readonly MeasurementInput[] },
) {
  if (input.mediciones.length === 0)
    throw new AppError('entrada_invalida', 'No hay mediciones para guardar.');
  const now = deps.clock.now();
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const ids = [...new Set(input.mediciones.map((m) => m.indicadorId))];
    const known = await tx
      .select({ id: expedienteIndicadores.id, automatico: expedienteIndicadores.automatico })
      .from(expedienteIndicadores)
      .where(
        and(
          eq(expedienteIndicadores.municipalityId, input.codigo),
          inArray(expedienteIndicadores.id, ids),
        ),
      );
    const unknown = ids.filter((id) => !known.some((k) => k.id === id));
    if (unknown.length > 0)
      throw new AppError(
        'entrada_invalida',
        `Estos indicadores no existen en el expediente: ${unknown.join(', ')}.`,
        { indicadores: unknown },
      );
    const automatic = known.filter((k) => k.automatico).map((k) => k.id);
    if (automatic.length > 0)
      throw new AppError(
        'entrada_invalida',
        `Ruta POT calcula estos indicadores por sí sola; no se digitan: ${automatic.join(', ')}.`,
        { indicadores: automatic },
      );
    for (const id of ids) {
      const dup = duplicatedYears(input.mediciones.filter((m) => m.indicadorId === id));
      if (dup.length > 0)
        throw new AppError(
          'entrada_invalida',
          `El indicador ${id} trae el año ${dup.join(', ')} más de una vez.`,
          { indicador: id, anios: dup },
        );
    }
    for (const m of input.mediciones) {
      const row = {
        valor: m.valor,
        evidencia: m.evidencia ?? null,
        registradoPor: input.actor.id,
        registradoEn: now,
      };
      await tx
        .insert(expedienteMediciones)
        .values({ municipalityId: input.codigo, indicadorId: m.indicadorId, anio: m.anio, ...row })
        .onConflictDoUpdate({
          target: [
            expedienteMediciones.municipalityId,
            expedienteMediciones.indicadorId,
            expedienteMediciones.anio,
          ],
          set: row,
        });
    }
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'expediente.mediciones',
      objeto: `expediente:${input.codigo}`,
      detalle: { mediciones: input.mediciones.length, indicadores: ids },
      ocurridoEn: now,
    });
    return { guardadas: input.mediciones.length };
  });
}

/** Saves the office's answers to the sufficiency analysis (contents of its plan type). */
export async function saveSufficiency(
  deps: Deps,
  input: { codigo: string; actor: Actor; respuestas: Record<string, SufficiencyAnswer> },
) {
  const unknown = Object.keys(input.respuestas).filter(
    (id) => !REQUIRED_CONTENTS.some((c) => c.id === id),
  );
  if (unknown.length > 0)
    throw new AppError('entrada_invalida', `Estos contenidos no existen: ${unknown.join(', ')}.`);
  const now = deps.clock.now();
  await deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    for (const [contenidoId, respuesta] of Object.entries(input.respuestas))
      await tx
        .insert(expedienteSuficiencia)
        .values({ municipalityId: input.codigo, contenidoId, respuesta, actualizadoEn: now })
        .onConflictDoUpdate({
          target: [expedienteSuficiencia.municipalityId, expedienteSuficiencia.contenidoId],
          set: { respuesta, actualizadoEn: now },
        });
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'expediente.suficiencia',
      objeto: `expediente:${input.codigo}`,
      detalle: { respuestas: input.respuestas },
      ocurridoEn: now,
    });
  });
}

/** Saves the conclusions and recommendations the office writes for the DSE of a year. */
export async function saveConclusions(
  deps: Deps,
  input: {
    codigo: string;
    actor: Actor;
    anio: number;
    conclusiones: string;
    recomendaciones: string;
    destinatarios?: string[] | null;
  },
) {
  const now = deps.clock.now();
  const row = {
    conclusiones: input.conclusiones,
    recomendaciones: input.recomendaciones,
    destinatarios: input.destinatarios ?? null,
    actualizadoEn: now,
  };
  await deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    await tx
      .insert(expedienteConclusiones)
      .values({ municipalityId: input.codigo, anio: input.anio, ...row })
      .onConflictDoUpdate({
        target: [expedienteConclusiones.municipalityId, expedienteConclusiones.anio],
        set: row,
      });
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'expediente.conclusiones',
      objeto: `dse:${input.anio}`,
      detalle: { caracteres: input.conclusiones.length + input.recomendaciones.length },
      ocurridoEn: now,
    });
  });
}
