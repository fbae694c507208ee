import { expedienteIndicadores, usuarios } from '@ruta-pot/db';
import type { ExecutionTerm, FundingSource } from '@ruta-pot/domain';
import { findIndicatorDefinition, REQUIRED_CONTENTS } from '@ruta-pot/domain';
import { eq } from 'drizzle-orm';

import type { Deps } from '../http/types';
import { addDocument } from '../modules/expediente/archive-service';
import type { ProjectInput } from '../modules/expediente/projects-service';
import { saveDevelopmentPlan, saveProjects } from '../modules/expediente/projects-service';
import {
  adoptCatalogue,
  recordMeasurements,
  saveConclusions,
  saveIndicator,
  saveSufficiency,
} from '../modules/expediente/service';
import type { DemoStep } from './steps';

const ZIPAQUIRA = '25899';
const PLANNER = 'planeacion.zipaquira@demo.rutapot.co';
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

/** Deterministic variation, so the demo looks like real data and is the same on every start. */
const wobble = (seed: number) => ((Math.sin(seed * 12.9898) * 43758.5453) % 1) * 0.5;

/** Indicators measured by hand (the automatic ones fill themselves) with baseline and target. */
const MEASURED = [
  { id: 'espacio-publico', base: 3.1, step: 0.18, meta: 15, anioMeta: 2027 },
  { id: 'deficit-cuantitativo', base: 9.8, step: -0.35, meta: 5, anioMeta: 2027 },
  { id: 'cobertura-acueducto', base: 93, step: 0.6, meta: 99, anioMeta: 2027 },
  { id: 'area-urbana', base: 1180, step: 9, meta: 1250, anioMeta: 2027 },
  { id: 'densidad-urbana', base: 112, step: 2.1, meta: 140, anioMeta: 2027 },
  { id: 'suelo-proteccion', base: 9200, step: 15, meta: 9800, anioMeta: 2027 },
  { id: 'amenaza-alta-ocupada', base: 48, step: -0.8, meta: 20, anioMeta: 2027 },
  { id: 'vis-construida', base: 320, step: 25, meta: 900, anioMeta: 2027 },
] as const;

const THEMES: readonly [string, string, FundingSource, string][] = [
  ['Parque', 'Espacio público', 'recursos_propios', 'Secretaría de Infraestructura'],
  ['Malla vial', 'Movilidad', 'sgp', 'Secretaría de Movilidad'],
  ['Acueducto veredal', 'Servicios públicos', 'sgr', 'Empresa de Servicios Públicos'],
  ['Vivienda de interés social', 'Vivienda', 'cofinanciacion', 'Secretaría de Vivienda'],
  ['Obras de mitigación de riesgo', 'Gestión del riesgo', 'sgp', 'Oficina de Gestión del Riesgo'],
  ['Equipamiento de salud', 'Equipamientos', 'cofinanciacion', 'Secretaría de Salud'],
  ['Plan parcial de renovación', 'Renovación urbana', 'plusvalia', 'Secretaría de Planeación'],
  ['Ciclorruta', 'Movilidad', 'valorizacion', 'Secretaría de Movilidad'],
];
const PLACES = ['San Rafael', 'La Granja', 'Barandillas', 'El Cedro', 'Pasoancho'];
const TERMS: readonly [ExecutionTerm, number, number][] = [
  ['corto', 2016, 2019],
  ['mediano', 2016, 2023],
  ['largo', 2016, 2027],
];

/** About 40 projects, most in some development plan, some left out, with yearly execution. */
function demoProjects(): (ProjectInput & { linea: number })[] {
  return Array.from({ length: 40 }, (_, i) => {
    const [kind, objetivo, fuente, entidad] = THEMES[i % THEMES.length]!;
    const [plazo, anioInicio, anioFin] = TERMS[i % TERMS.length]!;
    const costoCop = Math.round((800 + ((i * 397) % 4200)) * 1_000_000);
    const plans = [2016, 2020, 2024].filter((y) => y <= anioFin && i % 5 !== (y / 4) % 5);
    const lastYear = Math.min(anioFin, 2024);
    const ejecucion = Array.from({ length: lastYear - anioInicio + 1 }, (_, k) => ({
      anio: anioInicio + k,
      avanceFisico: Math.min(
        100,
        Math.round(((k + 1) / (anioFin - anioInicio + 1)) * (70 + (i % 4) * 10)),
      ),
      ejecutadoCop: Math.round((costoCop / (anioFin - anioInicio + 1)) * (0.5 + (i % 3) * 0.2)),
    }));
    return {
      linea: i + 1,
      codigo: `PE-${String(i + 1).padStart(2, '0')}`,
      nombre: `${kind} ${PLACES[i % PLACES.length]!}`,
      objetivo: i % 7 === 3 ? null : objetivo,
      plazo,
      anioInicio,
      anioFin,
      costoCop,
      fuente,
      entidadResponsable: entidad,
      bpin: i % 3 === 0 ? `2016${String(25899000 + i)}` : null,
      planesDesarrollo: plans.map((y) => ({ anioInicio: y, programa: `Programa ${objetivo}` })),
      ejecucion,
    };
  });
}

/**
 * Zipaquirá's expediente for the demo: the catalogue indicators with ten years of measurements,
 * a programa de ejecución of 40 projects across three development plans, the sufficiency
 * analysis, conclusions for the DSE and a few archive documents. Invented for the demo (labelled
 * as such in the archive); loaded through the services, so it is validated and audited like
 * anything the office types.
 */
async function seed(deps: Deps): Promise<void> {
  const present = await deps.db.withContext({ municipio: ZIPAQUIRA }, (tx) =>
    tx
      .select({ id: expedienteIndicadores.id })
      .from(expedienteIndicadores)
      .where(eq(expedienteIndicadores.municipalityId, ZIPAQUIRA))
      .limit(1),
  );
  if (present.length > 0) return;
  const [user] = await deps.db.orm
    .select({ id: usuarios.id })
    .from(usuarios)
    .where(eq(usuarios.email, PLANNER));
  if (!user) return;
  const actor = { id: user.id, email: PLANNER };
  const base = { codigo: ZIPAQUIRA, actor };
  await adoptCatalogue(deps, base);
  for (const m of MEASURED) {
    const def = findIndicatorDefinition(m.id)!;
    await saveIndicator(deps, {
      ...base,
      indicador: {
        id: m.id,
        nombre: def.nombre,
        dimension: def.dimension,
        unidad: def.unidad,
        sentido: def.sentido,
        definicion: def.definicion,
        formula: def.formula,
        fuente: def.fuente,
        lineaBase: m.base,
        anioBase: 2015,
        meta: m.meta,
        anioMeta: m.anioMeta,
      },
    });
  }
  await recordMeasurements(deps, {
    ...base,
    mediciones: MEASURED.flatMap((m, j) =>
      YEARS.map((anio, k) => ({
        indicadorId: m.id,
        anio,
        valor:
          Math.round((m.base + m.step * k + wobble(j * 31 + k) * Math.abs(m.step)) * 100) / 100,
        evidencia: 'Datos de demostración',
      })),
    ),
  });
  for (const anioInicio of [2016, 2020, 2024])
    await saveDevelopmentPlan(deps, {
      ...base,
      plan: {
        nombre: `Plan de Desarrollo ${anioInicio}–${anioInicio + 3}`,
        anioInicio,
        acto: `Acuerdo de adopción ${anioInicio} (demostración)`,
      },
    });
  await saveProjects(deps, { ...base, proyectos: demoProjects() });
  await saveSufficiency(deps, {
    ...base,
    respuestas: Object.fromEntries(
      REQUIRED_CONTENTS.map((c, i) => [
        c.id,
        i % 5 === 1 ? 'parcial' : i % 7 === 4 ? 'no_contiene' : 'contiene',
      ]),
    ),
  });
  await saveConclusions(deps, {
    ...base,
    anio: 2026,
    conclusiones:
      'El plan vigente no alcanza las metas de espacio público ni de vivienda de interés social, y parte del programa de ejecución quedó por fuera de los planes de desarrollo (datos de demostración).',
    recomendaciones:
      'Revisar el componente urbano (espacio público, vivienda y tratamientos), actualizar los estudios básicos de amenaza y articular el programa de ejecución con el Plan de Desarrollo 2024–2027.',
  });
  for (const [tipo, titulo, fecha] of [
    ['documento', 'Documento técnico de soporte del POT (demostración)', '2003-05-30'],
    ['estudio', 'Estudio de amenaza por inundación del río Frío (demostración)', '2012-09-14'],
    ['informe', 'Informe de seguimiento 2024 al Concejo (demostración)', '2025-02-20'],
  ] as const)
    await addDocument(deps, { ...base, documento: { tipo, titulo, fecha } });
}

export const demoExpediente: DemoStep = { nombre: 'Expediente municipal de Zipaquirá', run: seed };
