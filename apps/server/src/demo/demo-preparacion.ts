import {
  appendAudit,
  bancoCasos,
  inventarioItems,
  preparaciones,
  solicitudesEntidades,
} from '@ruta-pot/db';
import { parseIsoDate, petitionDue } from '@ruta-pot/domain';
import { eq } from 'drizzle-orm';

import type { Deps } from '../http/types';
import { importBank } from '../modules/preparacion/bank-service';
import type { DemoStep } from './steps';

const ZIPAQUIRA = '25899';
const SOURCE =
  'rcfdtools/R.SIGE activity/POTStudyZone/Readme.md @ e950711ebb0295e451155b417b766b15ae04c74d';

/**
 * Zipaquirá's and Medellín's documented acts (../shared/data/pot/pot_instrumentos_documentados.csv, transcribed
 * from rcfdtools/R.SIGE and jjresher/medellin-modelo-digital) in the acts format, loaded through the bank's own importer.
 */
const ACTS = `cod_mpio,municipio,instrumento,tipo_acto,emisor,numero,anio,fecha,objeto,fuente_repo,fuente_path,fuente_commit
25899,ZIPAQUIRÁ,POT,Resolución,CAR,1839,1999,1999-10-28,Concertación suelo de expansión urbana.,rcfdtools/R.SIGE,activity/POTStudyZone/Readme.md,e950711ebb0295e451155b417b766b15ae04c74d
25899,ZIPAQUIRÁ,POT,Acuerdo Municipal,Concejo Municipal,012,2000,,Por el cual se adopta el Plan de Ordenamiento Territorial para el Municipio de Zipaquirá y se dictan otras disposiciones.,rcfdtools/R.SIGE,activity/POTStudyZone/Readme.md,e950711ebb0295e451155b417b766b15ae04c74d
25899,ZIPAQUIRÁ,POT,Resolución,CAR,964,2003,2003-08-19,Concertación suelo de expansión urbana.,rcfdtools/R.SIGE,activity/POTStudyZone/Readme.md,e950711ebb0295e451155b417b766b15ae04c74d
25899,ZIPAQUIRÁ,POT,Acuerdo Municipal,Concejo Municipal,008,2003,,Por el cual se adoptan los ajustes al plan de ordenamiento territorial para el municipio de Zipaquirá y se dictan otras disposiciones.,rcfdtools/R.SIGE,activity/POTStudyZone/Readme.md,e950711ebb0295e451155b417b766b15ae04c74d
25899,ZIPAQUIRÁ,POT,Acuerdo Municipal,Concejo Municipal,012,2013,,"Por el cual se modifica excepcionalmente el Plan de Ordenamiento Territorial del Municipio de Zipaquirá, adoptado mediante el Acuerdo No. 012 de 2000 y ajustado mediante el Acuerdo No. 008 de 2003; y se dictan otras disposiciones.",rcfdtools/R.SIGE,activity/POTStudyZone/Readme.md,e950711ebb0295e451155b417b766b15ae04c74d
25899,ZIPAQUIRÁ,POT,Acuerdo Municipal,Concejo Municipal,023,2020,,"Por medio del cual se hace un ajuste excepcional al Plan de Ordenamiento Territorial del Municipio de Zipaquirá - Cundinamarca, adoptado mediante el Acuerdo 012 de 2013 por el cual se modifica excepcionalmente el Plan de Ordenamiento Territorial del Municipio de Zipaquirá, adoptado mediante el Acuerdo No. 012 de 2000 y ajustado mediante el Acuerdo No. 008 de 2003 y se dictan otras disposiciones, incorporando al perímetro urbano del municipio de Zipaquirá un predio localizado en suelo rural suburbano para la construcción de vivienda de interés prioritario.",rcfdtools/R.SIGE,activity/POTStudyZone/Readme.md,e950711ebb0295e451155b417b766b15ae04c74d
05001,MEDELLÍN,POT,Acuerdo Municipal,Concejo Municipal,48,2014,,,jjresher/medellin-modelo-digital,ingesta/pull_territorio.py,404d1615089065a871165820dbaccf76c0a13a3e
`;

const STATUSES: Array<[string, 'tiene' | 'desactualizado' | 'falta', string | null]> = [
  ['cartografia-basica', 'desactualizado', 'IGAC 1:25.000 de 2010; urbana 1:2.000 catastral'],
  ['estudio-basico-movimientos-en-masa', 'falta', null],
  ['estudio-basico-inundacion', 'falta', null],
  ['estudio-basico-avenidas-torrenciales', 'falta', null],
  ['poblacion-dane', 'tiene', 'Proyecciones DANE 2024 (CNPV 2018)'],
  ['determinantes-ambientales', 'tiene', 'Determinantes ambientales de la CAR Cundinamarca'],
  ['catastro', 'tiene', 'Base catastral del gestor catastral'],
];

async function seed(deps: Deps): Promise<void> {
  const present = await deps.db.withContext({ municipio: ZIPAQUIRA }, (tx) =>
    tx
      .select({ m: preparaciones.municipalityId })
      .from(preparaciones)
      .where(eq(preparaciones.municipalityId, ZIPAQUIRA)),
  );
  if (present.length > 0) return;
  const bank = await deps.db.withContext({}, (tx) =>
    tx.select({ id: bancoCasos.id }).from(bancoCasos).limit(1),
  );
  if (bank.length === 0)
    await importBank(deps, {
      bytes: new TextEncoder().encode(ACTS),
      source: SOURCE,
      actor: { id: null, label: 'demo' },
    });
  const now = deps.clock.now();
  await deps.db.withContext({ municipio: ZIPAQUIRA }, async (tx) => {
    await tx.insert(preparaciones).values({
      municipalityId: ZIPAQUIRA,
      tipoRevision: 'revision_general',
      areaKm2: 194.82,
      areaFuente: 'DANE, Marco Geoestadístico Nacional 2018 (MPIO_NAREA)',
      actualizadoEn: now,
    });
    await tx.insert(inventarioItems).values(
      STATUSES.map(([itemId, estado, notas]) => ({
        municipalityId: ZIPAQUIRA,
        itemId,
        estado,
        notas,
        actualizadoEn: now,
      })),
    );
    const due = petitionDue({
      kind: 'entre_autoridades',
      radicadoOn: parseIsoDate('2026-02-16'),
      calendar: deps.calendar,
    });
    await tx.insert(solicitudesEntidades).values({
      municipalityId: ZIPAQUIRA,
      id: crypto.randomUUID(),
      itemId: 'estudio-basico-movimientos-en-masa',
      entidad: 'SGC',
      tipo: 'entre_autoridades',
      estado: 'radicada',
      radicado: 'SGC-2026-000123',
      radicadaEn: '2026-02-16',
      venceEn: due.dueOn,
      creadoEn: now,
    });
    await appendAudit(tx, {
      municipalityId: ZIPAQUIRA,
      actorId: null,
      actor: 'demo',
      accion: 'preparacion.demo',
      objeto: 'preparacion',
      detalle: { items: STATUSES.length, solicitudes: 1 },
      ocurridoEn: now,
    });
  });
}

export const demoPreparacion: DemoStep = {
  nombre: 'Preparación de la revisión (Zipaquirá)',
  run: seed,
};
