#!/usr/bin/env node
// Entry point for `npx ruta-pot …` and `npm start`: runs the compiled server and CLI, compiling
// them first when a source changed (compiled.mjs). If compiling is impossible (no esbuild, a
// read-only checkout) it runs the TypeScript sources through tsx, as before.
import { pathToFileURL } from 'node:url';

import { COMPILED, compileServer, isCompiledFresh } from './compiled.mjs';

async function load() {
  if (process.env.RUTA_POT_FUENTES !== '1') {
    try {
      if (!isCompiledFresh()) await compileServer();
      return await import(pathToFileURL(COMPILED).href);
    } catch (error) {
      console.error(
        `Aviso: no se pudo compilar el servidor (${error instanceof Error ? error.message : String(error)}); se ejecuta el código fuente.`,
      );
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/index.ts');
}

const { runCli } = await load();
process.exitCode = await runCli(process.argv.slice(2));
