// Issue 16: the bank of experiences under load (Spanish full-text search over 10,000 cases, 50
// connections, PGlite and PostgreSQL) and the generation of the terms of reference for Zipaquirá.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { detener } from './lib/children';
import { DEMO, iniciarSesion } from './lib/http';
import { medirCarga } from './lib/load';
import {
  type Almacen,
  cargaHonoVacio,
  enCadaMotor,
  filasLatencia,
  NOTA_CARGA,
  resumenCarga,
} from './lib/motores';
import { leerMunicipios } from './lib/municipios';
import { borrar, carpetaTemporal } from './lib/paths';
import { ejecutarRutaPot, iniciarRutaPot } from './lib/server';
import type { Fila, Resultado } from './lib/types';

const CASOS = 10_000;
const BUSQUEDA = '/api/v1/banco?texto=inundacion%20concertacion';
const TERMINOS = `/api/v1/municipios/${DEMO.municipio}/preparacion/terminos-referencia`;
const META_P95 = { PGlite: 150, PostgreSQL: 50 } as const;
const META_TERMINOS_MS = 2000;

const TEMAS = [
  'estudios básicos de amenaza por inundaciones',
  'concertación ambiental con la CAR',
  'cabildo abierto y consulta democrática',
  'cartografía oficial a escala 1:5.000',
  'movimientos en masa en la zona rural',
  'avenidas torrenciales y cauces',
  'suelo de expansión urbana para vivienda',
  'programa de ejecución y plan de desarrollo',
  'modificación excepcional de norma urbanística',
  'anulación por falta de participación',
];
const RESULTADOS = ['adoptado', 'adoptado', 'adoptado', 'no_adoptado', 'anulado', 'suspendido'];
const TIPOS = [
  'revision_general',
  'revision_mediano_plazo',
  'modificacion_excepcional',
  'revision_excepcional',
];

/** Deterministic synthetic cases on the real DIVIPOLA list (texts combine real topics). */
function csvCasos(): string {
  const municipios = leerMunicipios().filter((m) => m.poblacion > 0);
  const filas = [
    'codigo_municipio,municipio,tipo_plan,tipo_revision,anio_inicio,anio_fin,costo_cop,anio_costo,duracion_meses,modalidad,resultado,poblacion,acto,objeto,lecciones,fuente',
  ];
  for (let i = 0; i < CASOS; i++) {
    const m = municipios[i % municipios.length]!;
    const plan = m.poblacion > 100_000 ? 'POT' : m.poblacion >= 30_000 ? 'PBOT' : 'EOT';
    const anio = 2005 + (i % 19);
    const a = TEMAS[i % TEMAS.length]!;
    const b = TEMAS[(i * 7 + 3) % TEMAS.length]!;
    filas.push(
      [
        m.codigo,
        `Municipio ${m.codigo}`,
        plan,
        TIPOS[i % TIPOS.length],
        anio - 2,
        anio,
        300_000_000 + (i % 50) * 40_000_000,
        anio,
        12 + (i % 24),
        'concurso_meritos',
        RESULTADOS[i % RESULTADOS.length],
        m.poblacion,
        `Acuerdo ${i + 1} de ${anio}`,
        `Revisión con ${a}`,
        `Lección: ${b}`,
        'bench sintético',
      ].join(','),
    );
  }
  return `${filas.join('\n')}\n`;
}

interface Medida {
  msImport: number;
  encontrados: number;
  carga: Awaited<ReturnType<typeof medirCarga>>;
  terminosMs: number;
  productos: number;
  /** Sequential searches that miss the cache (a distinct query each): median and p95. */
  sinCache: { p50: number; p95: number };
}

async function busquedasSinCache(base: string): Promise<{ p50: number; p95: number }> {
  const tiempos: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    const r = await fetch(`${base}${BUSQUEDA}&limite=${21 + i}`);
    await r.arrayBuffer();
    tiempos.push(performance.now() - t);
  }
  tiempos.sort((x, y) => x - y);
  return { p50: tiempos[20]!, p95: tiempos[38]! };
}

async function medirMotor(almacen: Almacen, archivo: string): Promise<Medida> {
  const t0 = performance.now();
  await ejecutarRutaPot(['banco', 'importar', archivo], almacen);
  const msImport = performance.now() - t0;
  const servidor = await iniciarRutaPot(almacen);
  try {
    const res = await fetch(`${servidor.base}${BUSQUEDA}`);
    const cuerpo = (await res.json()) as { casos?: unknown[] };
    if (res.status !== 200 || !cuerpo.casos?.length)
      throw new Error(`${BUSQUEDA}: HTTP ${res.status}, sin casos`);
    const sinCache = await busquedasSinCache(servidor.base);
    const carga = await medirCarga(`${servidor.base}${BUSQUEDA}`, { pid: servidor.pid });
    const cookie = await iniciarSesion(servidor.base);
    const tiempos: number[] = [];
    let productos = 0;
    for (let i = 0; i < 11; i++) {
      const t = performance.now();
      const r = await fetch(`${servidor.base}${TERMINOS}`, { headers: { cookie } });
      const json = (await r.json()) as { terminos?: { products: unknown[] } };
      tiempos.push(performance.now() - t);
      productos = json.terminos?.products.length ?? 0;
      if (!productos) throw new Error(`${TERMINOS}: HTTP ${r.status}, sin términos`);
    }
    tiempos.sort((x, y) => x - y);
    return {
      msImport,
      encontrados: cuerpo.casos.length,
      carga,
      terminosMs: tiempos[5]!,
      productos,
      sinCache,
    };
  } finally {
    await detener(servidor.child);
  }
}

export async function banco(): Promise<Resultado> {
  const dir = await carpetaTemporal('banco-csv');
  const archivo = join(dir, 'casos.csv');
  await writeFile(archivo, csvCasos());
  const notas = [
    NOTA_CARGA,
    `${CASOS} casos sintéticos (municipios reales de la DIVIPOLA, temas combinados) importados con \`ruta-pot banco importar\` antes de arrancar el servidor demo; búsqueda pública ${BUSQUEDA} (tildes y terminaciones ignoradas). El servidor guarda cada búsqueda pública 10 s (ADR 0020): la carga mide sobre todo ese camino; la fila «sin caché» mide 40 consultas distintas, una a la vez, antes de la carga.`,
    `términos de referencia: mediana de 11 GET ${TERMINOS} con la sesión de ${DEMO.email} (contenido completo con todos los productos, costo y casos similares).`,
  ];
  try {
    const medidas = await enCadaMotor('banco', notas, (almacen) => medirMotor(almacen, archivo));
    const hono = await cargaHonoVacio();
    notas.push(resumenCarga('Hono vacío', hono));
    const filas: Fila[] = [];
    for (const { motor, valor: m } of medidas) {
      filas.push(
        ...filasLatencia(`${BUSQUEDA}, ${motor}`, m.carga, hono, META_P95[motor]),
        {
          medida: `términos de referencia generados (${motor}, mediana)`,
          valor: Math.round(m.terminosMs),
          unidad: 'ms',
          meta: { op: '≤', valor: META_TERMINOS_MS },
          base: { nombre: 'Hono vacío p50', valor: hono.p50 },
        },
        {
          medida: `búsqueda sin caché, una a la vez (${motor}, p95 de 40 consultas distintas, informativa)`,
          valor: Math.round(m.sinCache.p95 * 10) / 10,
          unidad: 'ms',
          base: { nombre: 'Hono vacío p50', valor: hono.p50 },
        },
      );
      notas.push(
        `${motor}: importación de ${CASOS} casos ${(m.msImport / 1000).toFixed(1)} s; la búsqueda devuelve ${m.encontrados} casos (límite 20); ${m.productos} productos en los términos.`,
        resumenCarga(`${BUSQUEDA} ${motor}`, m.carga),
      );
    }
    return {
      nombre: 'banco',
      descripcion: 'banco de experiencias (10.000 casos) y términos de referencia (issue 16)',
      filas,
      notas,
    };
  } finally {
    await borrar(dir);
  }
}
