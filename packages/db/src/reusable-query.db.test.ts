import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ENGINES, type TestEngine, TWO_MUNICIPALITIES } from '../test/engines';
import { reusableQuery } from './reusable-query';
import { planesVigentes } from './schema';

// A reusable query is built once and then runs in whichever transaction each call passes: with
// that transaction's context, never the first caller's.
describe.each(ENGINES)('reusable query on %s', (name, open) => {
  let engine: TestEngine;
  let builds = 0;
  /** No WHERE on the municipality: only row-level security, from the call's context, filters. */
  const plans = reusableQuery(`prueba_planes_${name}`, (tx) => {
    builds++;
    return tx
      .select({ municipio: planesVigentes.municipalityId, instrumento: planesVigentes.instrumento })
      .from(planesVigentes)
      .where(eq(planesVigentes.instrumento, sql.placeholder('instrumento')));
  });

  beforeAll(async () => {
    engine = await open();
    await engine.owner.exec(TWO_MUNICIPALITIES);
  });
  afterAll(() => engine.close());

  it("builds its SQL once and runs each call in that call's transaction and context", async () => {
    const run = (municipio: string, instrumento: string) =>
      engine.db.withContext({ municipio }, (tx) => plans(tx, { instrumento }));
    expect(await run('05001', 'Acuerdo 48 de 2014')).toEqual([
      { municipio: '05001', instrumento: 'Acuerdo 48 de 2014' },
    ]);
    expect(await run('25899', 'Acuerdo 012 de 2000')).toEqual([
      { municipio: '25899', instrumento: 'Acuerdo 012 de 2000' },
    ]);
    // Medellín's plan exists, but Zipaquirá's context does not see it.
    expect(await run('25899', 'Acuerdo 48 de 2014')).toEqual([]);
    // Inside a transaction that has written, it sees the transaction's own change.
    let inside: unknown;
    const rolledBack = engine.db.withContext({ municipio: '05001' }, async (tx) => {
      await tx
        .update(planesVigentes)
        .set({ instrumento: 'Acuerdo 5 de 2026' })
        .where(eq(planesVigentes.municipalityId, '05001'));
      inside = await plans(tx, { instrumento: 'Acuerdo 5 de 2026' });
      tx.rollback();
    });
    await expect(rolledBack).rejects.toThrow(/Rollback/i);
    expect(inside).toEqual([{ municipio: '05001', instrumento: 'Acuerdo 5 de 2026' }]);
    expect(await run('05001', 'Acuerdo 48 de 2014')).toHaveLength(1);
    expect(builds).toBe(1);
  });

  it('refuses a second query under the same name', () => {
    expect(() => reusableQuery(`prueba_planes_${name}`, () => ({}) as never)).toThrow(
      `Consulta reutilizable repetida: «prueba_planes_${name}».`,
    );
  });
});
