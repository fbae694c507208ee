import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createScratchDatabase, ownerConnection } from '../test/engines';
import { openPostgres } from './open-postgres';
import { literal } from './plan-cache';

// Parameters travel as SQL literals (plan-cache.ts). With standard_conforming_strings off, a
// backslash in a quoted string is an escape: a value ending in a backslash would swallow its
// closing quote. Escape strings read the same either way, and the server refuses to start with
// the setting off rather than let other SQL read values wrongly.
describe('standard_conforming_strings on PostgreSQL', () => {
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

  it('reads every literal back unchanged with the setting on and off', async () => {
    const values = ["O'Brien", 'C:\\Planes\\POT', 'fin \\', "\\'; SELECT 1; --", '\\\\'];
    for (const setting of ['on', 'off']) {
      await owner.query(`SET standard_conforming_strings = ${setting}`);
      for (const value of values) {
        const { rows } = await owner.query<{ v: string }>(`SELECT ${literal(value)}::text AS v`);
        expect(rows, `${setting}: ${value}`).toEqual([{ v: value }]);
      }
    }
    await owner.query('RESET standard_conforming_strings');
  });

  it('refuses to start, saying why, when the database has it off', async () => {
    const name = new URL(scratch.url).pathname.slice(1);
    await owner.query(`ALTER DATABASE ${name} SET standard_conforming_strings = off`);
    try {
      await expect(openPostgres({ url: scratch.url, poolSize: 2 })).rejects.toThrow(
        /standard_conforming_strings desactivado/,
      );
    } finally {
      await owner.query(`ALTER DATABASE ${name} RESET standard_conforming_strings`);
    }
    const db = await openPostgres({ url: scratch.url, poolSize: 2 });
    await db.close();
  });
});
