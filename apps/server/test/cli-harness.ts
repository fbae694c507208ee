import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** The `ruta-pot` entry point, as `npx ruta-pot` runs it. */
export const BIN = new URL('../bin/ruta-pot.mjs', import.meta.url).pathname;

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI as a separate process with this environment; never rejects (the exit code tells). */
export function cliRunner(env: NodeJS.ProcessEnv): (...args: string[]) => Promise<CliResult> {
  return (...args) =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [BIN, ...args],
        { encoding: 'utf8', env, timeout: 200_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }),
      );
    });
}

/** The environment of an embedded data folder (no PostgreSQL), on top of this process's. */
export const embeddedEnv = (
  dir: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv => ({
  ...process.env,
  RUTA_POT_DATOS: dir,
  DATABASE_URL: '',
  ...extra,
});

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * Runs `ruta-pot servidor` on 127.0.0.1 with this environment until its health answers, then
 * `use(base)`, then stops it with SIGTERM (which releases the data folder) and waits for the exit.
 */
export async function withServer<T>(
  env: NodeJS.ProcessEnv,
  use: (base: string) => Promise<T>,
): Promise<T> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'servidor'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 150_000;
    while (
      !(await fetch(`${base}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error('el servidor no arrancó');
      await new Promise((r) => setTimeout(r, 300));
    }
    return await use(base);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

/** A data folder with the demo data loaded: the server starts once on it and stops. */
export const seedDemoFolder = (dir: string) =>
  withServer(embeddedEnv(dir, { RUTA_POT_DEMO: '1' }), () => Promise.resolve());
