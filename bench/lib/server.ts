import type { ChildProcess } from 'node:child_process';

import { capturarSalida, esperarSalida, lanzar, terminado } from './children';
import { esperar200, puertoLibre } from './http';
import { RAIZ } from './paths';

export interface Proceso {
  child: ChildProcess;
  pid: number;
  base: string;
  /** Milliseconds from spawn to the first 200. */
  msHastaListo: number;
  salida: () => string;
}

/** The parent's environment without database settings, plus `extra`. */
function entorno(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.RUTA_POT_APP_PASSWORD;
  return Object.assign(env, extra);
}

/**
 * Spawns a child listening on PORT (127.0.0.1) and waits for the first 200 of `ruta`.
 * Time runs from just before spawn.
 */
export async function lanzarYEsperar(opciones: {
  args: string[];
  ruta: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<Proceso> {
  const port = await puertoLibre();
  const env = entorno({ PORT: String(port), HOST: '127.0.0.1', ...opciones.env });
  const t0 = performance.now();
  const child = lanzar(process.execPath, opciones.args, { cwd: RAIZ, env });
  const salida = capturarSalida(child);
  const base = `http://127.0.0.1:${port}`;
  try {
    const t1 = await esperar200(`${base}${opciones.ruta}`, {
      timeoutMs: opciones.timeoutMs ?? 120_000,
      vivo: () => !terminado(child),
    });
    return { child, pid: child.pid ?? 0, base, msHastaListo: t1 - t0, salida };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${String(error)}\n--- salida del proceso ---\n${salida()}`);
  }
}

/** Starts `ruta-pot servidor`: embedded PGlite in `datos`, or PostgreSQL with `databaseUrl`. */
export function iniciarRutaPot(opciones: { datos: string; databaseUrl?: string }) {
  return lanzarYEsperar({
    args: ['apps/server/bin/ruta-pot.mjs', 'servidor'],
    ruta: '/api/v1/health',
    env: {
      RUTA_POT_DATOS: opciones.datos,
      RUTA_POT_DEMO: '1',
      ...(opciones.databaseUrl ? { DATABASE_URL: opciones.databaseUrl } : {}),
    },
  });
}

/**
 * Runs one `ruta-pot` CLI command (e.g. `importar divipola <csv>`) against the same storage as
 * {@link iniciarRutaPot} and waits for it; throws with its output on a non-zero exit.
 */
export async function ejecutarRutaPot(
  args: string[],
  opciones: { datos: string; databaseUrl?: string; timeoutMs?: number },
): Promise<string> {
  const child = lanzar(process.execPath, ['apps/server/bin/ruta-pot.mjs', ...args], {
    cwd: RAIZ,
    env: entorno({
      RUTA_POT_DATOS: opciones.datos,
      ...(opciones.databaseUrl ? { DATABASE_URL: opciones.databaseUrl } : {}),
    }),
  });
  const salida = capturarSalida(child);
  let codigo: number | null;
  try {
    codigo = await esperarSalida(child, opciones.timeoutMs ?? 300_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`ruta-pot ${args.join(' ')}: ${String(error)}\n${salida()}`);
  }
  if (codigo !== 0)
    throw new Error(`ruta-pot ${args.join(' ')} terminó con código ${codigo}\n${salida()}`);
  return salida();
}
