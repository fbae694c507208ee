import { rowsOf, type Tx } from '@ruta-pot/db';
import {
  type Block,
  MAP_HEIGHT_MM,
  MAP_WIDTH_MM,
  type MapFigure,
  mapPng,
  type MapShape,
  type MapSymbol,
} from '@ruta-pot/reports';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import type { SavedAnalysis } from './analysis-store';
import { categoryLabel } from './layer-read';

/**
 * The map of the suelo × amenaza report: land classes as fills, hazard categories hatched over
 * them and the exposed parcels outlined, read from PostGIS as SVG paths (ST_AsSVG, EPSG:9377)
 * and drawn by @ruta-pot/reports' mapPng with legend, scale bar, north arrow and sources.
 */

/** Pixels across the map frame (map-figure.ts): geometries are simplified to half of one. */
const FRAME_PX = 1200;

const LAND_COLORS: Record<string, string> = {
  urbano: '#bdbdbd',
  expansion: '#fdd0a2',
  suburbano: '#dadaeb',
  centro_poblado: '#9e9ac8',
  rural: '#d9f0d3',
  proteccion: '#74c476',
};
const HAZARD_COLORS: Record<string, string> = {
  alta: '#d7191c',
  media: '#f28e2b',
  baja: '#e6c300',
};
const OTHER = ['#8da0cb', '#a6d854', '#e78ac3', '#66c2a5', '#b3b3b3'];
const HAZARD_ORDER = ['alta', 'media', 'baja'];

interface Paths {
  categoria: string | null;
  d: string;
}

/** One SVG path per category of a layer, simplified to the map's resolution. */
async function pathsByCategory(
  tx: Tx,
  layer: { codigo: string; capaId: string; tolerance: number },
  ids?: readonly number[],
): Promise<Paths[]> {
  const { codigo, capaId, tolerance } = layer;
  const only =
    ids === undefined
      ? sql``
      : sql`AND id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`;
  return rowsOf<Paths>(
    await tx.execute(sql`SELECT categoria, ST_AsSVG(ST_Multi(ST_CollectionExtract(
        ST_Collect(ST_SimplifyPreserveTopology(geom, ${tolerance})), 3)), 0, 1) AS d
      FROM capa_entidades WHERE municipality_id = ${codigo} AND capa_id = ${capaId}::uuid ${only}
      GROUP BY categoria ORDER BY categoria NULLS LAST`),
  ).filter((r) => r.d !== null && r.d !== '');
}

async function extentOf(tx: Tx, codigo: string, ids: readonly string[]) {
  const [row] = rowsOf<{ x0: number; y0: number; x1: number; y1: number }>(
    await tx.execute(sql`SELECT ST_XMin(e) AS x0, ST_YMin(e) AS y0, ST_XMax(e) AS x1, ST_YMax(e) AS y1
      FROM (SELECT ST_Extent(geom)::geometry AS e FROM capa_entidades
        WHERE municipality_id = ${codigo} AND capa_id IN (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})) t`),
  );
  if (!row || row.x0 === null) return null;
  const [x0, y0, x1, y1] = [row.x0, row.y0, row.x1, row.y1].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const margin = Math.max(x1 - x0, y1 - y0) * 0.03;
  return [x0 - margin, y0 - margin, x1 + margin, y1 + margin] as const;
}

function symbolsOf(
  layer: { prefix: string; tipo: string; style: MapSymbol['style'] },
  paths: readonly Paths[],
  colors: Record<string, string>,
): MapSymbol[] {
  const { prefix, tipo, style } = layer;
  return paths.map((p, i) => ({
    key: `${prefix}-${i}`,
    label: categoryLabel(tipo, p.categoria),
    style,
    color: (p.categoria && colors[p.categoria]) || OTHER[i % OTHER.length]!,
  }));
}

/** The report's map as an image block, or null when the layers have no geometry left. */
export async function analysisMap(
  deps: Deps,
  input: { codigo: string; analysis: SavedAnalysis; sources: readonly string[] },
): Promise<Block | null> {
  const { codigo, analysis: a } = input;
  const figure = await deps.db.withContext({ municipio: codigo }, async (tx) => {
    const extent = await extentOf(tx, codigo, [a.capas.suelo.capaId, a.capas.amenaza.capaId]);
    if (!extent) return null;
    const tolerance = ((extent[2] - extent[0]) / FRAME_PX) * 0.5;
    const suelo = await pathsByCategory(tx, { codigo, capaId: a.capas.suelo.capaId, tolerance });
    const rank = (c: string | null) => {
      const i = HAZARD_ORDER.indexOf(c ?? '');
      return i < 0 ? HAZARD_ORDER.length : i;
    };
    // Low hazard first, so high hazard is drawn on top.
    const amenaza = (
      await pathsByCategory(tx, { codigo, capaId: a.capas.amenaza.capaId, tolerance })
    ).sort((x, y) => rank(y.categoria) - rank(x.categoria));
    const exposed = a.prediosExpuestos.map((p) => p.entidad);
    const predios =
      a.capas.predios && exposed.length > 0
        ? await pathsByCategory(
            tx,
            { codigo, capaId: a.capas.predios.capaId, tolerance: tolerance / 2 },
            exposed,
          )
        : [];
    const landSymbols = symbolsOf(
      { prefix: 'suelo', tipo: 'clasificacion_suelo', style: 'fill' },
      suelo,
      LAND_COLORS,
    );
    const hazardSymbols = symbolsOf(
      { prefix: 'amenaza', tipo: a.capas.amenaza.tipo, style: 'hatch' },
      amenaza,
      HAZARD_COLORS,
    );
    const shapes: MapShape[] = [
      ...suelo.map((p, i) => ({ d: p.d, key: `suelo-${i}` })),
      ...amenaza.map((p, i) => ({ d: p.d, key: `amenaza-${i}` })),
      ...predios.map((p) => ({ d: p.d, key: 'predios' })),
    ];
    const fig: MapFigure = {
      extent,
      crs: 'MAGNA-SIRGAS Origen Nacional (EPSG:9377)',
      sections: [
        { title: 'Clase de suelo', symbols: landSymbols },
        { title: 'Amenaza', symbols: [...hazardSymbols].reverse() },
        ...(predios.length > 0
          ? [
              {
                title: 'Predios en amenaza',
                symbols: [
                  {
                    key: 'predios',
                    label: 'Predio expuesto (alta o media)',
                    style: 'outline',
                    color: '#4a1486',
                  } as const,
                ],
              },
            ]
          : []),
      ],
      shapes,
      sources: input.sources,
    };
    return fig;
  });
  if (!figure) return null;
  return {
    kind: 'image',
    png: mapPng(figure),
    widthMm: MAP_WIDTH_MM,
    heightMm: MAP_HEIGHT_MM,
    caption: `Mapa 1. Clases de suelo de «${a.capas.suelo.nombre}» y amenaza de «${a.capas.amenaza.nombre}»${a.capas.predios ? ', con los predios expuestos' : ''}.`,
  };
}
