import { municipios } from '@ruta-pot/db';
import { type Citation, formatSpanish, type IsoDate } from '@ruta-pot/domain';
import { type Block, h, p, renderDocx, renderPdf, type ReportDocument } from '@ruta-pot/reports';
import { eq } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { readAnalysis, type SavedAnalysis } from './analysis-store';
import { type LayerSummary, readLayerSummary } from './layer-read';
import { analysisMap } from './report-map';

/** Exposed parcels listed in the report (the total is always stated). */
export const REPORT_PARCELS = 100;

export const REPORT_FORMATS = ['docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_MIME: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const ha = (v: number) =>
  v.toLocaleString('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const citationBlock = (c: Citation): Block => ({
  kind: 'citation',
  norm: c.norm,
  article: c.article,
  ...(c.url ? { url: c.url } : {}),
  ...(c.note ? { note: c.note } : {}),
});

function uniqueCitations(citas: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citas.filter((c) => {
    const key = `${c.norm}|${c.article}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function tableBlocks(a: SavedAnalysis): Block[] {
  if (a.tabla.length === 0)
    return [
      h(1, '1. Suelo por categoría de amenaza'),
      p('Las dos capas no se superponen: no hay área de suelo dentro de la capa de amenaza.'),
    ];
  return [
    h(1, '1. Suelo por categoría de amenaza'),
    p(
      `Hectáreas de cada clase de suelo dentro de cada categoría de amenaza, medidas en MAGNA-SIRGAS Origen Nacional (EPSG:9377). Total superpuesto: ${ha(a.totalHa)} ha.`,
    ),
    {
      kind: 'table',
      caption: 'Clase de suelo × categoría de amenaza (ha)',
      columns: ['Clase de suelo', 'Categoría de amenaza', 'Hectáreas', 'Condición de amenaza'],
      rows: a.tabla.map((r) => [
        r.claseEtiqueta,
        r.categoriaEtiqueta,
        ha(r.ha),
        r.condicionAmenaza ? 'Sí' : 'No',
      ]),
      widths: [3, 3, 2, 2],
      numeric: [2],
    },
  ];
}

function conditionBlocks(a: SavedAnalysis): Block[] {
  const entries = Object.entries(a.condicionAmenaza.porClase);
  const byClass = new Map(a.tabla.map((r) => [r.clase, r.claseEtiqueta]));
  const blocks: Block[] = [
    h(1, '2. Áreas con condición de amenaza'),
    p(
      a.condicionAmenaza.ha > 0
        ? `El plan deja ${ha(a.condicionAmenaza.ha)} ha de suelo urbano, de expansión, suburbano o de centros poblados en amenaza alta o media. En esas áreas los estudios detallados son requisito para desarrollarlas.`
        : 'No hay suelo urbano, de expansión, suburbano ni de centros poblados en amenaza alta o media en estas capas.',
    ),
  ];
  if (entries.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Condición de amenaza por clase de suelo (ha)',
      columns: ['Clase de suelo', 'Hectáreas'],
      rows: entries.map(([clase, v]) => [byClass.get(clase) ?? clase, ha(v)]),
      widths: [3, 2],
      numeric: [1],
    });
  blocks.push(
    a.condicionRiesgo
      ? p(`Áreas con condición de riesgo: ${ha(a.condicionRiesgo.ha)} ha.`)
      : {
          kind: 'note',
          text: 'Las áreas con condición de riesgo no se calcularon en este análisis.',
        },
  );
  return blocks;
}

function parcelBlocks(a: SavedAnalysis): Block[] {
  const blocks: Block[] = [h(1, '3. Predios expuestos')];
  if (!a.capas.predios) {
    blocks.push(
      p(
        'El municipio no ha cargado una capa de predios: no se pueden listar los predios expuestos.',
      ),
    );
    return blocks;
  }
  const listed = a.prediosExpuestos.slice(0, REPORT_PARCELS);
  blocks.push(
    p(
      `${a.prediosTotal.toLocaleString('es-CO')} predios de la capa «${a.capas.predios.nombre}» quedan, en parte o del todo, en amenaza alta o media.` +
        (a.prediosTotal > listed.length
          ? ` Se listan los primeros ${listed.length} (primero los de amenaza alta).`
          : ''),
    ),
  );
  if (listed.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Predios en amenaza alta o media',
      columns: ['Elemento', 'Código predial', 'Categoría', 'Hectáreas expuestas'],
      rows: listed.map((r) => [
        r.entidad,
        r.codigo,
        r.categoria === 'alta' ? 'Alta' : 'Media',
        ha(r.ha),
      ]),
      widths: [1, 4, 2, 2],
      numeric: [3],
    });
  return blocks;
}

function scaleBlocks(a: SavedAnalysis): Block[] {
  const blocks: Block[] = [h(1, '4. Escala de los estudios')];
  if (a.escala.length === 0) {
    blocks.push({
      kind: 'note',
      text: 'La verificación de la escala de las capas no está disponible para este análisis.',
    });
    return blocks;
  }
  for (const v of a.escala) {
    blocks.push(h(2, v.nombre), p(v.mensaje));
    blocks.push(...v.citas.map(citationBlock));
  }
  return blocks;
}

const scaleText = (d: number | null) => (d === null ? null : `1:${d.toLocaleString('es-CO')}`);

function layerBlocks(layers: readonly LayerSummary[]): Block[] {
  return [
    h(1, '5. Capas usadas'),
    {
      kind: 'table',
      caption: 'Capas y metadatos declarados',
      columns: [
        'Capa',
        'Tipo',
        'Entidad',
        'Estudio',
        'Escala',
        'Fecha',
        'Autor',
        'Sistema de origen',
      ],
      rows: layers.map((l) => [
        l.nombre,
        l.tipoEtiqueta,
        l.metadatos.entidad,
        l.metadatos.estudio,
        scaleText(l.metadatos.escala),
        l.metadatos.fecha,
        l.metadatos.autor,
        `EPSG:${l.crsOrigen} (${l.formato})`,
      ]),
      widths: [3, 3, 2, 3, 2, 2, 2, 2],
    },
  ];
}

function sourcesOf(layers: readonly LayerSummary[]): string[] {
  return layers.map((l) => {
    const m = l.metadatos;
    const parts = [m.entidad, m.estudio, scaleText(m.escala), m.fecha, m.autor].filter(
      (x): x is string => x !== null,
    );
    return `«${l.nombre}» (${l.tipoEtiqueta}): ${parts.length > 0 ? parts.join(', ') : 'fuente no declarada'}; cargada el ${l.creadoEn.slice(0, 10)}, ${l.entidades} elementos.`;
  });
}

/** A layer's source in a few words, for the map's margin. */
function mapSource(l: LayerSummary): string {
  const m = l.metadatos;
  const parts = [m.entidad, m.estudio, scaleText(m.escala), m.fecha].filter(
    (x): x is string => x !== null,
  );
  return `${l.nombre}: ${parts.length > 0 ? parts.join(', ') : 'fuente no declarada'}.`;
}

/** The report of a saved analysis as a document model. */
export function analysisDocument(
  a: SavedAnalysis,
  context: {
    municipio: string;
    fecha: string;
    layers: readonly LayerSummary[];
    /** The map (report-map.ts); absent when the layers have no geometry. */
    mapa?: Block | null;
  },
): ReportDocument {
  return {
    title: 'Análisis de suelo por amenaza',
    subtitle: `«${a.capas.suelo.nombre}» × «${a.capas.amenaza.nombre}»`,
    municipality: context.municipio,
    date: context.fecha,
    footer: `Análisis de suelo por amenaza — ${context.municipio}`,
    blocks: [
      p(
        `Análisis guardado el ${formatSpanish(a.creadoEn.slice(0, 10) as IsoDate)}. Cruza la clasificación del suelo con la zonificación de amenaza para identificar las áreas con condición de amenaza (Decreto 1077 de 2015).`,
      ),
      ...(context.mapa ? [context.mapa] : []),
      ...tableBlocks(a),
      ...conditionBlocks(a),
      ...parcelBlocks(a),
      ...scaleBlocks(a),
      ...layerBlocks(context.layers),
      h(1, '6. Normas'),
      ...uniqueCitations(a.citas).map(citationBlock),
      {
        kind: 'note',
        text: 'Las cifras salen de las capas tal como las cargó el municipio; su exactitud depende de la de los estudios de origen.',
      },
    ],
    sources: sourcesOf(context.layers),
  };
}

async function layersOf(deps: Deps, codigo: string, a: SavedAnalysis) {
  const refs = [a.capas.suelo, a.capas.amenaza, ...(a.capas.predios ? [a.capas.predios] : [])];
  const found: LayerSummary[] = [];
  for (const ref of refs) {
    try {
      found.push(await readLayerSummary(deps, { codigo, capaId: ref.capaId }));
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'no_encontrado')) throw error;
    }
  }
  return found;
}

/** The DOCX or PDF report of a saved analysis, with its file name. */
export async function renderAnalysisReport(
  deps: Deps,
  input: { codigo: string; id: string; formato: ReportFormat },
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { codigo } = input;
  const a = await readAnalysis(deps, { codigo, id: input.id });
  const [municipio] = await deps.db.withContext({ municipio: codigo }, (tx) =>
    tx
      .select({ nombre: municipios.nombre, departamento: municipios.departamento })
      .from(municipios)
      .where(eq(municipios.codigo, codigo)),
  );
  const layers = await layersOf(deps, codigo, a);
  const mapa = await analysisMap(deps, {
    codigo,
    analysis: a,
    sources: layers.map((l) => mapSource(l)),
  });
  const doc = analysisDocument(a, {
    municipio: municipio ? `${municipio.nombre} (${municipio.departamento})` : codigo,
    fecha: formatSpanish(todayInColombia(deps.clock) as IsoDate),
    layers,
    mapa,
  });
  const bytes = input.formato === 'docx' ? await renderDocx(doc) : await renderPdf(doc);
  return {
    bytes,
    fileName: `analisis-suelo-amenaza-${codigo}-${a.id.slice(0, 8)}.${input.formato}`,
  };
}
