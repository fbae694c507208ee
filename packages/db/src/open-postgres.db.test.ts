import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createScratchDatabase, ownerConnection } from '../test/engines';
import { openPostgres } from './open-postgres';

// The pool's connections end on the server's side too: a restart, pg_terminate_backend, or the
// forced DROP DATABASE that ends every db test file. Unheard, such an end is an uncaught exception
// that takes the server down (or fails a test run whose tests all passed).

/** The application's connections to the current database, as the server counts them. */
async function appBackends(owner: pg.Client): Promise<number | undefined> {
  const { rows } = await owner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE usename = 'ruta_app' AND datname = current_database()`,
  );
  return rows[0]?.n;
}

/** Fills the pool with `count` connections, left idle. */
async function fillPool(db: Awaited<ReturnType<typeof openPostgres>>, count: number) {
  await Promise.all(Array.from({ length: count }, () => db.raw.query('SELECT pg_sleep(0.05)')));
  expect(db.pool.idleCount).toBe(count);
}

describe('PostgreSQL connections that the server ends', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let owner: pg.Client;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    owner = await ownerConnection(scratch.url);
  });
  afterAll(async () => {
    await owner.end();
    await scratch.drop();
  });

  it('outlives an idle pooled connection ended by the server; the next query opens another', async () => {
    const db = await openPostgres({ url: scratch.url, poolSize: 4 });
    try {
      await fillPool(db, 4);
      const removed = new Promise<void>((resolve) => {
        let count = 0;
        db.pool.on('remove', () => {
          if (++count === 4) resolve();
        });
      });
      await owner.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE usename = 'ruta_app' AND datname = current_database()`);
      // The pool has heard of every end, the moment an unheard 'error' event would have thrown.
      await removed;
      expect(await db.raw.query('SELECT 1 AS n')).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('closes only once the server has let go of every connection', async () => {
    const db = await openPostgres({ url: scratch.url, poolSize: 4 });
    await fillPool(db, 4);
    await db.close();
    // Nothing left for a forced DROP DATABASE to cut off.
    expect(await appBackends(owner)).toBe(0);
  });
});
