import { rowsOf, type Tx } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';

/** Id of the collection of municipal boundaries. */
export const LIMITES_ID = 'limites-municipales';
const CAPA_PREFIX = 'capa-';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a collection id names: the boundaries, or one public layer of a municipality. */
export type CollectionRef =
  { kind: 'limites' } | { kind: 'capa'; codigo: string; capaId: string; tipo: string };

export interface CollectionInfo {
  id: string;
  title: string;
  description: string;
  /** Extent in CRS84 (longitude, latitude), or null for an empty collection. */
  bbox: [number, number, number, number] | null;
  ref: CollectionRef;
  /** Layer metadata (entity, study, scale, date, author) for layers. */
  metadatos?: Record<string, unknown>;
  codigo?: string;
  municipio?: string;
  tipo?: string;
}

export const capaCollectionId = (capaId: string) => CAPA_PREFIX + capaId;

/** Reads public data only, across municipalities: the platform scope (ADR 0009). */
export const readPublic = <T>(deps: Deps, fn: (tx: Tx) => Promise<T>) =>
  deps.db.withContext({ plataforma: true }, fn);

interface CapaRow {
  codigo: string;
  municipio: string;
  departamento: string;
  id: string;
  nombre: string;
  tipo: string;
  metadatos: Record<string, unknown> | string;
  x0: number | null;
  y0: number | null;
  x1: number | null;
  y1: number | null;
}

const box = (r: { x0: unknown; y0: unknown; x1: unknown; y1: unknown }) =>
  r.x0 === null || r.x0 === undefined
    ? null
    : ([Number(r.x0), Number(r.y0), Number(r.x1), Number(r.y1)] as [
        number,
        number,
        number,
        number,
      ]);

const TIPO_TITULO: Record<string, string> = {
  clasificacion_suelo: 'Clasificación del suelo',
  amenaza_movimientos_masa: 'Amenaza por movimientos en masa',
  amenaza_inundacion: 'Amenaza por inundación',
  amenaza_avenidas_torrenciales: 'Amenaza por avenidas torrenciales',
  riesgo: 'Riesgo',
  perimetro_urbano: 'Perímetro urbano',
  predios: 'Predios',
  areas_protegidas: 'Áreas protegidas',
  tratamientos: 'Tratamientos urbanísticos',
  otra: 'Otra capa',
};

function capaInfo(r: CapaRow): CollectionInfo {
  const metadatos =
    typeof r.metadatos === 'string'
      ? (JSON.parse(r.metadatos) as Record<string, unknown>)
      : r.metadatos;
  const tipo = TIPO_TITULO[r.tipo] ?? r.tipo;
  const fuente = [metadatos.entidad, metadatos.estudio].filter(Boolean).join(', ');
  return {
    id: capaCollectionId(r.id),
    title: `${r.nombre} — ${r.municipio} (${r.departamento}, ${r.codigo})`,
    description: `${tipo} de ${r.municipio} (${r.departamento}), capa pública del plan de ordenamiento territorial${fuente ? `. Fuente: ${fuente}` : ''}.`,
    bbox: box(r),
    ref: { kind: 'capa', codigo: r.codigo, capaId: r.id, tipo: r.tipo },
    metadatos,
    codigo: r.codigo,
    municipio: r.municipio,
    tipo: r.tipo,
  };
}

/** Public layers (all, or the one with this id), with their extent taken to CRS84. */
async function publicLayers(tx: Tx, capaId: string | null) {
  const rows = rowsOf<CapaRow>(
    await tx.execute(sql`SELECT c.municipality_id AS codigo, m.nombre AS municipio,
        m.departamento, c.id::text AS id, c.nombre, c.tipo, c.metadatos,
        ST_XMin(x.e) AS x0, ST_YMin(x.e) AS y0, ST_XMax(x.e) AS x1, ST_YMax(x.e) AS y1
      FROM capas c JOIN municipios m ON m.codigo = c.municipality_id
      LEFT JOIN LATERAL (
        SELECT ST_Transform(ST_Segmentize(ST_SetSRID(ST_Extent(ce.geom)::geometry, 9377), 1000), 4326) AS e
        FROM capa_entidades ce WHERE ce.municipality_id = c.municipality_id AND ce.capa_id = c.id
      ) x ON true
      WHERE c.publica ${capaId === null ? sql`` : sql`AND c.id = ${capaId}::uuid`}
      ORDER BY m.nombre, c.nombre, c.id`),
  );
  return rows.map(capaInfo);
}

async function limitesInfo(tx: Tx): Promise<CollectionInfo> {
  const [r] = rowsOf<{ x0: number | null; y0: number; x1: number; y1: number }>(
    await tx.execute(sql`SELECT ST_XMin(e) AS x0, ST_YMin(e) AS y0, ST_XMax(e) AS x1, ST_YMax(e) AS y1
      FROM (SELECT ST_Extent(geom)::geometry AS e FROM limites_municipales) t`),
  );
  return {
    id: LIMITES_ID,
    title: 'Límites municipales de Colombia',
    description:
      'Límites de los municipios de Colombia (Marco Geoestadístico Nacional del DANE u otra fuente indicada en «fuente»), por código DANE.',
    bbox: r ? box(r) : null,
    ref: { kind: 'limites' },
  };
}

/** Every collection: the boundaries, then each public layer. */
export function listCollections(deps: Deps): Promise<CollectionInfo[]> {
  return readPublic(deps, async (tx) => [await limitesInfo(tx), ...(await publicLayers(tx, null))]);
}

/** The collection with this id, or null when it does not exist or is not public. */
export function findCollection(deps: Deps, id: string): Promise<CollectionInfo | null> {
  if (id === LIMITES_ID) return readPublic(deps, limitesInfo);
  if (!id.startsWith(CAPA_PREFIX)) return Promise.resolve(null);
  const capaId = id.slice(CAPA_PREFIX.length);
  if (!UUID.test(capaId)) return Promise.resolve(null);
  return readPublic(deps, async (tx) => (await publicLayers(tx, capaId.toLowerCase()))[0] ?? null);
}
