// Issue 4: the public national overview (GET /api/v1/panorama, 1,122 municipalities) under load,
// PGlite and PostgreSQL, on the real catalogue imported with the CLI; the boundary file as a
// secondary, informative row.
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';

import { detener } from './lib/children';
import { type Carga, medirCarga } from './lib/load';
import {
  type Almacen,
  baseHono,
  cargasHono,
  enCadaMotor,
  filasLatencia,
  NOTA_CARGA,
  resumenCarga,
} from './lib/motores';
import { leerMunicipios } from './lib/municipios';
import { RAIZ } from './lib/paths';
import { ejecutarRutaPot, iniciarRutaPot } from './lib/server';
import type { Fila, Resultado } from './lib/types';

const RUTA = '/api/v1/panorama';
const RUTA_LIMITES = '/api/v1/panorama/limites.geojson';
const META_P95 = { PGlite: 150, PostgreSQL: 50 } as const;

/** The CLI imports, in order, with the paths given relative to the monorepo root (cwd). */
const IMPORTES = [
  ['divipola', '../shared/data/divipola/municipios_colombia.csv'],
  ['poblacion', '../shared/data/divipola/poblacion_municipal_dane_2012_2024.csv'],
  ['limites', '../shared/data/limites/mgn2018_municipios.geojson'],
] as const;

/** Bytes on the wire of one GET (node:http: no transparent decompression, unlike fetch). */
function bytesGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: number; encoding: string }> {
  return new Promise((resolver, rechazar) => {
    const req = request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () =>
        resolver({
          status: res.statusCode ?? 0,
          bytes,
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
        }),
      );
      res.on('error', rechazar);
    });
    req.on('error', rechazar);
    req.setTimeout(30_000, () => req.destroy(new Error(`${url}: sin respuesta en 30 s`)));
    req.end();
  });
}

interface Medida {
  msImportes: number;
  bytesPanorama: number;
  resumen: string;
  limitesCrudo: number;
  limitesGzip: number;
  panorama: Carga;
  limites: Carga;
}

async function medirMotor(almacen: Almacen, esperados: number): Promise<Medida> {
  const t0 = performance.now();
  for (const [tipo, archivo] of IMPORTES) {
    await ejecutarRutaPot(['importar', tipo, archivo], almacen);
  }
  const msImportes = performance.now() - t0;

  const servidor = await iniciarRutaPot(almacen);
  try {
    const res = await fetch(`${servidor.base}${RUTA}`);
    const texto = await res.text();
    if (res.status !== 200)
      throw new Error(`${RUTA} respondió ${res.status}: ${texto.slice(0, 500)}`);
    const cuerpo = JSON.parse(texto) as { municipios?: unknown[]; resumen?: unknown };
    const n = cuerpo.municipios?.length ?? 0;
    if (n !== esperados) {
      throw new Error(`${RUTA} (${almacen.motor}) trae ${n} municipios; se esperaban ${esperados}`);
    }
    const crudo = await bytesGet(`${servidor.base}${RUTA_LIMITES}`, {
      'accept-encoding': 'identity',
    });
    const gzip = await bytesGet(`${servidor.base}${RUTA_LIMITES}`, { 'accept-encoding': 'gzip' });
    if (crudo.status !== 200 || gzip.status !== 200 || gzip.encoding !== 'gzip') {
      throw new Error(
        `${RUTA_LIMITES}: HTTP ${crudo.status}/${gzip.status}, codificación con gzip «${gzip.encoding}»`,
      );
    }
    // Measured as a browser asks for it: every browser sends accept-encoding: gzip.
    const panorama = await medirCarga(`${servidor.base}${RUTA}`, {
      pid: servidor.pid,
      headers: { 'accept-encoding': 'gzip' },
    });
    const limites = await medirCarga(`${servidor.base}${RUTA_LIMITES}`, {
      pid: servidor.pid,
      headers: { 'accept-encoding': 'gzip' },
    });
    return {
      msImportes,
      bytesPanorama: Buffer.byteLength(texto),
      resumen: JSON.stringify(cuerpo.resumen),
      limitesCrudo: crudo.bytes,
      limitesGzip: gzip.bytes,
      panorama,
      limites,
    };
  } finally {
    await detener(servidor.child);
  }
}

export async function panorama(): Promise<Resultado> {
  for (const [, archivo] of IMPORTES) {
    if (!existsSync(resolve(RAIZ, archivo)))
      throw new Error(`falta el archivo de datos ${archivo}`);
  }
  const esperados = leerMunicipios(resolve(RAIZ, IMPORTES[0][1])).length;
  const notas = [
    NOTA_CARGA,
    `datos nacionales: antes de cada servidor, \`ruta-pot importar divipola|poblacion|limites\` (${IMPORTES.map(([, a]) => a).join(', ')}) sobre la misma carpeta o base; luego \`ruta-pot servidor\` con RUTA_POT_DEMO=1. Se verifica que ${RUTA} trae ${esperados} municipios.`,
    `${RUTA} y ${RUTA_LIMITES} se miden con accept-encoding: gzip (como un navegador); tamaños en bytes en la red (node:http, sin descompresión).`,
    'el servidor guarda el panorama calculado 10 s (PANORAMA_TTL_MS): la corrida de 10 s incluye al menos un recálculo.',
  ];
  const medidas = await enCadaMotor('panorama', notas, (almacen) => medirMotor(almacen, esperados));
  const primera = medidas[0];
  if (!primera) throw new Error('sin mediciones');

  // Baselines after the engines, when the body sizes are known: the bare endpoint (the line
  // base of the targets) and the same Hono sending a prebuilt body of the same size (transport
  // and client cost of a large response, without any application work).
  const tamPanorama = primera.valor.bytesPanorama;
  const tamLimites = primera.valor.limitesGzip;
  const [hono, honoPanorama, honoLimites] = await cargasHono([
    '/x',
    `/cuerpo/${tamPanorama}`,
    `/cuerpo/${tamLimites}`,
  ]);
  if (!hono || !honoPanorama || !honoLimites) throw new Error('sin mediciones de Hono');
  notas.push(
    resumenCarga('Hono vacío', hono),
    resumenCarga(`Hono con cuerpo de ${tamPanorama} bytes`, honoPanorama),
    resumenCarga(`Hono con cuerpo de ${tamLimites} bytes`, honoLimites),
  );
  const mismoCuerpo = (bytes: number, valor: number) => ({
    nombre: `Hono, cuerpo de ${bytes} B`,
    valor,
  });

  const filas: Fila[] = [];
  for (const { motor, valor: m } of medidas) {
    filas.push(
      ...filasLatencia(`${RUTA}, ${motor}`, m.panorama, hono, META_P95[motor]),
      {
        medida: `latencia p95 (${RUTA}, ${motor}) frente al mismo tamaño de cuerpo`,
        valor: m.panorama.p95,
        unidad: 'ms',
        base: mismoCuerpo(tamPanorama, honoPanorama.p95),
      },
      {
        medida: `latencia p95 (${RUTA_LIMITES} gzip, ${motor}, secundaria)`,
        valor: m.limites.p95,
        unidad: 'ms',
        base: baseHono(hono.p95),
      },
      {
        medida: `latencia p95 (${RUTA_LIMITES} gzip, ${motor}) frente al mismo tamaño`,
        valor: m.limites.p95,
        unidad: 'ms',
        base: mismoCuerpo(tamLimites, honoLimites.p95),
      },
    );
    notas.push(
      `${motor}: importes ${(m.msImportes / 1000).toFixed(1)} s; ${RUTA} ${m.bytesPanorama} bytes (sin compresión), resumen ${m.resumen}.`,
      resumenCarga(`${RUTA} ${motor}`, m.panorama),
      resumenCarga(`${RUTA_LIMITES} ${motor}`, m.limites),
    );
  }
  filas.push(
    {
      medida: `${RUTA}: tamaño de la respuesta (${primera.motor}, sin compresión)`,
      valor: tamPanorama,
      unidad: 'bytes',
    },
    {
      medida: `${RUTA_LIMITES}: tamaño sin comprimir (${primera.motor})`,
      valor: primera.valor.limitesCrudo,
      unidad: 'bytes',
    },
    {
      medida: `${RUTA_LIMITES}: tamaño gzip (${primera.motor})`,
      valor: tamLimites,
      unidad: 'bytes',
    },
  );
  const tam = medidas.map(({ motor, valor: v }) => `${motor} ${v.limitesCrudo} / ${v.limitesGzip}`);
  notas.push(`${RUTA_LIMITES} sin comprimir / gzip, bytes: ${tam.join('; ')}.`);
  return {
    nombre: 'panorama',
    descripcion: 'panorama nacional público (1.122 municipios) bajo carga (issue 4)',
    filas,
    notas,
  };
}
