import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expedienteDocumentos, usuarios } from '@ruta-pot/db';
import { and, eq } from 'drizzle-orm';

import type { Deps } from '../http/types';
import { addDocumentWithFile } from '../modules/expediente/archive-files';
import { adoptCatalogue } from '../modules/expediente/service';
import { DEMO_CAPAS_MUNICIPIO } from './demo-capas';
import type { DemoStep } from './steps';

const PLANNER = 'planeacion.santarosa@demo.rutapot.co';
const STUDY_FILE =
  process.env.RUTA_POT_CAPAS_DEMO ??
  resolve(process.cwd(), '../shared/data/pot/santa_rosa_de_cabal_66682');
const TITULO = 'Amenaza por avenidas torrenciales, Estudio detallado ALDESARROLLO (2025)';

/**
 * Santa Rosa de Cabal's expediente (issue 15): the indicator catalogue, whose area baselines then
 * fill themselves from the demo layers (demoCapas: «Tomado de la capa …»), and the real
 * torrential-flow hazard file of the ALDESARROLLO study in the archivo técnico, stored through
 * the same upload checks as any office file (read in place from ../shared/data, never copied into
 * the repository). Idempotent: the catalogue adds only what is missing, the file is added once.
 */
async function seed(deps: Deps): Promise<void> {
  const [user] = await deps.db.withContext({ plataforma: true }, (tx) =>
    tx.select({ id: usuarios.id }).from(usuarios).where(eq(usuarios.email, PLANNER)),
  );
  if (!user) return;
  const actor = { id: user.id, email: PLANNER };
  await adoptCatalogue(deps, { codigo: DEMO_CAPAS_MUNICIPIO, actor });
  const path = resolve(STUDY_FILE, 'amenaza_avenida_torrencial.geojson');
  if (!existsSync(path)) return;
  const present = await deps.db.withContext({ municipio: DEMO_CAPAS_MUNICIPIO }, (tx) =>
    tx
      .select({ id: expedienteDocumentos.id })
      .from(expedienteDocumentos)
      .where(
        and(
          eq(expedienteDocumentos.municipalityId, DEMO_CAPAS_MUNICIPIO),
          eq(expedienteDocumentos.titulo, TITULO),
        ),
      ),
  );
  if (present.length > 0) return;
  await addDocumentWithFile(deps, {
    codigo: DEMO_CAPAS_MUNICIPIO,
    actor,
    documento: {
      tipo: 'cartografia',
      titulo: TITULO,
      descripcion:
        'Zonificación de amenaza por avenidas torrenciales (alta y media) del estudio detallado; GeoJSON en WGS84. El estudio publica solo el año (2025): la fecha registrada es el 1 de enero.',
      fecha: '2025-01-01',
      autor: 'ALDESARROLLO',
    },
    file: { name: 'amenaza_avenida_torrencial.geojson', bytes: readFileSync(path) },
  });
}

export const demoExpedienteSantaRosa: DemoStep = {
  nombre: 'Expediente de Santa Rosa de Cabal (líneas base desde la cartografía)',
  run: seed,
};
