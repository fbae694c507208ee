// Issue 14: the cartography. The suelo × amenaza analysis (the product's analyzeLandHazard) on
// Santa Rosa de Cabal's real layers and on a synthetic 500 × 200 overlay against the same table as
// one hand-written PostGIS statement; the import of the 8 MB municipal boundaries (time and peak
// memory) against a bare parse and ogr2ogr; and the OGC API items and the viewer's feature route
// under 50 connections. PGlite and PostgreSQL.
import { resolve } from 'node:path';

import type { Caso } from './fixtures/capas-analisis';
import { capturarSalida, detener, esperarSalida, lanzar } from './lib/children';
import { type Carga, medirCarga } from './lib/load';
import {
  type Almacen,
  cargasHono,
  enCadaMotor,
  filasLatencia,
  NOTA_CARGA,
  resumenCarga,
} from './lib/motores';
import { fixture, RAIZ } from './lib/paths';
import { ejecutarRutaPot, iniciarRutaPot } from './lib/server';
import type { Fila, Resultado } from './lib/types';

const M = '66682';
const CUENTA = { email: 'planeacion.santarosa@demo.rutapot.co', contrasena: 'RutaPOT-demo-2026' };
const DIVIPOLA = '../shared/data/divipola/municipios_colombia.csv';
const LIMITES = '../shared/data/limites/mgn2018_municipios.geojson';
const CAPA_CARGA = 'amenaza_inundacion';
const META_RAZON = 1.3;
const META_P95 = { PGlite: undefined, PostgreSQL: 50 } as const;
const OGC_LIMIT = 100;
const VISOR = { zoom: 16, limite: 2000 };
/** Zoom of the tile load: the whole hazard layer in a few dozen tiles (~2.4 km each). */
const ZOOM_TESELAS = 14;

interface Proceso {
  ms: number;
  /** Peak resident memory (GNU time's %M, the largest of the process and its children). */
  mb: number;
}

/** Runs a command under /usr/bin/time: wall time from spawn to exit and peak RSS. */
async function medirProceso(
  cmd: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<Proceso> {
  const t0 = performance.now();
  const child = lanzar('/usr/bin/time', ['-f', 'PICO_KB %M', cmd, ...args], {
    cwd: RAIZ,
    ...(env ? { env } : {}),
  });
  const salida = capturarSalida(child, 200);
  const codigo = await esperarSalida(child, 600_000);
  const ms = performance.now() - t0;
  const kb = /PICO_KB\s+(\d+)/.exec(salida())?.[1];
  if (codigo !== 0 || kb === undefined)
    throw new Error(`${cmd} ${args.join(' ')}: código ${codigo}\n${salida()}`);
  return { ms, mb: Number(kb) / 1024 };
}

function entornoCli(almacen: Almacen): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, RUTA_POT_DATOS: almacen.datos };
  delete env.DATABASE_URL;
  delete env.RUTA_POT_APP_PASSWORD;
  if (almacen.databaseUrl) env.DATABASE_URL = almacen.databaseUrl;
  return env;
}

async function analisis(almacen: Almacen) {
  const args = fixture(
    'capas-analisis.ts',
    almacen.datos,
    ...(almacen.databaseUrl ? [almacen.databaseUrl] : []),
  );
  const child = lanzar(process.execPath, args, { cwd: RAIZ });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const codigo = await esperarSalida(child, 900_000);
  if (codigo !== 0) throw new Error(`capas-analisis.ts terminó con código ${codigo}: ${err}`);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
    msImportSintetico: number;
    casos: Caso[];
  };
}

async function sesion(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/sesion`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(CUENTA),
  });
  await res.arrayBuffer();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('ruta_pot_sesion='));
  if (!res.ok || !cookie)
    throw new Error(`inicio de sesión de ${CUENTA.email}: HTTP ${res.status}`);
  return cookie;
}

async function getJson<T>(url: string, cookie?: string): Promise<{ json: T; bytes: number }> {
  const res = await fetch(url, cookie ? { headers: { cookie } } : {});
  const texto = await res.text();
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${texto.slice(0, 300)}`);
  return { json: JSON.parse(texto) as T, bytes: Buffer.byteLength(texto) };
}

interface Rutas {
  ogc: string;
  visor: string;
  ogcDevueltos: number;
  visorDevueltos: number;
  /** Uncompressed bytes of each response (for the same-size Hono baseline). */
  ogcBytes: number;
  visorBytes: number;
  /** Time of the first request of each (read from the database, before any page cache). */
  ogcPrimeraMs: number;
  visorPrimeraMs: number;
  /** Paths of the tiles covering the layer at ZOOM_TESELAS. */
  teselas: string[];
  /** The tiles fetched once, in turn, before the load: cut from PostGIS. */
  teselasPrimeraMs: number;
  teselasBytes: number;
  teselasVacias: number;
}

/** The z/x/y of the Web Mercator tiles that cover a bbox (EPSG:4326) at `z`. */
function teselasDe([x0, y0, x1, y1]: [number, number, number, number], z: number) {
  const n = 2 ** z;
  const col = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const fila = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  const out: string[] = [];
  for (let x = col(x0); x <= col(x1); x++)
    for (let y = fila(y1); y <= fila(y0); y++) out.push(`${z}/${x}/${y}`);
  return out;
}

/** The hazard layer's id and a window (the middle half of its extent, EPSG:4326). */
async function rutas(base: string, cookie: string): Promise<Rutas> {
  const { capas } = (
    await getJson<{
      capas: { id: string; nombre: string; bbox: [number, number, number, number] | null }[];
    }>(`${base}/api/v1/municipios/${M}/capas`, cookie)
  ).json;
  const capa = capas.find((c) => c.nombre === CAPA_CARGA);
  if (!capa?.bbox) throw new Error(`${M} no tiene la capa ${CAPA_CARGA} (¿falta ../shared/data?)`);
  const [x0, y0, x1, y1] = capa.bbox;
  const [w, h] = [(x1 - x0) / 4, (y1 - y0) / 4];
  const bbox = [x0 + w, y0 + h, x1 - w, y1 - h].map((v) => v.toFixed(6)).join(',');
  const ogc = `/ogc/collections/capa-${capa.id}/items?bbox=${bbox}&limit=${OGC_LIMIT}`;
  const visor = `/api/v1/municipios/${M}/capas/${capa.id}/entidades?bbox=${bbox}&zoom=${VISOR.zoom}&limite=${VISOR.limite}`;
  const t0 = performance.now();
  const a = await getJson<{ features: unknown[] }>(`${base}${ogc}`);
  const t1 = performance.now();
  const b = await getJson<{ features: unknown[] }>(`${base}${visor}`, cookie);
  const t2 = performance.now();
  const teselas = teselasDe(capa.bbox, ZOOM_TESELAS).map(
    (zxy) => `/api/v1/municipios/${M}/capas/${capa.id}/teselas/${zxy}.mvt`,
  );
  let teselasBytes = 0;
  let teselasVacias = 0;
  for (const ruta of teselas) {
    const res = await fetch(`${base}${ruta}`, { headers: { cookie } });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status === 204) teselasVacias++;
    else if (res.status !== 200) throw new Error(`${ruta}: HTTP ${res.status}`);
    teselasBytes += bytes;
  }
  const t3 = performance.now();
  if (teselasVacias === teselas.length) throw new Error('todas las teselas están vacías');
  if (a.json.features.length === 0 || b.json.features.length === 0)
    throw new Error(
      `ventana vacía: ${a.json.features.length} / ${b.json.features.length} entidades`,
    );
  return {
    ogc,
    visor,
    ogcDevueltos: a.json.features.length,
    visorDevueltos: b.json.features.length,
    ogcBytes: a.bytes,
    visorBytes: b.bytes,
    ogcPrimeraMs: t1 - t0,
    visorPrimeraMs: t2 - t1,
    teselas,
    teselasPrimeraMs: t3 - t2,
    teselasBytes,
    teselasVacias,
  };
}

interface Medida {
  casos: Caso[];
  msImportSintetico: number;
  limites: Proceso;
  parseo: Proceso;
  ogr2ogr: Proceso | null;
  rutas: Rutas;
  ogc: Carga;
  visor: Carga;
  teselas: Carga;
}

async function medirMotor(almacen: Almacen): Promise<Medida> {
  // The demo server seeds and migrates (Santa Rosa's layers through the product's importer).
  const primero = await iniciarRutaPot(almacen);
  await detener(primero.child);
  const { casos, msImportSintetico } = await analisis(almacen);

  await ejecutarRutaPot(['importar', 'divipola', DIVIPOLA], almacen);
  const env = entornoCli(almacen);
  const limites = await medirProceso(
    process.execPath,
    ['apps/server/bin/ruta-pot.mjs', 'importar', 'limites', LIMITES],
    env,
  );
  const parseo = await medirProceso(process.execPath, [
    '-e',
    `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(resolve(RAIZ, LIMITES))}, 'utf8'))`,
  ]);
  let ogr2ogr: Proceso | null = null;
  if (almacen.databaseUrl) {
    const url = new URL(almacen.databaseUrl);
    ogr2ogr = await medirProceso('ogr2ogr', [
      '-f',
      'PostgreSQL',
      `PG:host=${url.hostname} port=${url.port} user=${url.username} dbname=${url.pathname.slice(1)}`,
      LIMITES,
      '-nln',
      'bench_ogr_limites',
      '-overwrite',
      '-lco',
      'GEOMETRY_NAME=geom',
    ]);
  }

  const servidor = await iniciarRutaPot(almacen);
  try {
    const cookie = await sesion(servidor.base);
    const r = await rutas(servidor.base, cookie);
    const opciones = { pid: servidor.pid, headers: { 'accept-encoding': 'gzip' } };
    const ogc = await medirCarga(`${servidor.base}${r.ogc}`, opciones);
    const visor = await medirCarga(`${servidor.base}${r.visor}`, { ...opciones, cookie });
    const teselas = await medirCarga(servidor.base, { ...opciones, cookie, rutas: r.teselas });
    return { casos, msImportSintetico, limites, parseo, ogr2ogr, rutas: r, ogc, visor, teselas };
  } finally {
    await detener(servidor.child);
  }
}

const suma = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ms1 = (v: number) => Math.round(v * 10) / 10;

function filasAnalisis(motor: Almacen['motor'], m: Medida, notas: string[]): Fila[] {
  const sr = m.casos.filter((c) => c.caso.startsWith('Santa Rosa'));
  const sint = m.casos.find((c) => c.caso.startsWith('sintético'));
  if (!sint || sr.length === 0) throw new Error(`${motor}: faltan casos del análisis`);
  const base = { nombre: 'una sentencia SQL a mano' };
  const filas: Fila[] = [
    {
      medida: `análisis suelo × amenaza, sintético 500 × 200 (${motor})`,
      valor: ms1(sint.productoMs),
      unidad: 'ms',
      base: { ...base, valor: ms1(sint.sqlMs) },
    },
    {
      medida: `razón producto / SQL a mano, sintético (${motor})`,
      valor: sint.productoMs / sint.sqlMs,
      unidad: '×',
      ...(motor === 'PostgreSQL' ? { meta: { op: '≤' as const, valor: META_RAZON } } : {}),
    },
    {
      medida: `análisis suelo × amenaza, Santa Rosa, 3 capas de amenaza (${motor}, completo)`,
      valor: ms1(suma(sr.map((c) => c.productoMs))),
      unidad: 'ms',
      base: { nombre: 'la tabla por SQL a mano', valor: ms1(suma(sr.map((c) => c.sqlMs))) },
    },
    {
      medida: `hectáreas: diferencia máx. por celda clase × categoría, producto vs SQL (${motor})`,
      valor: Math.max(...m.casos.map((c) => c.difMaxHa)),
      unidad: 'ha',
      meta: { op: '≤', valor: 0.0001 },
    },
  ];
  for (const c of m.casos)
    notas.push(
      `${motor}, ${c.caso}: producto ${ms1(c.productoMs)} ms, SQL ${ms1(c.sqlMs)} ms (mediana de ${c.rondas}); ${c.celdas} celdas, ${c.haProducto} ha (SQL ${c.haSql} ha, ${c.celdasDistintas} celdas distintas)${c.prediosExpuestos === null ? '' : `; además ${c.prediosExpuestos} predios expuestos`}${c.conRiesgo ? ' y condición de riesgo' : ''}.`,
    );
  return filas;
}

function filasLimites(motor: Almacen['motor'], m: Medida): Fila[] {
  const parseo = { nombre: 'JSON.parse del archivo (node)' };
  const filas: Fila[] = [
    {
      medida: `importar límites 8 MB, ruta-pot CLI (${motor})`,
      valor: Math.round(m.limites.ms),
      unidad: 'ms',
      base: { ...parseo, valor: Math.round(m.parseo.ms) },
    },
    {
      medida: `memoria máxima al importar límites (${motor})`,
      valor: Math.round(m.limites.mb),
      unidad: 'MB',
      base: { ...parseo, valor: Math.round(m.parseo.mb) },
    },
  ];
  if (m.ogr2ogr)
    filas.push(
      {
        medida: `importar límites 8 MB frente a ogr2ogr (${motor})`,
        valor: Math.round(m.limites.ms),
        unidad: 'ms',
        base: { nombre: 'ogr2ogr a PostGIS', valor: Math.round(m.ogr2ogr.ms) },
      },
      {
        medida: `memoria máxima frente a ogr2ogr (${motor})`,
        valor: Math.round(m.limites.mb),
        unidad: 'MB',
        base: { nombre: 'ogr2ogr a PostGIS', valor: Math.round(m.ogr2ogr.mb) },
      },
    );
  return filas;
}

export async function capas(): Promise<Resultado> {
  const notas = [
    NOTA_CARGA,
    `análisis: el servidor demo importa con el importador del producto las capas reales de Santa Rosa de Cabal (${M}, ../shared/data/pot/) y deriva la clasificación del suelo de demostración; luego, con el servidor detenido, bench/fixtures/capas-analisis.ts abre la misma carpeta o base como el servidor (openPlatform), importa con importLayer una superposición sintética en Tabio (500 cuadrados de clase de suelo × 200 elipses de amenaza, 100 vértices cada uno, EPSG:9377) y alterna analyzeLandHazard (rol ruta_app, RLS) con una sola sentencia SQL escrita a mano (ST_Intersects + sum(ST_Area(ST_Intersection)) / 10000, agrupada por clase × categoría) como dueño de la base; mediana de 3 a 9 rondas tras una de calentamiento. En PostgreSQL se hace ANALYZE tras importar (lo que haría autovacuum); PGlite no tiene autovacuum. Santa Rosa «completo»: el producto calcula además predios expuestos, condición de riesgo y escala, que la sentencia a mano no calcula (razón informativa).`,
    `límites: \`ruta-pot importar limites ${LIMITES}\` tras \`importar divipola\`, de spawn a salida bajo /usr/bin/time (pico de memoria = %M, el mayor RSS del proceso; en PostgreSQL no cuenta la memoria del servidor de base de datos). Líneas base: node que solo lee y hace JSON.parse del archivo; en PostgreSQL, ogr2ogr del mismo archivo a una tabla de la misma base.`,
    `carga: capa ${CAPA_CARGA} de ${M} (pública en la demo), ventana = mitad central de su extensión; teselas: cada conexión recorre en orden las teselas z${ZOOM_TESELAS} que cubren la capa (/api/v1/municipios/${M}/capas/<id>/teselas/z/x/y.mvt, con sesión; la meta p95 del issue es sobre «teselas vectoriales o items»); OGC /ogc/collections/capa-<id>/items?bbox=…&limit=${OGC_LIMIT} sin sesión; visor /api/v1/municipios/${M}/capas/<id>/entidades?bbox=…&zoom=${VISOR.zoom}&limite=${VISOR.limite} con la sesión de ${CUENTA.email}; Accept-Encoding: gzip. La carga repite la misma ventana y las mismas teselas: tras la primera petición la página (serializada y comprimida) o la tesela sale de la memoria del servidor (las entidades de una capa no cambian después de importarla; ogc/routes.ts, layer-read.ts, tile-routes.ts).`,
  ];
  const filas: Fila[] = [];
  const medidas = await enCadaMotor('capas', notas, medirMotor);
  // Hono last, when the body sizes are known: «Hono, cuerpo de N B» is the cost of moving a
  // response that large under the same load, without any application work.
  const tamanos = medidas[0]?.valor.rutas ?? { ogcBytes: 2, visorBytes: 2 };
  const [hono, honoOgc, honoVisor] = await cargasHono([
    '/x',
    `/cuerpo/${tamanos.ogcBytes}`,
    `/cuerpo/${tamanos.visorBytes}`,
  ]);
  if (!hono || !honoOgc || !honoVisor) throw new Error('sin medición de Hono');
  notas.push(
    resumenCarga('Hono vacío', hono),
    resumenCarga(`Hono, cuerpo de ${tamanos.ogcBytes} B`, honoOgc),
    resumenCarga(`Hono, cuerpo de ${tamanos.visorBytes} B`, honoVisor),
  );
  for (const { motor, valor: m } of medidas) {
    filas.push(...filasAnalisis(motor, m, notas));
    filas.push(...filasLimites(motor, m));
    // The issue's target is on «vector-tile or items p95»: tiles carry the viewer's large
    // layers; a page of 100 items of this layer is ~400 kB of GeoJSON, reported against moving a
    // body that size with no application work.
    filas.push(...filasLatencia(`teselas vectoriales, ${motor}`, m.teselas, hono, META_P95[motor]));
    filas.push(...filasLatencia(`items OGC, ${motor}`, m.ogc, hono, undefined));
    filas.push({
      medida: `latencia p95 (items OGC, ${motor}) frente a un cuerpo del mismo tamaño`,
      valor: m.ogc.p95,
      unidad: 'ms',
      base: { nombre: `Hono, cuerpo de ${m.rutas.ogcBytes} B`, valor: honoOgc.p95 },
    });
    filas.push(...filasLatencia(`entidades del visor, ${motor}`, m.visor, hono, undefined));
    filas.push({
      medida: `latencia p95 (entidades del visor, ${motor}) frente a un cuerpo del mismo tamaño`,
      valor: m.visor.p95,
      unidad: 'ms',
      base: { nombre: `Hono, cuerpo de ${m.rutas.visorBytes} B`, valor: honoVisor.p95 },
    });
    notas.push(
      `${motor}: importación sintética por importLayer ${Math.round(m.msImportSintetico)} ms; ventana con ${m.rutas.ogcDevueltos} entidades (OGC, ${m.rutas.ogcBytes} B sin comprimir; primera petición, leída de la base, ${Math.round(m.rutas.ogcPrimeraMs)} ms) y ${m.rutas.visorDevueltos} (visor, ${m.rutas.visorBytes} B; primera ${Math.round(m.rutas.visorPrimeraMs)} ms).`,
      `${motor}: ${m.rutas.teselas.length} teselas z${ZOOM_TESELAS} cubren la capa (${m.rutas.teselasVacias} vacías, ${m.rutas.teselasBytes} B en total); pedidas una vez, en orden, cortadas de PostGIS: ${Math.round(m.rutas.teselasPrimeraMs)} ms.`,
      resumenCarga(`teselas ${motor}`, m.teselas),
      resumenCarga(`items OGC ${motor}`, m.ogc),
      resumenCarga(`entidades del visor ${motor}`, m.visor),
    );
  }
  return {
    nombre: 'capas',
    descripcion:
      'cartografía: análisis suelo × amenaza frente a SQL a mano, importación de límites y lecturas bajo carga (issue 14)',
    filas,
    notas,
  };
}
