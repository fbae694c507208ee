import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createScratchDatabase, ownerConnection, TWO_MUNICIPALITIES } from '../test/engines';
import { rowsOf } from './database';
import { openPostgres, urlForRole } from './open-postgres';
import { ReadPipeline } from './read-pipeline';
import { planesVigentes } from './schema';

// PostgreSQL's read pipeline (read-pipeline.ts, ADR 0018): many requests' reads share a few
// connections, one message each. These tests pin that sharing never mixes their contexts, their
// errors or their results, and that a lost connection costs no read.

describe('read pipeline on PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Awaited<ReturnType<typeof openPostgres>>;
  let owner: pg.Client;

  /** What row-level security lets `municipio` see, with no WHERE clause of its own. */
  const visible = (municipio: string) =>
    db.withContext({ municipio }, (tx) =>
      tx.select({ m: planesVigentes.municipalityId }).from(planesVigentes),
    );
  const readBackends = async () =>
    (
      await owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE application_name = 'ruta_pot_lecturas' AND datname = current_database()`,
      )
    ).rows[0]?.n;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    db = await openPostgres({ url: scratch.url, poolSize: 4, readConnections: 2 });
    owner = await ownerConnection(scratch.url);
    await owner.query(TWO_MUNICIPALITIES);
  });
  afterAll(async () => {
    await owner.end();
    await db.close();
    await scratch.drop();
  });

  it('answers hundreds of concurrent reads, each under its own context, on two connections', async () => {
    const connect = vi.spyOn(db.pool, 'connect');
    const municipios = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? '05001' : '25899'));
    const seen = await Promise.all(municipios.map(visible));
    expect(seen).toEqual(municipios.map((m) => [{ m }]));
    // Reads take no pooled connection; they all went through the two read connections.
    expect(connect).not.toHaveBeenCalled();
    connect.mockRestore();
    expect(await readBackends()).toBe(2);
  });

  it('fails only the read that fails, not the reads sharing its write', async () => {
    const reads = Array.from({ length: 40 }, (_, i) =>
      db.withContext({ municipio: '05001' }, (tx) =>
        tx.execute(sql`SELECT 100 / ${i === 17 ? 0 : i + 1}::int AS n`),
      ),
    );
    const settled = await Promise.allSettled(reads);
    settled.forEach((outcome, i) => {
      if (i === 17) {
        expect(outcome.status).toBe('rejected');
        const reason = (outcome as PromiseRejectedResult).reason as { cause?: Error };
        expect(String(reason.cause?.message)).toMatch(/division by zero/);
      } else {
        expect(outcome.status).toBe('fulfilled');
        const value = (outcome as PromiseFulfilledResult<unknown>).value;
        expect(rowsOf<{ n: number }>(value)).toEqual([{ n: Math.floor(100 / (i + 1)) }]);
      }
    });
  });

  it('prepares a new statement once when many reads need it at the same time', async () => {
    const reads = Array.from({ length: 30 }, (_, i) =>
      db.withContext({ municipio: '25899' }, (tx) =>
        tx
          .select({ instrumento: planesVigentes.instrumento, n: sql<number>`${i}::int` })
          .from(planesVigentes)
          .where(eq(planesVigentes.municipalityId, '25899')),
      ),
    );
    const rows = await Promise.all(reads);
    expect(rows).toEqual(rows.map((_, i) => [{ instrumento: 'Acuerdo 012 de 2000', n: i }]));
  });

  it('loses no read when the server ends its connections', async () => {
    expect(await visible('05001')).toEqual([{ m: '05001' }]);
    await owner.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'ruta_pot_lecturas' AND datname = current_database()`);
    // Reads sent before and after the client notices: each runs again on a new connection.
    const seen = await Promise.all(
      Array.from({ length: 20 }, (_, i) => visible(i % 2 ? '05001' : '25899')),
    );
    expect(seen).toEqual(seen.map((_, i) => [{ m: i % 2 ? '05001' : '25899' }]));
    expect(await readBackends()).toBeGreaterThan(0);
  });

  it('runs a unit asked for a single transaction on a pooled connection, reads included', async () => {
    const connect = vi.spyOn(db.pool, 'connect');
    const seen = await db.withContext(
      { municipio: '05001' },
      async (tx) => [
        await tx.select({ m: planesVigentes.municipalityId }).from(planesVigentes),
        rowsOf<{ ro: string }>(
          await tx.execute(sql`SELECT current_setting('transaction_read_only') AS ro`),
        ),
      ],
      { singleTransaction: true },
    );
    expect(connect).toHaveBeenCalledTimes(1);
    connect.mockRestore();
    // Not the read-only route: the reads ran in the unit's own, writable transaction.
    expect(seen).toEqual([[{ m: '05001' }], [{ ro: 'off' }]]);
  });

  it('closes only once a connection it was still opening is closed too', async () => {
    let connecting: () => void = () => {};
    const connected = new Promise<void>((resolve) => (connecting = resolve));
    let proceed: () => void = () => {};
    const gate = new Promise<void>((resolve) => (proceed = resolve));
    const pipeline = new ReadPipeline({
      connections: 1,
      Result: pg.Result,
      connect: async () => {
        const client = new pg.Client({
          connectionString: urlForRole(scratch.url, 'ruta_app'),
          application_name: 'ruta_pot_lecturas_cierre',
        });
        await client.connect();
        connecting();
        await gate;
        return client;
      },
    });
    const read = pipeline.read({ text: 'SELECT 1', params: [], opening: 'SELECT 1' }, {});
    await connected;
    let closed = false;
    const closing = pipeline.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    proceed();
    await closing;
    await expect(read).rejects.toThrow('La base de datos está cerrada.');
    const { rows } = await owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE application_name = 'ruta_pot_lecturas_cierre' AND datname = current_database()`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('keeps writes on pooled connections, where a rollback undoes them', async () => {
    await expect(
      db.withContext({ municipio: '25899' }, async (tx) => {
        await tx
          .update(planesVigentes)
          .set({ instrumento: 'Cambio que no queda' })
          .where(eq(planesVigentes.municipalityId, '25899'));
        throw new Error('falla');
      }),
    ).rejects.toThrow('falla');
    const rows = await db.withContext({ municipio: '25899' }, (tx) =>
      tx.select({ instrumento: planesVigentes.instrumento }).from(planesVigentes),
    );
    expect(rows).toEqual([{ instrumento: 'Acuerdo 012 de 2000' }]);
  });
});
