import type {
  AutomaticSource,
  ExecutionProject,
  IndicatorDirection,
  Measurement,
  PlanType,
  ReportRecipient,
} from '@ruta-pot/domain';
import {
  determinePlanType,
  evaluateSufficiency,
  findIndicatorDefinition,
  layerOriginText,
  RECIPIENT_LABELS,
  reportRecipients,
  summarizeExecution,
  trackIndicator,
} from '@ruta-pot/domain';

import type { ExpedienteData, IndicatorRow } from './read-model';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Cumulative execution per year, as the automatic execution indicators measure it. */
function executionSeries(projects: readonly ExecutionProject[], kind: 'fisica' | 'financiera') {
  const years = [...new Set(projects.flatMap((p) => p.ejecucion.map((e) => e.anio)))].sort();
  const cost = projects.reduce((s, p) => s + p.costoCop, 0);
  if (cost === 0) return [];
  return years.map((anio) => {
    if (kind === 'financiera') {
      const spent = projects
        .flatMap((p) => p.ejecucion)
        .filter((e) => e.anio <= anio)
        .reduce((s, e) => s + e.ejecutadoCop, 0);
      return { anio, valor: round1((spent / cost) * 100) };
    }
    const weighted = projects.reduce((s, p) => {
      const last = p.ejecucion
        .filter((e) => e.anio <= anio)
        .sort((a, b) => a.anio - b.anio)
        .at(-1);
      return s + (last?.avanceFisico ?? 0) * p.costoCop;
    }, 0);
    return { anio, valor: round1(weighted / cost) };
  });
}

interface AutomaticContext {
  data: ExpedienteData;
  anio: number;
  suficiencia: number | null;
  articulacion: number | null;
  enPlanActual: number | null;
}

/** Values the platform already knows: never typed, never invented (empty when unknown). */
function automaticMeasurements(source: AutomaticSource, ctx: AutomaticContext): Measurement[] {
  const single = (v: number | null) => (v === null ? [] : [{ anio: ctx.anio, valor: v }]);
  switch (source) {
    case 'poblacion_dane':
      return ctx.data.poblacion.map((p) => ({ anio: p.anio, valor: p.poblacion }));
    case 'ejecucion_fisica':
      return executionSeries(ctx.data.proyectosDominio, 'fisica');
    case 'ejecucion_financiera':
      return executionSeries(ctx.data.proyectosDominio, 'financiera');
    case 'suficiencia':
      return single(ctx.suficiencia);
    case 'articulacion':
      return single(ctx.articulacion);
    case 'proyectos_en_plan_desarrollo':
      return single(ctx.enPlanActual);
  }
}

/**
 * The area the municipality's layers measure for an indicator, with the sentence that cites them
 * («Tomado de la capa …»); null when the cartography says nothing about it.
 */
function cartographyOf(row: IndicatorRow, ctx: AutomaticContext) {
  const value = ctx.data.cartografia.get(row.id);
  return value ? { ...value, texto: layerOriginText(value.capas) } : null;
}

/**
 * Typed measurements, plus the layer's area for its year when the office typed none for that
 * year: the platform knows it, and a typed value always wins (never silently overwritten).
 */
function typedOrLayerMeasurements(row: IndicatorRow, ctx: AutomaticContext) {
  const typed = ctx.data.mediciones
    .filter((m) => m.indicadorId === row.id)
    .map((m) => ({ anio: m.anio, valor: m.valor, evidencia: m.evidencia }));
  const layer = cartographyOf(row, ctx);
  if (!layer || typed.some((m) => m.anio === layer.anio)) return typed;
  return [...typed, { anio: layer.anio, valor: layer.valor, evidencia: layer.texto }].sort(
    (a, b) => a.anio - b.anio,
  );
}

function baselineOf(
  row: IndicatorRow,
  known: {
    automatic: AutomaticSource | null;
    mediciones: readonly Measurement[];
    cartografia: ReturnType<typeof cartographyOf>;
  },
) {
  const { automatic, mediciones, cartografia } = known;
  if (row.lineaBase !== null && row.anioBase !== null) {
    const origen = row.lineaBaseOrigen ? layerOriginText(row.lineaBaseOrigen.capas) : null;
    return { lineaBase: { anio: row.anioBase, valor: row.lineaBase }, origen };
  }
  if (automatic && mediciones[0])
    return { lineaBase: { anio: mediciones[0].anio, valor: mediciones[0].valor }, origen: null };
  if (cartografia)
    return {
      lineaBase: { anio: cartografia.anio, valor: cartografia.valor },
      origen: cartografia.texto,
    };
  return { lineaBase: null, origen: null };
}

function indicatorView(row: IndicatorRow, ctx: AutomaticContext) {
  const definition = findIndicatorDefinition(row.id);
  const automatic = row.automatico as AutomaticSource | null;
  const mediciones = automatic
    ? automaticMeasurements(automatic, ctx)
    : typedOrLayerMeasurements(row, ctx);
  const cartografia = cartographyOf(row, ctx);
  const { lineaBase, origen } = baselineOf(row, {
    automatic,
    mediciones,
    cartografia,
  });
  const meta =
    row.meta !== null && row.anioMeta !== null ? { anio: row.anioMeta, valor: row.meta } : null;
  return {
    id: row.id,
    nombre: row.nombre,
    dimension: row.dimension,
    definicion: row.definicion,
    unidad: row.unidad,
    formula: row.formula,
    fuente: row.fuente,
    sentido: row.sentido as IndicatorDirection,
    automatico: automatic,
    lineaBase,
    lineaBaseAutomatica: row.lineaBase === null && lineaBase !== null,
    /** «Tomado de la capa …» when the baseline comes from the cartography (read or adopted). */
    origenLineaBase: origen,
    /** What the layers measure now, offered to the office even when it typed another value. */
    cartografia,
    meta,
    mediciones,
    seguimiento: trackIndicator({
      sentido: row.sentido as IndicatorDirection,
      lineaBase,
      meta,
      mediciones,
    }),
    citas: [...(definition?.citas ?? [])],
  };
}

export type IndicatorView = ReturnType<typeof indicatorView>;

/**
 * The expediente as the office, the mayor and the DSE read it: indicators with their automatic
 * values and whether each is on track, the programa de ejecución against each development plan,
 * the sufficiency analysis for the plan type, and who receives the yearly report.
 */
export function buildOverview(data: ExpedienteData, input: { anio: number }) {
  const poblacion = data.poblacion.at(-1) ?? null;
  const tipoPlan: PlanType | null = poblacion
    ? determinePlanType({ population: poblacion.poblacion }).planType
    : null;
  const ejecucion = summarizeExecution(data.proyectosDominio, data.planesDesarrollo);
  const suficiencia = tipoPlan ? evaluateSufficiency(tipoPlan, data.suficiencia) : null;
  const actual = ejecucion.porPlanDesarrollo.find(
    (c) => c.plan.anioInicio <= input.anio && c.plan.anioFin >= input.anio,
  );
  const ctx: AutomaticContext = {
    data,
    anio: input.anio,
    suficiencia: suficiencia?.porcentaje ?? null,
    articulacion: ejecucion.articulacion,
    enPlanActual:
      actual && actual.programados > 0
        ? round1((actual.incluidos / actual.programados) * 100)
        : null,
  };
  const conclusiones = data.conclusiones.find((c) => c.anio === input.anio) ?? null;
  const destinatarios = reportRecipients({
    poblacion: poblacion?.poblacion ?? null,
    configurados: (conclusiones?.destinatarios ?? null) as ReportRecipient[] | null,
  });
  const indicadores = data.indicadores.map((row) => indicatorView(row, ctx));
  return {
    anio: input.anio,
    tipoPlan,
    poblacion,
    indicadores,
    rezagados: indicadores.filter((i) => i.seguimiento.estado === 'rezagada').length,
    ejecucion,
    planDesarrolloActual: actual ?? null,
    suficiencia,
    conclusiones: conclusiones
      ? { conclusiones: conclusiones.conclusiones, recomendaciones: conclusiones.recomendaciones }
      : null,
    destinatarios: {
      ...destinatarios,
      etiquetas: destinatarios.destinatarios.map((d) => RECIPIENT_LABELS[d]),
    },
  };
}

export type ExpedienteOverview = ReturnType<typeof buildOverview>;

/**
 * What the expediente page lists: each indicator's status without its series, definition and
 * sources, which the page asks for when a row is opened. A large municipality's list stays a few
 * kilobytes on the wire instead of hundreds (offices on poor connections; bench «expediente»).
 */
export function listView(o: ExpedienteOverview) {
  return {
    ...o,
    indicadores: o.indicadores.map(
      ({ mediciones, definicion: _d, formula: _f, fuente: _s, citas: _c, ...row }) => ({
        ...row,
        nMediciones: mediciones.length,
      }),
    ),
  };
}
