import {
  ANSWER_OUTCOME_LABELS,
  type AnswerOutcome,
  APORTE_LIFECYCLE,
  CAR_ROUND_LIFECYCLE,
  type CarRoundState,
  CITES,
  formatSpanish,
  type IsoDate,
} from '@ruta-pot/domain';
import type { Block, ReportDocument } from '@ruta-pot/reports';
import { h, p } from '@ruta-pot/reports';

import type { PackData } from './pack-data';

const EVENT_LABELS: Record<string, string> = {
  taller: 'Taller',
  mesa: 'Mesa de trabajo',
  audiencia_publica: 'Audiencia pública',
  exhibicion: 'Exhibición de documentos',
  cabildo_abierto: 'Cabildo abierto',
  consejo_gobierno: 'Consejo de Gobierno',
  otro: 'Otro',
};
const fecha = (d: string) => formatSpanish(d as IsoDate);
const outcome = (r: string | null) =>
  r ? ANSWER_OUTCOME_LABELS[r as AnswerOutcome] : 'Sin respuesta';
const state = (s: string) =>
  APORTE_LIFECYCLE.labels[s as keyof typeof APORTE_LIFECYCLE.labels] ?? s;
const changed = (a: PackData['aportes'][number]) =>
  a.articulo ? `${a.articulo}${a.version ? ` (versión ${a.version})` : ''}` : (a.elemento ?? '');

/** One row of the public, pseudonymised response matrix (no names, contacts or addresses). */
export function matrixRows(d: PackData): string[][] {
  return d.aportes.map((a) => [
    a.codigo,
    a.fecha,
    a.origen,
    a.tema ?? '',
    a.grupo ?? '',
    state(a.estado),
    outcome(a.resultado),
    a.razones ?? '',
    changed(a),
  ]);
}
export const MATRIX_COLUMNS = [
  'Aporte',
  'Fecha',
  'Origen',
  'Tema',
  'Grupo',
  'Estado',
  'Resultado',
  'Razones',
  'Qué cambió',
];

function countBy<T>(items: readonly T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
}

function councilBlocks(d: PackData): Block[] {
  const sessions = [
    ...d.consejoGobierno.map((c) => ({
      fecha: c.fecha,
      detalle: c.nota ?? 'Registrado en La Ruta',
    })),
    ...d.eventos
      .filter((e) => e.tipo === 'consejo_gobierno')
      .map((e) => ({ fecha: e.fecha, detalle: e.titulo })),
  ].sort((a, b) => a.fecha.localeCompare(b.fecha));
  return [
    h(1, '1. Consejo de Gobierno'),
    p(
      sessions.length > 0
        ? 'El alcalde, por medio de la oficina de planeación, sometió el proyecto a consideración del Consejo de Gobierno antes de la concertación ambiental.'
        : 'No hay registro del Consejo de Gobierno: la ley exige someter el proyecto a su consideración antes de la concertación con la autoridad ambiental.',
    ),
    ...(sessions.length > 0
      ? [
          {
            kind: 'table' as const,
            columns: ['Fecha', 'Registro'],
            rows: sessions.map((s) => [fecha(s.fecha), s.detalle]),
          },
        ]
      : []),
    { kind: 'citation', norm: CITES.art24inc1.norm, article: CITES.art24inc1.article },
  ];
}

function eventsBlocks(d: PackData): Block[] {
  const total = d.eventos.reduce((s, e) => s + e.asistentes, 0);
  return [
    h(1, '2. Consulta democrática: convocatorias y eventos'),
    p(
      `${d.eventos.length} eventos con ${total.toLocaleString('es-CO')} asistentes en total. Las listas de asistencia son datos personales y no se incluyen en esta versión.`,
    ),
    {
      kind: 'table',
      columns: ['Fecha', 'Tipo', 'Evento', 'Lugar', 'Asistentes'],
      rows: d.eventos.map((e) => [
        e.fecha,
        EVENT_LABELS[e.tipo] ?? e.tipo,
        e.titulo,
        e.lugar,
        e.asistentes,
      ]),
      numeric: [4],
    },
    { kind: 'citation', norm: CITES.art24num4.norm, article: CITES.art24num4.article },
  ];
}

function aportesBlocks(d: PackData): Block[] {
  return [
    h(1, '3. Aportes recibidos y su respuesta'),
    p(`${d.aportes.length} aportes registrados (portal, eventos, ventanilla, CTP y CAR).`),
    {
      kind: 'table',
      columns: ['Tema', 'Aportes'],
      rows: countBy(d.aportes, (a) => a.tema ?? 'Sin clasificar'),
      numeric: [1],
    },
    {
      kind: 'table',
      columns: ['Resultado', 'Aportes'],
      rows: countBy(d.aportes, (a) => outcome(a.resultado)),
      numeric: [1],
    },
    h(2, 'Matriz de respuestas (seudonimizada)'),
    {
      kind: 'table',
      columns: ['Aporte', 'Tema', 'Resultado', 'Qué cambió'],
      rows: d.aportes.map((a) => [a.codigo, a.tema ?? '', outcome(a.resultado), changed(a)]),
    },
  ];
}

function carBlocks(d: PackData): Block[] {
  const blocks: Block[] = [h(1, '4. Concertación con la autoridad ambiental')];
  if (d.rondas.length === 0) blocks.push(p('No hay rondas de concertación registradas.'));
  for (const r of d.rondas) {
    blocks.push(
      h(2, `Ronda ${r.numero}: radicada el ${fecha(r.radicada)}`),
      p(
        r.acta
          ? `Acta del ${fecha(r.acta)}: ${CAR_ROUND_LIFECYCLE.labels[r.estado as CarRoundState] ?? r.estado}.`
          : 'Sin acta: el silencio de la autoridad ambiental no equivale a aprobación.',
      ),
      {
        kind: 'table',
        columns: ['Tema', 'Observación', 'Respuesta del municipio'],
        rows: r.observaciones.map((o) => [
          o.tema.replace('_', ' '),
          o.texto,
          o.respuesta ?? 'Sin respuesta',
        ]),
      },
    );
  }
  blocks.push({ kind: 'citation', norm: CITES.art24num1.norm, article: CITES.art24num1.article });
  return blocks;
}

/** The CTP's recommendations are aportes of origin «ctp»: each one with its answer (art. 24 num. 3). */
function ctpRecommendations(d: PackData): Block[] {
  const recs = d.aportes.filter((a) => a.origen === 'ctp');
  if (recs.length === 0) return [];
  return [
    h(2, 'Recomendaciones del CTP y su respuesta'),
    {
      kind: 'table',
      columns: ['Recomendación', 'Tema', 'Resultado', 'Razones'],
      rows: recs.map((a) => [a.codigo, a.tema ?? '', outcome(a.resultado), a.razones ?? '']),
    },
  ];
}

function ctpConcejoBlocks(d: PackData): Block[] {
  return [
    h(1, '5. Consejo Territorial de Planeación'),
    p(
      d.ctp?.fecha
        ? `Concepto emitido el ${fecha(d.ctp.fecha)}: ${d.ctp.concepto ?? ''}`
        : 'Sin concepto registrado.',
    ),
    ...ctpRecommendations(d),
    { kind: 'citation', norm: CITES.art24num3.norm, article: CITES.art24num3.article },
    h(1, '6. Concejo municipal y cabildo abierto'),
    d.concejo.length === 0
      ? p('Sin registros del Concejo.')
      : {
          kind: 'table',
          columns: ['Fecha', 'Actuación', 'Descripción'],
          rows: d.concejo.map((c) => [c.fecha, c.tipo.replace('_', ' '), c.descripcion]),
        },
    { kind: 'citation', norm: CITES.ley507art2.norm, article: CITES.ley507art2.article },
  ];
}

/** The memoria de participación as a report model (public version: no personal data). */
export function memoriaDocument(d: PackData, fecha: string): ReportDocument {
  return {
    title: 'Memoria de participación',
    subtitle: 'Consulta democrática, concertación y aprobación del plan de ordenamiento',
    municipality: `${d.municipio.nombre} (${d.municipio.departamento})`,
    date: fecha,
    footer: `Memoria de participación — ${d.municipio.nombre}`,
    blocks: [
      ...councilBlocks(d),
      ...eventsBlocks(d),
      ...aportesBlocks(d),
      ...carBlocks(d),
      ...ctpConcejoBlocks(d),
    ],
  };
}
