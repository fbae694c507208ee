import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import type { Extension } from '@electric-sql/pglite';

import { readBundleFiles } from './postgis-bundle';

/**
 * PostGIS for the embedded engine, loaded when a query first needs it.
 *
 * The bundle pglite-postgis ships (95 MB unpacked) holds PostGIS, raster, topology and the tiger
 * geocoder with every upgrade script, and PGlite compiles and instantiates each `.so` in it while
 * opening the database. Measured on the 2-core machine: 4–5 s and ~500 MB of the warm start, for
 * libraries the application never calls at start (docs/adr/0016-embedded-postgis-on-demand.md).
 *
 * This extension keeps what Ruta POT uses — `postgis-3.so`, the `postgis` control file and its
 * install script, and PROJ's data — and writes the library into PGlite's file system without
 * preloading it, so PostgreSQL's own `dlopen` compiles it the first time a PostGIS function runs
 * (importing boundaries, creating the extension). Reads of stored geometry never need it: the map
 * reads GeoJSON precomputed at import time.
 */

const WASM_PREFIX = '/pglite';
const LIBRARY = 'lib/postgresql/postgis-3.so';
const KEEP = [
  /^share\/proj\//,
  /^share\/postgresql\/extension\/postgis\.control$/,
  // The install script of the bundled version only: upgrade scripts (`postgis--a--b.sql`) are
  // not needed while the versions stay pinned (package.json).
  /^share\/postgresql\/extension\/postgis--\d+\.\d+\.\d+\.sql$/,
];

/** The files kept from the bundle, extracted once to the cache folder. */
export interface PostgisAssets {
  folder: string;
  /** Paths relative to PGlite's prefix (`/pglite`) and to `folder`. */
  files: string[];
}

function sourceBundle(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@electric-sql/pglite-postgis')), 'postgis.tar.gz');
}

function writeAtomically(path: string, bytes: Uint8Array | string) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/**
 * Extracts the kept files into `cacheDir` once per installed pglite-postgis (keyed by the source
 * bundle's size and modification time) and returns their list. The manifest is written last, so
 * an interrupted extraction is redone.
 */
export function preparePostgisAssets(cacheDir: string): PostgisAssets {
  const source = sourceBundle();
  const stat = statSync(source);
  const folder = join(cacheDir, `postgis-${stat.size}-${Math.trunc(stat.mtimeMs)}`);
  const manifest = join(folder, 'manifiesto.json');
  try {
    return { folder, files: JSON.parse(readFileSync(manifest, 'utf8')) as string[] };
  } catch {
    // Not extracted yet, or interrupted: extract below.
  }
  const kept = readBundleFiles(
    source,
    (name) => name === LIBRARY || KEEP.some((pattern) => pattern.test(name)),
  );
  if (!kept.some((entry) => entry.name === LIBRARY)) {
    throw new Error(`El paquete de PostGIS no contiene ${LIBRARY}.`);
  }
  for (const entry of kept) writeAtomically(join(folder, entry.name), entry.data);
  const files = kept.map((entry) => entry.name);
  writeAtomically(manifest, JSON.stringify(files));
  return { folder, files };
}

interface EmscriptenFs {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array, options: { canOwn: boolean }): void;
}

/** The PGlite extension (named `postgis`, like the one it replaces). */
export function postgisOnDemand(cacheDir = join(tmpdir(), 'ruta-pot-cache')): Extension {
  return {
    name: 'postgis',
    setup(_pg, emscriptenOpts: { PGLITE_ENV: Record<string, string>; preRun?: unknown[] }) {
      const assets = preparePostgisAssets(cacheDir);
      emscriptenOpts.PGLITE_ENV.PROJ_DATA = `${WASM_PREFIX}/share/proj`;
      emscriptenOpts.preRun = [
        ...(emscriptenOpts.preRun ?? []),
        (module: { FS: EmscriptenFs }) => {
          // Plain files handed over without a copy (canOwn), and no bundle for PGlite to unpack
          // and keep: the library is not preloaded, so dlopen compiles it on first use.
          for (const file of assets.files) {
            module.FS.mkdirTree(`${WASM_PREFIX}/${dirname(file)}`);
            module.FS.writeFile(`${WASM_PREFIX}/${file}`, readFileSync(join(assets.folder, file)), {
              canOwn: true,
            });
          }
        },
      ];
      return Promise.resolve({ emscriptenOpts });
    },
  };
}
