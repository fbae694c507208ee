// Issue 13: the participation register of a municipality with 10,000 aportes — its first page and
// a filtered search under 50 connections (PGlite and PostgreSQL) — and the evidence pack
// (`ruta-pot participacion paquete`) over the same record. The portal's JavaScript budget is
// measured by `paginas`.
import { access, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { capturarSalida, detener, esperarSalida, lanzar } from './lib/children';
import { comoDueno } from './lib/dueno';
import { DEMO, iniciarSesion } from './lib/http';
import { type Carga, medirCarga } from './lib/load';
import {
  type Almacen,
  cargaHonoVacio,
  enCadaMotor,
  filasLatencia,
  NOTA_CARGA,
  resumenCarga,
} from './lib/motores';
import { borrar, RAIZ } from './lib/paths';
import { iniciarRutaPot } from './lib/server';
import type { Fila, Resultado } from './lib/types';

const M = DEMO.municipio;
const API = `/api/v1/municipios/${M}/participacion/aportes`;
const PRIMERA = `${API}?limite=50`;
const FILTRADA = `${API}?estado=respondido&q=movilidad&limite=50`;
const APORTES = 10_000;
const EVENTOS = 40;
const GRUPOS = 20;
/** Baseline of the pack: a municipality without a participation record, or a tiny one. */
const BASE = '05001';
const APORTES_BASE = 10;
const META_P95 = { PGlite: 150, PostgreSQL: 50 } as const;
const META_PAQUETE_MS = 15_000;
const ARCHIVOS = [
  'memoria-participacion.docx',
  'memoria-participacion.pdf',
  'matriz-aportes.csv',
  'manifiesto.json',
];
const ESTADOS = [
  'por_confirmar',
  'recibido',
  'clasificado',
  'agrupado',
  'respondido',
  'incorporado',
  'descartado',
];
const TEMAS = [
  'Perímetro urbano',
  'Espacio público',
  'Movilidad',
  'Riesgo',
  'Patrimonio',
  'Vivienda',
  'Servicios públicos',
  'Ambiente',
];
const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(', ')}]`;

/**
 * Tops Zipaquirá up to EVENTOS events and APORTES aportes (after the demo's own, codes continue
 * from the last), in every state of the lifecycle, with groups, answers, timelines and a third
 * drawn as a small polygon (EPSG:9377). Runs as the owner (superuser: RLS does not apply); with
 * `medellin`, also 10 aportes for the baseline municipality. The last statement returns counts.
 */
function sqlDatos(medellin: boolean): string {
  return `
BEGIN;
INSERT INTO participacion_eventos (municipality_id, id, tipo, titulo, fecha, lugar, asistentes,
                                   convocatoria_publicada_en, acta_evidencia, creado_en)
  SELECT '${M}', gen_random_uuid(),
         (${arr(['taller', 'mesa', 'audiencia_publica', 'exhibicion', 'cabildo_abierto', 'otro'])})[1 + g % 6],
         'Evento de participación ' || g, DATE '2026-01-10' + g * 5, 'Zipaquirá', 10 + (g * 37) % 190,
         DATE '2026-01-01' + g * 5, 'acta-bench-' || g || '.pdf', now()
    FROM generate_series(1, ${EVENTOS} - (SELECT count(*)::int FROM participacion_eventos
                                          WHERE municipality_id = '${M}')) AS g;
INSERT INTO participacion_grupos (municipality_id, id, codigo, tema, creado_en)
  SELECT '${M}', gen_random_uuid(), 'G-' || (100 + g), (${arr(TEMAS)})[1 + g % ${TEMAS.length}], now()
    FROM generate_series(1, ${GRUPOS}) AS g;
CREATE TEMP TABLE bench_grupos AS
  SELECT row_number() OVER (ORDER BY codigo) - 1 AS k, id FROM participacion_grupos
   WHERE municipality_id = '${M}' AND codigo LIKE 'G-1__';
CREATE TEMP TABLE bench_aportes AS
  SELECT g AS n, gen_random_uuid() AS id,
         (${arr(ESTADOS)})[1 + g % ${ESTADOS.length}] AS estado,
         (${arr(TEMAS)})[1 + (g * 5) % ${TEMAS.length}] AS tema,
         (${arr(['portal', 'evento', 'ventanilla', 'ctp', 'car'])})[1 + (g / 7) % 5] AS origen
    FROM generate_series((SELECT count(*)::int FROM participacion_aportes
                          WHERE municipality_id = '${M}') + 1, ${APORTES}) AS g;
INSERT INTO participacion_aportes (municipality_id, id, codigo, origen, estado, texto, tema, grupo_id,
                                   es_peticion, tipo_peticion, vence_en, recibido_en, creado_en, geom)
  SELECT '${M}', a.id, 'A-' || lpad(a.n::text, 6, '0'), a.origen, a.estado,
         'Aporte ' || a.n || ' sobre ' || lower(a.tema) || ': la comunidad del sector ' || (a.n % 97)
           || ' pide revisar la norma urbanística del plan y su cartografía, con atención a '
           || lower(a.tema) || ' y al espacio público del barrio.',
         CASE WHEN a.estado IN ('por_confirmar', 'recibido') THEN NULL ELSE a.tema END,
         CASE WHEN a.estado = 'agrupado' THEN (SELECT id FROM bench_grupos WHERE k = a.n % ${GRUPOS}) END,
         a.origen = 'ventanilla' AND a.n % 3 = 0,
         CASE WHEN a.origen = 'ventanilla' AND a.n % 3 = 0 THEN 'general' END,
         CASE WHEN a.origen = 'ventanilla' AND a.n % 3 = 0 THEN DATE '2026-03-01' + a.n % 200 + 15 END,
         DATE '2026-03-01' + a.n % 200, now() - make_interval(mins => ${APORTES} - a.n),
         CASE WHEN a.n % 3 = 0
              THEN ST_Buffer(ST_SetSRID(ST_MakePoint(4875000 + a.n, 2110000), 9377), 40) END
    FROM bench_aportes a;
INSERT INTO participacion_respuestas (municipality_id, aporte_id, resultado, razones, documento_version,
                                      articulo, respondido_en)
  SELECT '${M}', a.id, r.resultado,
         'La oficina de planeación evaluó el aporte ' || a.n || ' con el equipo técnico del plan.',
         CASE WHEN r.resultado LIKE 'aceptado%' THEN 'v3' END,
         CASE WHEN r.resultado LIKE 'aceptado%' THEN 'Artículo ' || (1 + a.n % 300) END, now()
    FROM bench_aportes a
    CROSS JOIN LATERAL (SELECT (${arr(['aceptado', 'aceptado_parcial', 'no_aceptado', 'no_pertinente'])})[1 + (a.n / 7) % 4] AS resultado) r
   WHERE a.estado IN ('respondido', 'incorporado');
INSERT INTO participacion_linea_tiempo (municipality_id, aporte_id, id, tipo, en, detalle)
  SELECT '${M}', a.id, gen_random_uuid(), 'presentado', now() - make_interval(mins => ${APORTES} - a.n), '{}'::jsonb
    FROM bench_aportes a;
${
  medellin
    ? `INSERT INTO participacion_aportes (municipality_id, id, codigo, origen, estado, texto, recibido_en, creado_en)
  SELECT '${BASE}', gen_random_uuid(), 'A-' || lpad(g::text, 6, '0'), 'ventanilla', 'recibido',
         'Aporte de línea base número ' || g || ' para Medellín.', DATE '2026-03-01', now()
    FROM generate_series(1, ${APORTES_BASE}) AS g;`
    : ''
}
COMMIT;
ANALYZE participacion_aportes;
ANALYZE participacion_respuestas;
SELECT (SELECT count(*) FROM participacion_aportes WHERE municipality_id = '${M}')::int AS aportes,
       (SELECT count(*) FROM participacion_aportes WHERE municipality_id = '${M}' AND geom IS NOT NULL)::int AS geom,
       (SELECT count(*) FROM participacion_respuestas WHERE municipality_id = '${M}')::int AS respuestas,
       (SELECT count(*) FROM participacion_eventos WHERE municipality_id = '${M}' AND asistentes > 0)::int AS eventos,
       (SELECT count(DISTINCT estado) FROM participacion_aportes WHERE municipality_id = '${M}')::int AS estados,
       (SELECT count(*) FROM participacion_aportes WHERE municipality_id = '${BASE}')::int AS base;
`;
}

interface Conteo {
  aportes: number;
  geom: number;
  respuestas: number;
  eventos: number;
  estados: number;
  base: number;
}

/** One `ruta-pot participacion paquete` run: exit code, wall time (spawn to exit), output. */
async function paquete(almacen: Almacen, codigo: string, salida: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, RUTA_POT_DATOS: almacen.datos };
  delete env.DATABASE_URL;
  delete env.RUTA_POT_APP_PASSWORD;
  if (almacen.databaseUrl) env.DATABASE_URL = almacen.databaseUrl;
  const t0 = performance.now();
  const child = lanzar(
    process.execPath,
    [
      'apps/server/bin/ruta-pot.mjs',
      'participacion',
      'paquete',
      '--municipio',
      codigo,
      '--salida',
      salida,
    ],
    { cwd: RAIZ, env },
  );
  const texto = capturarSalida(child);
  const salio = await esperarSalida(child, 300_000);
  return { codigo: salio, ms: performance.now() - t0, salida: texto() };
}

/** Median of 3 pack runs into fresh folders; each must exit 0 and write the four files. */
async function tiempoPaquete(almacen: Almacen, codigo: string) {
  const tiempos: number[] = [];
  for (let r = 0; r < 3; r++) {
    const dir = await mkdtemp(join(tmpdir(), 'ruta-bench-paquete-'));
    try {
      const p = await paquete(almacen, codigo, dir);
      if (p.codigo !== 0)
        throw new Error(`paquete de ${codigo} terminó con código ${p.codigo}\n${p.salida}`);
      for (const archivo of ARCHIVOS) await access(join(dir, archivo));
      tiempos.push(p.ms);
    } finally {
      await borrar(dir);
    }
  }
  return tiempos.sort((a, b) => a - b)[1] ?? Number.NaN;
}

interface Pagina {
  aportes: Array<{ estado: string; texto: string }>;
  siguiente: string | null;
  porEstado: Record<string, number>;
}

async function pagina(base: string, ruta: string, cookie: string): Promise<Pagina> {
  const res = await fetch(`${base}${ruta}`, { headers: { cookie } });
  const texto = await res.text();
  if (res.status !== 200) throw new Error(`${ruta}: ${res.status} ${texto.slice(0, 300)}`);
  return JSON.parse(texto) as Pagina;
}

interface Medida {
  conteo: Conteo;
  primera: Carga;
  filtrada: Carga;
  coincidencias: number;
  paqueteMs: number;
  baseMs: number;
  baseNota: string;
}

async function medirMotor(almacen: Almacen): Promise<Medida> {
  // The demo server seeds and migrates; then it stops (PGlite's folder is locked while it runs).
  const primero = await iniciarRutaPot(almacen);
  await detener(primero.child);

  const sonda = await mkdtemp(join(tmpdir(), 'ruta-bench-paquete-'));
  let baseNota: string;
  let medellin = false;
  try {
    const p = await paquete(almacen, BASE, sonda);
    if (p.codigo === 0) baseNota = `${BASE} tiene registro propio; línea base = su paquete`;
    else if (p.codigo === 2 && /proceso/i.test(p.salida)) {
      medellin = true;
      baseNota = `${BASE} sin registro terminó con código 2 («sin proceso»); línea base = ${BASE} con ${APORTES_BASE} aportes insertados`;
    } else throw new Error(`sonda del paquete de ${BASE}: código ${p.codigo}\n${p.salida}`);
  } finally {
    await borrar(sonda);
  }

  const [conteo] = await comoDueno<Conteo>(almacen, sqlDatos(medellin));
  if (
    !conteo ||
    conteo.aportes !== APORTES ||
    conteo.eventos !== EVENTOS ||
    conteo.estados !== ESTADOS.length
  )
    throw new Error(`${almacen.motor}: datos insertados inesperados ${JSON.stringify(conteo)}`);

  const paqueteMs = await tiempoPaquete(almacen, M);
  const baseMs = await tiempoPaquete(almacen, BASE);

  const servidor = await iniciarRutaPot(almacen);
  try {
    const cookie = await iniciarSesion(servidor.base);
    const p1 = await pagina(servidor.base, PRIMERA, cookie);
    const total = Object.values(p1.porEstado).reduce((a, b) => a + b, 0);
    if (p1.aportes.length !== 50 || !p1.siguiente || total !== APORTES)
      throw new Error(
        `${PRIMERA}: ${p1.aportes.length} aportes, siguiente ${p1.siguiente}, total ${total}`,
      );
    const f = await pagina(servidor.base, FILTRADA, cookie);
    if (
      f.aportes.length === 0 ||
      f.aportes.some((a) => a.estado !== 'respondido' || !/movilidad/i.test(a.texto))
    )
      throw new Error(`${FILTRADA}: resultado inesperado (${f.aportes.length} aportes)`);
    const opciones = { pid: servidor.pid, cookie, headers: { 'accept-encoding': 'gzip' } };
    const primera = await medirCarga(`${servidor.base}${PRIMERA}`, opciones);
    const filtrada = await medirCarga(`${servidor.base}${FILTRADA}`, opciones);
    return {
      conteo,
      primera,
      filtrada,
      coincidencias: f.aportes.length,
      paqueteMs,
      baseMs,
      baseNota,
    };
  } finally {
    await detener(servidor.child);
  }
}

export async function participacion(): Promise<Resultado> {
  const hono = await cargaHonoVacio();
  const notas = [
    NOTA_CARGA,
    `datos: el servidor demo arranca (siembra y migra) y se detiene; con SQL como dueño de la base (pg como postgres; PGlite + PostGIS sobre la carpeta) ${M} llega a ${APORTES} aportes (A-000001…, los 7 estados del ciclo, 8 temas, 5 orígenes, respuesta con razones en respondido/incorporado, ${GRUPOS} grupos, un tercio con polígono EPSG:9377) y ${EVENTOS} eventos con asistentes; se reinicia y se mide con la cookie de ${DEMO.email} y Accept-Encoding: gzip.`,
    `paquete: \`ruta-pot participacion paquete --municipio ${M}\` con el servidor detenido sobre la misma carpeta/base, de spawn a salida (incluye arrancar node y abrir la base), mediana de 3; exige código 0 y los 4 archivos. La memoria deja fuera los por_confirmar (1 de cada 7): quedan unos 8.570 aportes, más que los 5.000 de la meta.`,
    'JS del portal antes del mapa (≤ 100 kB): lo mide `paginas`, no se repite aquí.',
    resumenCarga('Hono vacío', hono),
  ];
  const filas: Fila[] = [];
  for (const { motor, valor: m } of await enCadaMotor('participacion', notas, medirMotor)) {
    filas.push(...filasLatencia(`primera página, ${motor}`, m.primera, hono, META_P95[motor]));
    filas.push(...filasLatencia(`búsqueda filtrada, ${motor}`, m.filtrada, hono, META_P95[motor]));
    filas.push({
      medida: `paquete de evidencias (${m.conteo.aportes} aportes, ${m.conteo.eventos} eventos), ${motor}`,
      valor: Math.round(m.paqueteMs),
      unidad: 'ms',
      meta: { op: '≤', valor: META_PAQUETE_MS },
      base: {
        nombre: `paquete de ${BASE} (${m.conteo.base} aportes)`,
        valor: Math.round(m.baseMs),
      },
    });
    notas.push(
      `${motor}: ${m.conteo.aportes} aportes (${m.conteo.geom} con geometría, ${m.conteo.respuestas} respuestas), ${m.conteo.eventos} eventos; la búsqueda filtrada devuelve ${m.coincidencias} en su primera página; ${m.baseNota}.`,
      resumenCarga(`primera página ${motor}`, m.primera),
      resumenCarga(`búsqueda filtrada ${motor}`, m.filtrada),
    );
  }
  return {
    nombre: 'participacion',
    descripcion: `registro de participación con ${APORTES} aportes bajo carga y paquete de evidencias (issue 13)`,
    filas,
    notas,
  };
}
