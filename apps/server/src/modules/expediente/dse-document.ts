import type { Citation } from '@ruta-pot/domain';
import { EXPEDIENTE_SOURCES, formatSpanish, type IsoDate } from '@ruta-pot/domain';
import type { Block, ReportDocument } from '@ruta-pot/reports';
import { h, p } from '@ruta-pot/reports';

import type { ExpedienteOverview, IndicatorView } from './overview';

/** What the DSE needs besides the expediente: the municipality and the plan in force. */
export interface DseContext {
  municipio: { codigo: string; nombre: string; departamento: string };
  plan: { instrumento: string; adopcion: IsoDate; revisionGeneral?: IsoDate };
  fecha: IsoDate;
  oficina: string;
}

const STATUS_LABELS = {
  cumplida: 'Meta cumplida',
  en_camino: 'En camino',
  rezagada: 'Rezagado',
  sin_meta: 'Sin meta',
  sin_datos: 'Sin datos',
} as const;
const ANSWER_LABELS = {
  contiene: 'Lo contiene',
  parcial: 'Parcialmente',
  no_contiene: 'No lo contiene',
};
const millions = (cop: number) => Math.round(cop / 1_000_000);
const pct = (n: number | null) => (n === null ? null : `${n.toLocaleString('es-CO')} %`);
const citationBlock = (c: Citation): Block => ({
  kind: 'citation',
  norm: c.norm,
  article: c.article,
  ...(c.url ? { url: c.url } : {}),
  ...(c.note ? { note: c.note } : {}),
});

/** «Ley 388 de 1997, arts. 12, 16 y 17»: one norm named once with its articles. */
function citedArticles(citas: readonly Citation[]): string {
  const byNorm = new Map<string, string[]>();
  for (const c of citas) byNorm.set(c.norm, [...(byNorm.get(c.norm) ?? []), c.article]);
  return [...byNorm]
    .map(([norm, arts]) =>
      arts.length === 1
        ? `${norm}, art. ${arts[0]}`
        : `${norm}, arts. ${arts.slice(0, -1).join(', ')} y ${arts.at(-1)}`,
    )
    .join('; ');
}

function sufficiency(o: ExpedienteOverview): Block[] {
  const s = o.suficiencia;
  if (!s || !o.tipoPlan)
    return [
      h(1, '1. Análisis de suficiencia'),
      p(
        'Sin dato de población no se puede establecer el tipo de plan ni los contenidos que la ley le exige.',
      ),
    ];
  return [
    h(1, '1. Análisis de suficiencia'),
    p(
      `Contenidos que la Ley 388 de 1997 (arts. 11 a 18) exige a un ${o.tipoPlan}, y si el plan vigente los contiene según la oficina de planeación. Respondidos: ${s.respondidos} de ${s.requeridos}.`,
    ),
    p([
      { text: 'Suficiencia: ', bold: true },
      {
        text:
          s.porcentaje === null
            ? 'sin dato (faltan respuestas).'
            : `${s.porcentaje.toLocaleString('es-CO')} %.`,
      },
    ]),
    {
      kind: 'table',
      caption: 'Contenidos exigidos',
      columns: ['Componente', 'Contenido', 'Respuesta', 'Fuente'],
      widths: [1.6, 4, 1.4, 1.6],
      rows: s.contenidos.map((c) => [
        c.contenido.componente,
        c.contenido.texto,
        c.respuesta ? ANSWER_LABELS[c.respuesta] : null,
        citedArticles(c.contenido.citas),
      ]),
    },
  ];
}

function articulation(o: ExpedienteOverview): Block[] {
  const e = o.ejecucion;
  return [
    h(1, '2. Análisis de articulación'),
    p(
      'Relación entre los objetivos del plan y los proyectos de su programa de ejecución: un proyecto que no declara a qué objetivo sirve no puede evaluarse frente al modelo de ocupación.',
    ),
    p([
      { text: 'Proyectos articulados a un objetivo: ', bold: true },
      { text: pct(e.articulacion) ?? 'sin dato (no hay proyectos registrados).' },
    ]),
  ];
}

function indicatorRows(list: readonly IndicatorView[]) {
  return list.map((i) => [
    i.nombre,
    i.unidad,
    // A baseline read from the cartography cites its layer (sources cited, issue 15).
    i.lineaBase
      ? `${i.lineaBase.valor.toLocaleString('es-CO')} (${i.lineaBase.anio})${i.origenLineaBase ? `. ${i.origenLineaBase}` : ''}`
      : null,
    i.meta ? `${i.meta.valor.toLocaleString('es-CO')} (${i.meta.anio})` : null,
    i.seguimiento.ultima
      ? `${i.seguimiento.ultima.valor.toLocaleString('es-CO')} (${i.seguimiento.ultima.anio})`
      : null,
    STATUS_LABELS[i.seguimiento.estado],
  ]);
}

function execution(o: ExpedienteOverview): Block[] {
  const e = o.ejecucion;
  const blocks: Block[] = [
    h(1, '3. Seguimiento a la ejecución'),
    h(2, '3.1 Programa de ejecución'),
    p(
      `${e.proyectos} proyectos con un costo programado de ${millions(e.costoTotalCop).toLocaleString('es-CO')} millones de pesos. Ejecución física: ${pct(e.ejecucionFisica) ?? 'sin dato'}; ejecución financiera: ${pct(e.ejecucionFinanciera) ?? 'sin dato'}.`,
    ),
  ];
  if (e.porPlanDesarrollo.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Proyectos del programa de ejecución en cada Plan de Desarrollo (millones de pesos)',
      columns: [
        'Plan de Desarrollo',
        'Proyectos del período',
        'Incluidos',
        'Valor por fuera',
        'Ejecutado en el período',
      ],
      widths: [3, 1.3, 1.1, 1.4, 1.6],
      numeric: [1, 2, 3, 4],
      rows: e.porPlanDesarrollo.map((c) => [
        c.plan.nombre,
        c.programados,
        c.incluidos,
        millions(c.costoFaltanteCop),
        millions(c.ejecutadoEnPeriodoCop),
      ]),
    });
  for (const c of e.porPlanDesarrollo.filter((x) => x.faltantes.length > 0))
    blocks.push(
      p([
        { text: `Por fuera del ${c.plan.nombre}: `, bold: true },
        { text: c.faltantes.map((f) => `${f.codigo} ${f.nombre}`).join('; ') + '.' },
      ]),
    );
  if (e.porFuente.length > 0)
    blocks.push({
      kind: 'chart',
      chart: 'bar',
      title: 'Costo programado por fuente de financiación',
      unit: 'millones de pesos',
      categories: e.porFuente.map((f) => f.etiqueta),
      values: e.porFuente.map((f) => millions(f.costoCop)),
    });
  blocks.push(h(2, '3.2 Indicadores'));
  const offTrack = o.indicadores.filter((i) => i.seguimiento.estado === 'rezagada');
  blocks.push(
    p(
      `${o.indicadores.length} indicadores; ${offTrack.length} rezagados frente a la línea recta de su línea base a su meta. Un dato que falta se muestra como «sin dato»: este documento no estima valores.`,
    ),
  );
  if (o.indicadores.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Indicadores del expediente',
      columns: ['Indicador', 'Unidad', 'Línea base', 'Meta', 'Última medición', 'Estado'],
      widths: [3, 1.2, 1.3, 1.3, 1.5, 1.2],
      rows: indicatorRows(o.indicadores),
    });
  for (const i of o.indicadores.filter((x) => x.mediciones.length > 1))
    blocks.push({
      kind: 'chart',
      chart: 'line',
      title: i.nombre,
      unit: i.unidad,
      categories: i.mediciones.map((m) => String(m.anio)),
      values: i.mediciones.map((m) => m.valor),
      ...(i.meta ? { target: i.meta.valor } : {}),
    });
  return blocks;
}

function conclusions(o: ExpedienteOverview): Block[] {
  const c = o.conclusiones;
  const text = (value: string | undefined, missing: string) =>
    value?.trim()
      ? value
          .trim()
          .split(/\n{2,}/)
          .map((para) => p(para))
      : [{ kind: 'note', text: missing } as Block];
  return [
    h(1, '4. Conclusiones'),
    ...text(c?.conclusiones, 'La oficina de planeación no ha escrito conclusiones para este año.'),
    h(1, '5. Recomendaciones para la revisión'),
    ...text(
      c?.recomendaciones,
      'La oficina de planeación no ha escrito recomendaciones para este año.',
    ),
  ];
}

/**
 * The documento de seguimiento y evaluación (R-DSE-01): sufficiency, articulation, follow-up of
 * execution with indicators and charts, and the office's conclusions and recommendations. Built
 * only from recorded data; every missing value prints «sin dato».
 */
export function buildDseDocument(o: ExpedienteOverview, ctx: DseContext): ReportDocument {
  const { municipio, plan } = ctx;
  const intro: Block[] = [
    h(1, 'Presentación'),
    p(
      `Documento de seguimiento y evaluación del plan de ordenamiento territorial de ${municipio.nombre} (${municipio.departamento}), año ${o.anio}, generado por Ruta POT con la información del expediente municipal.`,
    ),
    p([
      { text: 'Plan vigente: ', bold: true },
      {
        text: `${plan.instrumento}, adoptado el ${formatSpanish(plan.adopcion)}${plan.revisionGeneral ? `; última revisión general el ${formatSpanish(plan.revisionGeneral)}` : ''}.`,
      },
    ]),
    p([
      { text: 'Tipo de plan: ', bold: true },
      { text: o.tipoPlan ?? 'sin dato' },
      {
        text: o.poblacion
          ? ` (población DANE ${o.poblacion.anio}: ${o.poblacion.poblacion.toLocaleString('es-CO')} habitantes).`
          : '.',
      },
    ]),
    p([
      { text: 'Destinatarios del informe: ', bold: true },
      { text: `${o.destinatarios.etiquetas.join(', ')}. ${o.destinatarios.explicacion}` },
    ]),
  ];
  const citations = [
    EXPEDIENTE_SOURCES.seguimiento,
    EXPEDIENTE_SOURCES.art112,
    EXPEDIENTE_SOURCES.dseEnRevision,
    EXPEDIENTE_SOURCES.art18,
    EXPEDIENTE_SOURCES.art29,
  ];
  return {
    title: 'Documento de seguimiento y evaluación',
    subtitle: `Plan de ordenamiento territorial — año ${o.anio}`,
    municipality: `${municipio.nombre} (${municipio.departamento})`,
    date: formatSpanish(ctx.fecha),
    author: ctx.oficina,
    footer: `Seguimiento y evaluación del POT de ${municipio.nombre}, ${o.anio}`,
    blocks: [
      ...intro,
      ...sufficiency(o),
      ...articulation(o),
      ...execution(o),
      ...conclusions(o),
      h(1, 'Fundamento legal'),
      ...citations.map(citationBlock),
    ],
    sources: [
      'Expediente municipal registrado en Ruta POT por la oficina de planeación.',
      o.poblacion
        ? `DANE, proyecciones de población municipal (${o.poblacion.anio}).`
        : 'Población: sin dato.',
      'Metodología del expediente municipal y del seguimiento y evaluación del Ministerio de Vivienda, Ciudad y Territorio.',
    ],
  };
}

/**
 * The yearly informe de seguimiento for the Concejo (and the Consejo Consultivo de Ordenamiento
 * where it exists, Ley 388 art. 29): the same data as the DSE, addressed to its recipients, with
 * execution, indicators and the office's conclusions only.
 */
export function buildAnnualReport(o: ExpedienteOverview, ctx: DseContext): ReportDocument {
  const dse = buildDseDocument(o, ctx);
  const { municipio } = ctx;
  return {
    ...dse,
    title: 'Informe anual de seguimiento del plan de ordenamiento',
    subtitle: `Año ${o.anio} — para ${o.destinatarios.etiquetas.join(' y ')}`,
    footer: `Informe de seguimiento del POT de ${municipio.nombre}, ${o.anio}`,
    blocks: [
      h(1, 'Destinatarios'),
      p(`${o.destinatarios.etiquetas.join(', ')}. ${o.destinatarios.explicacion}`),
      citationBlock(EXPEDIENTE_SOURCES.art29),
      ...execution(o),
      ...conclusions(o),
    ],
  };
}
