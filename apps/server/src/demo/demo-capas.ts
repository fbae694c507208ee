import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { type CapaMetadatos, capas, rowsOf } from '@ruta-pot/db';
import type { LayerProfileId } from '@ruta-pot/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';

import type { Deps } from '../http/types';
import { importLayer } from '../modules/capas/import-service';
import type { DemoStep } from './steps';

/**
 * Santa Rosa de Cabal's real hazard layers, parcels and exposed elements (Estudio detallado
 * ALDESARROLLO 2025, ../shared/data/README.md), read in place from the shared public data (never
 * copied into the repository) and imported through the product's own importer; plus a land
 * classification DERIVED for the demo from the municipal boundary and those layers' extent (no
 * real POT classification is published). Without the files (another machine) the step does
 * nothing. Idempotent per layer: a layer whose name the municipality already has is not imported.
 */
export const DEMO_CAPAS_MUNICIPIO = '66682';

const SOURCE_DIR =
  process.env.RUTA_POT_CAPAS_DEMO ??
  resolve(process.cwd(), '../shared/data/pot/santa_rosa_de_cabal_66682');

/** Name of the derived land-classification layer. */
export const DEMO_CLASIFICACION = 'clasificacion_suelo_demostracion';
export const DEMO_CLASIFICACION_NOTA = 'Derivada para la demostración, no es el POT de Santa Rosa';

/** Urban land: this far (m) around the hull of the hazard layers and parcels. */
const URBAN_BUFFER_M = 200;
/** Expansion land: the ring from the urban land out to this distance (m) from the hull. */
const EXPANSION_BUFFER_M = 700;

const ESTUDIO: CapaMetadatos = {
  entidad: 'Alcaldía de Santa Rosa de Cabal',
  estudio: 'Estudio detallado ALDESARROLLO (2025)',
  autor: 'ALDESARROLLO',
};

interface DemoLayer {
  archivo: string;
  tipo: LayerProfileId;
  reparar?: boolean;
  metadatos: CapaMetadatos;
}

/** The study's files; the study only gives the year (2025), so no day is invented for `fecha`. */
const LAYERS: readonly DemoLayer[] = [
  {
    archivo: 'amenaza_inundacion.geojson',
    tipo: 'amenaza_inundacion',
    // Three self-intersections in the source: repaired with ST_MakeValid, as a user would confirm.
    reparar: true,
    metadatos: { ...ESTUDIO, escala: 5000 },
  },
  {
    archivo: 'amenaza_movimiento_en_masa.geojson',
    tipo: 'amenaza_movimientos_masa',
    reparar: true,
    metadatos: { ...ESTUDIO, escala: 5000 },
  },
  {
    archivo: 'amenaza_avenida_torrencial.geojson',
    tipo: 'amenaza_avenidas_torrenciales',
    reparar: true,
    metadatos: { ...ESTUDIO, escala: 5000 },
  },
  {
    archivo: 'predios.geojson',
    tipo: 'predios',
    reparar: true,
    metadatos: {
      entidad: 'Alcaldía de Santa Rosa de Cabal',
      estudio: 'Base catastral de predios usada por el Estudio detallado ALDESARROLLO (2025)',
    },
  },
  {
    archivo: 'riesgo_inundacion.geojson',
    tipo: 'riesgo',
    reparar: true,
    metadatos: { ...ESTUDIO, escala: 5000 },
  },
];

const actor = { id: null, label: 'datos de demostración' };
const nameOf = (archivo: string) => archivo.replace(/\.geojson$/, '');

async function existingNames(deps: Deps): Promise<Set<string>> {
  const names = [...LAYERS.map((l) => nameOf(l.archivo)), DEMO_CLASIFICACION];
  const rows = await deps.db.withContext({ municipio: DEMO_CAPAS_MUNICIPIO }, (tx) =>
    tx
      .select({ nombre: capas.nombre })
      .from(capas)
      .where(and(eq(capas.municipalityId, DEMO_CAPAS_MUNICIPIO), inArray(capas.nombre, names))),
  );
  return new Set(rows.map((r) => r.nombre));
}

async function makePublic(deps: Deps, capaId: string) {
  await deps.db.withContext({ municipio: DEMO_CAPAS_MUNICIPIO }, (tx) =>
    tx
      .update(capas)
      .set({ publica: true })
      .where(and(eq(capas.municipalityId, DEMO_CAPAS_MUNICIPIO), eq(capas.id, capaId))),
  );
}

/**
 * The derived classification as GeoJSON in EPSG:9377, built with PostGIS: urban land is a buffer
 * around the convex hull of the hazard layers and parcels, expansion land the ring around it,
 * rural land the rest of the municipality (MGN 2018 boundary, imported by demoLimites). The three
 * classes partition the boundary, so their areas add up to the municipality's. Null without the
 * boundary or the hazard layers.
 */
async function derivedClassification(deps: Deps): Promise<string | null> {
  const [row] = await deps.db.withContext({ municipio: DEMO_CAPAS_MUNICIPIO }, async (tx) =>
    rowsOf<{ geojson: string | null }>(
      await tx.execute(sql`WITH m AS MATERIALIZED (
          SELECT ST_Transform(geom, 9377) AS g FROM limites_municipales
          WHERE codigo = ${DEMO_CAPAS_MUNICIPIO}),
        h AS MATERIALIZED (
          SELECT ST_ConvexHull(ST_Collect(e.geom)) AS g FROM capa_entidades e
          JOIN capas c ON c.municipality_id = e.municipality_id AND c.id = e.capa_id
          WHERE e.municipality_id = ${DEMO_CAPAS_MUNICIPIO}
            AND c.tipo IN ('amenaza_inundacion', 'amenaza_movimientos_masa',
              'amenaza_avenidas_torrenciales', 'predios')),
        b AS MATERIALIZED (
          SELECT ST_Intersection(m.g, ST_Buffer(h.g, ${URBAN_BUFFER_M})) AS urbano,
            ST_Intersection(m.g, ST_Buffer(h.g, ${EXPANSION_BUFFER_M})) AS interior, m.g AS muni
          FROM m, h WHERE h.g IS NOT NULL),
        k AS (
          SELECT 1 AS n, 'Suelo urbano' AS clase, urbano AS g FROM b
          UNION ALL SELECT 2, 'Suelo de expansión urbana', ST_Difference(interior, urbano) FROM b
          UNION ALL SELECT 3, 'Suelo rural', ST_Difference(muni, interior) FROM b)
        SELECT json_build_object(
          'type', 'FeatureCollection',
          'features', json_agg(json_build_object(
            'type', 'Feature',
            'properties', json_build_object('clase', clase, 'nota', ${DEMO_CLASIFICACION_NOTA}::text),
            'geometry', ST_AsGeoJSON(ST_Multi(ST_CollectionExtract(g, 3)), 3)::json) ORDER BY n)
        )::text AS geojson
        FROM k WHERE NOT ST_IsEmpty(ST_CollectionExtract(g, 3))`),
    ),
  );
  return row?.geojson ?? null;
}

async function seed(deps: Deps) {
  if (!existsSync(SOURCE_DIR)) return;
  const present = await existingNames(deps);
  const encode = (text: string) => new TextEncoder().encode(text);
  for (const layer of LAYERS) {
    const path = resolve(SOURCE_DIR, layer.archivo);
    if (present.has(nameOf(layer.archivo)) || !existsSync(path)) continue;
    const result = await importLayer(deps, {
      codigo: DEMO_CAPAS_MUNICIPIO,
      bytes: readFileSync(path),
      fileName: layer.archivo,
      tipo: layer.tipo,
      // CRS84 (some files do not say it; GeoJSON is WGS84 by RFC 7946).
      epsg: 4326,
      reparar: layer.reparar,
      metadatos: layer.metadatos,
      actor,
    });
    await makePublic(deps, result.capaId);
  }
  if (present.has(DEMO_CLASIFICACION)) return;
  const geojson = await derivedClassification(deps);
  if (!geojson) return;
  const result = await importLayer(deps, {
    codigo: DEMO_CAPAS_MUNICIPIO,
    bytes: encode(geojson),
    fileName: `${DEMO_CLASIFICACION}.geojson`,
    tipo: 'clasificacion_suelo',
    epsg: 9377,
    campoCategoria: 'clase',
    reparar: true,
    metadatos: {
      entidad: 'Ruta POT (datos de demostración)',
      estudio: `${DEMO_CLASIFICACION_NOTA}: suelo urbano a ${URBAN_BUFFER_M} m de las capas de amenaza y predios, expansión hasta ${EXPANSION_BUFFER_M} m, rural el resto del límite municipal (MGN 2018)`,
      fecha: deps.clock.now().toISOString().slice(0, 10),
      autor: 'Ruta POT',
    },
    actor,
  });
  await makePublic(deps, result.capaId);
}

export const demoCapas: DemoStep = {
  nombre: 'capas cartográficas de Santa Rosa de Cabal',
  run: seed,
};
