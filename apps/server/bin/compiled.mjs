// The server and CLI compiled to one JavaScript file (apps/server/dist/ruta-pot.mjs), rebuilt
// whenever a source is newer. Loading TypeScript through tsx on every start cost about a second
// and ~60 MB of resident memory on the planning office's computer (docs/adr/0016).
import { readdirSync, renameSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const COMPILED = join(ROOT, 'apps/server/dist/ruta-pot.mjs');
const ENTRY = join(ROOT, 'apps/server/src/cli/index.ts');
const SOURCES = ['apps/server/src', 'packages/domain/src', 'packages/geo/src', 'packages/db/src'];

/** Newest modification time under `dir` (also used by `npm start` for the web build). */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(COMPILED).mtimeMs;
  } catch {
    return 0;
  }
}

export function isCompiledFresh() {
  const built = builtAt();
  return built > 0 && SOURCES.every((dir) => newestMtime(join(ROOT, dir)) <= built);
}

/**
 * Workspace sources are bundled; npm packages stay external (PGlite finds its WebAssembly next to
 * its own module). Each source keeps its own `import.meta.url`, so paths such as the migrations
 * folder resolve exactly as they do from TypeScript.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@ruta-pot/') ? undefined : { path: args.path, external: true },
    );
    build.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
      resolveDir: dirname(args.path),
    }));
  },
};

export async function compileServer() {
  const { build } = await import('esbuild');
  const temporary = `${COMPILED}.${process.pid}.tmp`;
  await build({
    entryPoints: [ENTRY],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    logLevel: 'error',
    plugins: [keepModuleUrls],
  });
  // Renamed into place so a concurrent start never loads a half-written file.
  renameSync(temporary, COMPILED);
}
