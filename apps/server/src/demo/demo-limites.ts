import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import type { Deps } from '../http/types';
import { importLimits } from '../modules/panorama/limits-import';
import { DEMO_MUNICIPALITIES } from './demo-data';
import type { DemoStep } from './steps';

/**
 * DANE's MGN 2018 municipal boundaries, read in place from the shared public data (never copied
 * into the repository) and imported through the product's own importer, only for the demo
 * municipalities: the participation portal's map and the cartography need Zipaquirá's outline.
 * Without the file (another machine), the demo simply has no outlines.
 */
const SOURCE =
  process.env.RUTA_POT_LIMITES_DEMO ??
  resolve(process.cwd(), '../shared/data/limites/mgn2018_municipios.geojson');

async function seed(deps: Deps) {
  if (!existsSync(SOURCE)) return;
  const [present] = rowsOf<{ n: number }>(
    await deps.db.withContext({ plataforma: true }, (tx) =>
      tx.execute(sql`SELECT count(*)::int AS n FROM limites_municipales WHERE codigo = '25899'`),
    ),
  );
  if (Number(present?.n ?? 0) > 0) return;
  const codes = new Set<string>(DEMO_MUNICIPALITIES.map((m) => m.codigo));
  const all = JSON.parse(readFileSync(SOURCE, 'utf8')) as {
    features: { properties?: { MPIO_CCNCT?: string } }[];
  };
  const features = all.features.filter((f) => codes.has(f.properties?.MPIO_CCNCT ?? ''));
  await importLimits(deps, {
    bytes: new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })),
    source: SOURCE,
    actor: { id: null, label: 'datos de demostración' },
    fuente: 'DANE, Marco Geoestadístico Nacional 2018 (municipios de demostración)',
  });
}

export const demoLimites: DemoStep = {
  nombre: 'límites de los municipios de demostración',
  run: seed,
};
