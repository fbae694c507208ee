import { randomBytes } from 'node:crypto';

import pg from 'pg';

const ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `ruta_bench_<random>` on the local PostgreSQL; returns its URL and a dropper. */
export async function baseTemporal(): Promise<{ url: string; eliminar: () => Promise<void> }> {
  const nombre = `ruta_bench_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${nombre}`));
  return {
    url: `postgres://postgres@127.0.0.1:5432/${nombre}`,
    eliminar: async () => {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${nombre} WITH (FORCE)`));
    },
  };
}
