// `npm run bench [-- <nombre> …]`: runs the benchmarks, prints one table each and writes
// bench/results/<timestamp>.json. Targets that are missed are reported, not asserted (exit 0).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { arranque } from './arranque';
import { banco } from './banco';
import { capas } from './capas';
import { equipo } from './equipo';
import { evaluacion } from './evaluacion';
import { expediente } from './expediente';
import { matarTodos } from './lib/children';
import { BENCH } from './lib/paths';
import { cumple, imprimirTabla, razon } from './lib/table';
import type { Benchmark, Resultado } from './lib/types';
import { lista } from './lista';
import { paginas } from './paginas';
import { panorama } from './panorama';
import { participacion } from './participacion';
import { red } from './red';
import { tablero } from './tablero';

const BENCHMARKS: Record<string, Benchmark> = {
  evaluacion,
  arranque,
  lista,
  panorama,
  tablero,
  paginas,
  banco,
  expediente,
  equipo,
  participacion,
  capas,
  red,
};
// Eleven benchmarks now run in about 36 min on 2 cores; the limit only stops a run that hangs.
const LIMITE_MS = 45 * 60_000;

process.on('exit', matarTodos);
for (const senal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(senal, () => {
    matarTodos();
    process.exit(130);
  });
}
setTimeout(() => {
  console.error(`bench: límite de ${LIMITE_MS / 60_000} min alcanzado; se detiene.`);
  matarTodos();
  process.exit(1);
}, LIMITE_MS).unref();

const pedidos = process.argv.slice(2);
const desconocidos = pedidos.filter((n) => !(n in BENCHMARKS));
if (desconocidos.length > 0) {
  console.error(
    `benchmark desconocido: ${desconocidos.join(', ')}. Disponibles: ${Object.keys(BENCHMARKS).join(', ')}`,
  );
  process.exit(2);
}
const nombres = pedidos.length > 0 ? pedidos : Object.keys(BENCHMARKS);

const resultados: Array<Resultado | { nombre: string; error: string }> = [];
let fallidos = 0;
for (const nombre of nombres) {
  const bench = BENCHMARKS[nombre];
  if (!bench) continue;
  const t0 = performance.now();
  try {
    const r = await bench();
    imprimirTabla(r);
    resultados.push(r);
  } catch (error) {
    fallidos++;
    console.error(`\n== ${nombre}: ERROR\n${error instanceof Error ? error.stack : String(error)}`);
    resultados.push({ nombre, error: String(error) });
  }
  console.log(`  (${nombre}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

const fecha = new Date().toISOString();
const json = {
  fecha,
  node: process.version,
  plataforma: `${process.platform} ${process.arch}`,
  cpus: cpus().length,
  resultados: resultados.map((r) =>
    'filas' in r
      ? { ...r, filas: r.filas.map((f) => ({ ...f, cumple: cumple(f), razon: razon(f) ?? null })) }
      : r,
  ),
};
const dir = join(BENCH, 'results');
await mkdir(dir, { recursive: true });
const archivo = join(dir, `${fecha.replace(/[:.]/g, '-')}.json`);
await writeFile(archivo, `${JSON.stringify(json, null, 2)}\n`);
console.log(`\nresultados: ${archivo}`);
process.exitCode = fallidos > 0 ? 1 : 0;
