import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { ENGINES, openTestPglite, type TestEngine, TWO_MUNICIPALITIES } from '../test/engines';
import { rowsOf } from './database';
import { planesVigentes } from './schema';

// The request path (pglite-session.ts, pglite-wire.ts, postgres-session.ts) replaces Drizzle's own
// transactions: BEGIN and the row-level-security context travel with the first statement. These
// tests pin what that must not change: atomicity, rollback, errors, concurrency, value types.

/** Drizzle wraps driver errors ("Failed query: …"); the database's message is in the cause. */
const causeMessage = (error: unknown) =>
  String((error as { cause?: { message?: string } }).cause?.message ?? error);
describe.each(ENGINES)('request path on %s', (_name, open) => {
  let engine: TestEngine;
  const instrument = async (municipio: string) => {
    const rows = await engine.db.withContext({ municipio }, (tx) =>
      tx
        .select({ instrumento: planesVigentes.instrumento })
        .from(planesVigentes)
        .where(eq(planesVigentes.municipalityId, municipio)),
    );
    return rows[0]?.instrumento;
  };

  beforeAll(async () => {
    engine = await open();
    await engine.owner.exec(TWO_MUNICIPALITIES);
  });
  afterAll(() => engine.close());

  it('rolls back every statement of a unit of work that fails, then serves the next one', async () => {
    const failing = engine.db.withContext({ municipio: '05001' }, async (tx) => {
      await tx
        .update(planesVigentes)
        .set({ instrumento: 'Cambio que no debe quedar' })
        .where(eq(planesVigentes.municipalityId, '05001'));
      await tx.execute(sql`SELECT 1 / 0`);
    });
    expect(causeMessage(await failing.catch((e: unknown) => e))).toMatch(/division by zero/);
    expect(await instrument('05001')).toBe('Acuerdo 48 de 2014');
  });

  it('rolls back when the first statement fails, with BEGIN in the same message', async () => {
    await expect(
      engine.db.withContext({ municipio: '05001' }, (tx) =>
        tx.execute(sql`SELECT no_such_column FROM planes_vigentes`),
      ),
    ).rejects.toThrow(/no_such_column/);
    // Without a ROLLBACK the session (or a pooled connection, 4 in tests) would stay aborted.
    for (let i = 0; i < 8; i++) expect(await instrument('25899')).toBe('Acuerdo 012 de 2000');
  });

  it('rolls back a write that follows reads in the same unit of work', async () => {
    const failing = engine.db.withContext({ municipio: '25899' }, async (tx) => {
      await tx.select().from(planesVigentes);
      await tx
        .update(planesVigentes)
        .set({ instrumento: 'Cambio tras una lectura' })
        .where(eq(planesVigentes.municipalityId, '25899'));
      await tx.select().from(planesVigentes);
      throw new Error('falla después de escribir');
    });
    await expect(failing).rejects.toThrow('falla después de escribir');
    expect(await instrument('25899')).toBe('Acuerdo 012 de 2000');
  });

  it("rolls back on Drizzle's tx.rollback()", async () => {
    await expect(
      engine.db.withContext({ municipio: '25899' }, async (tx) => {
        await tx
          .update(planesVigentes)
          .set({ instrumento: 'Cambio revertido' })
          .where(eq(planesVigentes.municipalityId, '25899'));
        tx.rollback();
      }),
    ).rejects.toThrow(/Rollback/i);
    expect(await instrument('25899')).toBe('Acuerdo 012 de 2000');
  });

  it('commits a unit of work and reports affected rows', async () => {
    const result = await engine.db.withContext({ municipio: '25899' }, (tx) =>
      tx
        .update(planesVigentes)
        .set({ instrumento: 'Acuerdo 012 de 2000 (compilado)' })
        .where(eq(planesVigentes.municipalityId, '25899'))
        .returning({ instrumento: planesVigentes.instrumento }),
    );
    expect(result).toEqual([{ instrumento: 'Acuerdo 012 de 2000 (compilado)' }]);
    expect(await instrument('25899')).toBe('Acuerdo 012 de 2000 (compilado)');
  });

  it('keeps statements run concurrently inside one transaction apart', async () => {
    const values = Array.from({ length: 25 }, (_, i) => `valor ${i} ' con comilla`);
    const rows = await engine.db.withContext({ municipio: '05001' }, (tx) =>
      Promise.all(values.map((v) => tx.execute(sql`SELECT ${v}::text AS v`))),
    );
    expect(rows.map((r) => rowsOf<{ v: string }>(r)[0]?.v)).toEqual(values);
  });

  it('passes non-scalar values (bytes, arrays) through the unprepared path', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250]);
    const rows = rowsOf<{ n: number; hex: string }>(
      await engine.db.withContext({}, (tx) =>
        tx.execute(sql`SELECT length(${bytes}::bytea) AS n, encode(${bytes}::bytea, 'hex') AS hex`),
      ),
    );
    expect(rows[0]).toEqual({ n: 4, hex: '000102fa' });
  });

  it('refuses a read that writes while the unit of work has not opened a transaction', async () => {
    // nextval() writes: as a unit's first statement it would escape a later rollback.
    await engine.owner.exec(
      'CREATE SEQUENCE prueba_escritura; GRANT USAGE, UPDATE ON SEQUENCE prueba_escritura TO ruta_app',
    );
    const error: unknown = await engine.db
      .withContext({}, (tx) => tx.execute(sql`SELECT nextval('prueba_escritura') AS n`))
      .catch((e: unknown) => e);
    expect(causeMessage(error)).toMatch(/read-only transaction/);
    // After a write has opened the transaction, the same statement is part of it.
    const rows = await engine.db.withContext({ municipio: '05001' }, async (tx) => {
      await tx.execute(
        sql`UPDATE planes_vigentes SET version = version WHERE municipality_id = '05001'`,
      );
      return rowsOf<{ n: string }>(await tx.execute(sql`SELECT nextval('prueba_escritura') AS n`));
    });
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('never lets a context outlive its unit of work', async () => {
    for (let i = 0; i < 8; i++) {
      const seen = rowsOf<{ m: string }>(
        await engine.db.withContext({ municipio: '05001' }, (tx) =>
          tx.execute(sql`SELECT current_setting('app.municipio') AS m`),
        ),
      );
      expect(seen).toEqual([{ m: '05001' }]);
    }
    for (let i = 0; i < 8; i++) {
      const after = await engine.db.raw.query<{ m: string | null; ro: string }>(
        `SELECT current_setting('app.municipio', true) AS m, current_setting('transaction_read_only') AS ro`,
      );
      expect([null, ''].includes(after[0]?.m ?? null)).toBe(true);
      expect(after[0]?.ro).toBe('off');
    }
  });

  it('refuses a context value that cannot be a SQL literal', async () => {
    await expect(
      engine.db.withContext({ municipio: '05001\0' }, (tx) => tx.execute(sql`SELECT 1`)),
    ).rejects.toThrow('Contexto de petición inválido.');
  });
});

describe('PGlite request path', () => {
  it('runs a read in one call, a write in two, and an empty unit of work in none', async () => {
    const db = await openTestPglite();
    try {
      const read = () =>
        db.withContext({ municipio: '05001' }, (tx) =>
          tx.execute(sql`SELECT current_setting('app.municipio') AS m`),
        );
      const write = () =>
        db.withContext({ municipio: '05001' }, (tx) =>
          tx.execute(
            sql`UPDATE planes_vigentes SET version = version WHERE municipality_id = '05001'`,
          ),
        );
      const locking = () =>
        db.withContext({ municipio: '05001' }, (tx) =>
          tx.execute(sql`SELECT municipality_id FROM planes_vigentes FOR UPDATE`),
        );
      await Promise.all([read(), write(), locking()]); // prepares the statements
      const calls = vi.spyOn(db.client, 'execProtocolStream');
      // The context, and the SELECT in its own read-only implicit transaction.
      expect(rowsOf(await read())).toEqual([{ m: '05001' }]);
      expect(calls).toHaveBeenCalledTimes(1);
      // BEGIN + context + UPDATE, then COMMIT; a row lock needs the real transaction too.
      calls.mockClear();
      await write();
      expect(calls).toHaveBeenCalledTimes(2);
      calls.mockClear();
      await locking();
      expect(calls).toHaveBeenCalledTimes(2);
      calls.mockClear();
      await db.withContext({ municipio: '05001' }, () => Promise.resolve('sin consultas'));
      expect(calls).not.toHaveBeenCalled();
      calls.mockRestore();
      // The context never outlives its unit of work.
      expect(await db.raw.query(`SELECT current_setting('app.municipio', true) AS m`)).toEqual([
        { m: '' },
      ]);
      expect(db.client.isInTransaction()).toBe(false);
    } finally {
      await db.close();
    }
  });

  it('refuses a transaction object used after its unit of work ended', async () => {
    const db = await openTestPglite();
    try {
      let leaked: Parameters<Parameters<typeof db.withContext>[1]>[0] | undefined;
      await db.withContext({}, async (tx) => {
        leaked = tx;
        await tx.execute(sql`SELECT 1`);
      });
      const error: unknown = await leaked!.execute(sql`SELECT 1`).catch((e: unknown) => e);
      expect(causeMessage(error)).toBe('La transacción ya terminó.');
    } finally {
      await db.close();
    }
  });

  it('names the statement Drizzle built in a database error, not the EXECUTE', async () => {
    const db = await openTestPglite();
    try {
      const error: unknown = await db
        .withContext({}, (tx) => tx.execute(sql`SELECT ${'x'}::int AS n`))
        .catch((e: unknown) => e);
      const cause = (error as { cause?: { query?: string } }).cause ?? error;
      expect((cause as { query?: string }).query).toBe('SELECT $1::int AS n');
    } finally {
      await db.close();
    }
  });
});
