// Writing bench data as the database owner, beside the running server (row-level security and
// the app role would refuse bulk inserts of history): shared by the benches that clone data.
import { join } from 'node:path';

import pg from 'pg';

import { esperarSalida, lanzar } from './children';
import type { Almacen } from './motores';
import { fixture, RAIZ } from './paths';

/**
 * Runs `sql` (one or several statements) as the owner and returns the last statement's rows:
 * pg as postgres, or PGlite on the (unlocked) data folder through stdin.
 */
export async function comoDueno<T>(almacen: Almacen, sql: string, plazoMs = 300_000): Promise<T[]> {
  if (almacen.databaseUrl) {
    const client = new pg.Client({ connectionString: almacen.databaseUrl });
    await client.connect();
    try {
      const r = (await client.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
      return (Array.isArray(r) ? (r.at(-1)?.rows ?? []) : r.rows) as T[];
    } finally {
      await client.end();
    }
  }
  // The server keeps PGlite in <RUTA_POT_DATOS>/pgdata.
  const child = lanzar(process.execPath, fixture('pglite-sql.ts', join(almacen.datos, 'pgdata')), {
    cwd: RAIZ,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin?.end(sql);
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const codigo = await esperarSalida(child, plazoMs);
  if (codigo !== 0) throw new Error(`pglite-sql.ts terminó con código ${codigo}: ${err}`);
  return JSON.parse(out.trim().split('\n').pop() ?? '[]') as T[];
}
