import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Monorepo root (/work/main): children run from here. */
export const RAIZ = resolve(import.meta.dirname, '..', '..');
export const BENCH = join(RAIZ, 'bench');

export const carpetaTemporal = (prefijo: string) =>
  mkdtemp(join(tmpdir(), `ruta-bench-${prefijo}-`));

export const borrar = (dir: string) => rm(dir, { recursive: true, force: true });

/** Arguments to run a TypeScript fixture of bench/fixtures with tsx. */
export const fixture = (nombre: string, ...args: string[]) => [
  '--import',
  'tsx',
  join(BENCH, 'fixtures', nombre),
  ...args,
];
