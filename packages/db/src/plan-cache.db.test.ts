import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ENGINES, type TestEngine, TWO_MUNICIPALITIES } from '../test/engines';
import { rowsOf } from './database';
import { municipios } from './schema';

// Every ORM statement goes through the plan cache (plan-cache.ts): values must arrive exactly as
// written, whatever quotes they carry, and a cached plan must still respect row-level security.
describe.each(ENGINES)('statement plan cache on %s', (_name, open) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await open();
    await engine.owner.exec(TWO_MUNICIPALITIES);
  });
  afterAll(() => engine.close());

  it('passes scalar values through unchanged, quotes and all', async () => {
    const tricky = `O'Brien'); DROP TABLE municipios; -- \\ '' "x"`;
    const when = new Date('2026-03-02T15:04:05.678Z');
    for (let round = 0; round < 3; round++) {
      const rows = rowsOf<{ t: string; n: number; b: boolean; d: string; z: string | null }>(
        await engine.db.withContext({}, (tx) =>
          tx.execute(
            sql`SELECT ${tricky}::text AS t, ${round + 0.5}::float8 AS n, ${round % 2 === 0}::boolean AS b,
                       to_char(${when}::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') AS d,
                       ${null}::text AS z`,
          ),
        ),
      );
      expect(rows[0]).toEqual({
        t: tricky,
        n: round + 0.5,
        b: round % 2 === 0,
        d: '2026-03-02 15:04:05.678',
        z: null,
      });
    }
    const [count] = await engine.owner.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM municipios',
    );
    expect(count?.n).toBe(2);
  });

  it('keeps row-level security when the same statement runs for another municipality', async () => {
    const read = (municipio: string) =>
      engine.db.withContext({ municipio }, (tx) =>
        tx.execute(sql`SELECT municipality_id FROM planes_vigentes ORDER BY municipality_id`),
      );
    for (let round = 0; round < 3; round++) {
      expect(rowsOf(await read('05001'))).toEqual([{ municipality_id: '05001' }]);
      expect(rowsOf(await read('25899'))).toEqual([{ municipality_id: '25899' }]);
    }
    const names = await engine.db.withContext({}, (tx) =>
      tx
        .select({ nombre: municipios.nombre })
        .from(municipios)
        .where(eq(municipios.codigo, '25899')),
    );
    expect(names).toEqual([{ nombre: 'Zipaquirá' }]);
  });
});
