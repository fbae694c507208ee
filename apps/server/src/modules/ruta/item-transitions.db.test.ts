import { ITEM_LIFECYCLE, type ItemState } from '@ruta-pot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

// Issue 17, «One lifecycle table»: every move the item's transition table does not allow is
// refused through the API, by the same PATCH a user sends, and leaves the item as it was. The
// moves it allows are exercised with their evidence and verdicts in routes.db.test.ts.

const Z = '/api/v1/municipios/25899';
const ITEM = 'dts-diagnostico';

/** Every (from, to) pair the table has no transition for. */
const FORBIDDEN = ITEM_LIFECYCLE.states.flatMap((from) =>
  ITEM_LIFECYCLE.states
    .filter((to) => to !== from)
    .filter((to) => !ITEM_LIFECYCLE.transitions.some((t) => t.from === from && t.to === to))
    .map((to) => ({ from, to })),
);

/** Moves the table allows only to managers or reviewers, which a consultant may not make. */
const NOT_FOR_CONSULTANT = ITEM_LIFECYCLE.transitions.filter(
  (t) => !t.roles.includes('consultor') && t.to !== 'devuelto',
);

describe.each(ENGINES)('item transitions refused through the API on %s', (_name, open) => {
  let t: TestApp;
  let office: string;
  let consultant: string;
  let procesoId: string;

  /** Puts the item in `estado` behind the API's back (the database owner), as a fixture. */
  const place = async (estado: ItemState) => {
    await t.engine.owner.query(
      `UPDATE items_proceso SET estado = $1,
         motivo_no_aplica = CASE WHEN $1 = 'no_aplica' THEN 'Prueba' ELSE NULL END
       WHERE municipality_id = '25899' AND proceso_id = $2 AND id = $3`,
      [estado, procesoId, ITEM],
    );
  };
  const current = async () => {
    const [row] = await t.engine.owner.query<{ estado: string; version: number }>(
      `SELECT estado, version FROM items_proceso
       WHERE municipality_id = '25899' AND proceso_id = $1 AND id = $2`,
      [procesoId, ITEM],
    );
    return row!;
  };
  const patch = async (cookie: string, estado: string) => {
    const { version } = await current();
    return t.request(`${Z}/procesos/${procesoId}/items/${ITEM}`, {
      method: 'PATCH',
      cookie,
      body: JSON.stringify({
        estado,
        version,
        ...(estado === 'no_aplica' ? { motivoNoAplica: 'No corresponde a este municipio.' } : {}),
      }),
    });
  };

  beforeAll(async () => {
    t = await createTestApp(open);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    consultant = await t.login(ACCOUNT['consultor.zipaquira']!);
    const started = await t.request(`${Z}/procesos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipoRevision: 'revision_general' }),
    });
    expect(started.status).toBe(201);
    procesoId = ((await started.json()) as { id: string }).id;
  });
  afterAll(() => t.close());

  it('has forbidden moves to check', () => {
    expect(FORBIDDEN.length).toBeGreaterThan(15);
    expect(NOT_FOR_CONSULTANT.length).toBeGreaterThan(3);
  });

  it.each(FORBIDDEN)('refuses $from → $to and changes nothing', async ({ from, to }) => {
    await place(from);
    const before = await current();
    const response = await patch(office, to);
    expect(response.status, await response.clone().text()).toBe(400);
    // The table's own Spanish refusal; «devuelto» is reached only by a verdict, so the PATCH's
    // schema does not even offer it.
    const text = JSON.stringify(await response.json());
    if (to === 'devuelto') expect(text).toMatch(/estado/);
    else expect(text).toContain(`no puede pasar a «${ITEM_LIFECYCLE.labels[to]}»`);
    expect(await current()).toEqual(before);
  });

  it.each(NOT_FOR_CONSULTANT)(
    'refuses the consultant $action ($from → $to) and changes nothing',
    async ({ from, to }) => {
      await place(from);
      const before = await current();
      const response = await patch(consultant, to);
      expect([400, 403]).toContain(response.status);
      expect(await current()).toEqual(before);
    },
  );
});
