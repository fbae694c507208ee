import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

// Issue 17: «adoptado» and «archivado» are reached through PROCESS_LIFECYCLE, by the API, with
// the law's conditions (Ley 388 art. 25, Ley 810 art. 12) and the act joining the plan's history.
// Today in these tests is 2026-03-02 (TEST_NOW).

const Z = '/api/v1/municipios/25899';

describe.each(ENGINES)('closing a revision process on %s', (_name, open) => {
  let t: TestApp;
  let office: string;
  let consultant: string;

  const call = async (path: string, cookie: string, body?: unknown) => {
    const response = await t.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      cookie,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const start = () => call(`${Z}/procesos`, office, { tipoRevision: 'revision_general' });
  const close = (procesoId: string, body: Record<string, unknown>, cookie = office) =>
    call(`${Z}/procesos/${procesoId}/cierre`, cookie, body);
  const state = async (procesoId: string) => {
    const [row] = await t.engine.owner.query<{ estado: string; version: number }>(
      `SELECT estado, version FROM procesos WHERE municipality_id = '25899' AND id = $1`,
      [procesoId],
    );
    return row!;
  };
  /** Files the process before the Concejo on `fecha`, behind the API's back (its gate is tested elsewhere). */
  const fileOn = async (procesoId: string, fecha: string) => {
    const [user] = await t.engine.owner.query<{ id: string }>(
      `SELECT id FROM usuarios WHERE email = $1`,
      [ACCOUNT['planeacion.zipaquira']],
    );
    await t.engine.owner.query(
      `UPDATE procesos SET estado = 'radicado_concejo', version = version + 1
       WHERE municipality_id = '25899' AND id = $1`,
      [procesoId],
    );
    await t.engine.owner.query(
      `INSERT INTO eventos_tramite (municipality_id, id, proceso_id, tipo, fecha, registrado_por, registrado_en)
       VALUES ('25899', gen_random_uuid(), $1, 'radicacion_concejo', $2, $3, now())`,
      [procesoId, fecha, user!.id],
    );
  };

  beforeAll(async () => {
    t = await createTestApp(open);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    consultant = await t.login(ACCOUNT['consultor.zipaquira']!);
  });
  afterAll(() => t.close());

  it('archives a process in course only because the office desists, and then lets a new one start', async () => {
    const { body: proceso } = await start();
    const { version } = await state(proceso.id);
    const adopt = await close(proceso.id, {
      accion: 'registrar_adopcion',
      version,
      via: 'acuerdo_concejo',
      instrumento: 'Acuerdo 001 de 2026',
      fecha: '2026-02-01',
    });
    expect(adopt.status).toBe(409);
    expect(adopt.body.error?.mensaje).toMatch(/no puede pasar a «Adoptado»/);
    const denied = await close(proceso.id, {
      accion: 'archivar',
      version,
      motivo: 'negado_concejo',
    });
    expect(denied.status).toBe(400);
    expect(await state(proceso.id)).toEqual({ estado: 'en_curso', version });
    expect(
      (await close(proceso.id, { accion: 'archivar', version, motivo: 'desistido' }, consultant))
        .status,
    ).toBe(403);

    const archived = await close(proceso.id, {
      accion: 'archivar',
      version,
      motivo: 'desistido',
      nota: 'Se contratará de nuevo con otro alcance.',
    });
    expect(archived.status).toBe(200);
    expect(archived.body.estado).toBe('archivado');
    // What the web offers follows the state: nothing on a closed process.
    expect(archived.body.permisos).toMatchObject({
      editarItems: false,
      subirEvidencia: false,
      registrarEventos: false,
      radicar: false,
    });
    const event = await call(`${Z}/procesos/${proceso.id}/eventos`, office, {
      tipo: 'consejo_gobierno',
      fecha: '2026-03-01',
    });
    expect(event.status).toBe(409);
    expect(event.body.error?.mensaje).toMatch(/Archivado/);
    const [audit] = await t.engine.owner.query<{ detalle: { motivo: string } }>(
      `SELECT detalle FROM auditoria WHERE accion = 'proceso.archivar' AND objeto = $1`,
      [`proceso:${proceso.id}`],
    );
    expect(audit?.detalle.motivo).toBe('desistido');
    // An archived process never moves again.
    expect(
      (await close(proceso.id, { accion: 'archivar', version: version + 1, motivo: 'desistido' }))
        .status,
    ).toBe(409);
  });

  it('registers the adoption with the law’s conditions; the act joins the plan’s history', async () => {
    const { status, body: proceso } = await start();
    expect(status, JSON.stringify(proceso)).toBe(201);
    await fileOn(proceso.id, '2025-11-03');
    // A filed process is still open: no second process meanwhile.
    expect((await start()).status).toBe(409);
    const { version } = await state(proceso.id);
    const adoption = (extra: Record<string, unknown>) =>
      close(proceso.id, {
        accion: 'registrar_adopcion',
        version,
        instrumento: 'Decreto 015 de 2026',
        ...extra,
      });
    // 90 calendar days from 3 November 2025 end on 1 February 2026 (a Sunday): 2 February.
    const early = await adoption({
      via: 'decreto_alcalde',
      fecha: '2026-01-20',
      sinNegacionExpresa: true,
    });
    expect(early.status).toBe(400);
    expect(early.body.error?.mensaje).toMatch(/90 días calendario/);
    const unconfirmed = await adoption({ via: 'decreto_alcalde', fecha: '2026-02-10' });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error?.mensaje).toMatch(/negó expresamente/);
    const beforeFiling = await adoption({ via: 'acuerdo_concejo', fecha: '2025-10-01' });
    expect(beforeFiling.body.error?.mensaje).toMatch(/anterior a la radicación/);
    const future = await adoption({ via: 'acuerdo_concejo', fecha: '2026-04-01' });
    expect(future.status).toBe(400);
    const stale = await close(proceso.id, {
      accion: 'registrar_adopcion',
      version: version - 1,
      via: 'acuerdo_concejo',
      instrumento: 'Acuerdo 005 de 2026',
      fecha: '2026-01-20',
    });
    expect(stale.status).toBe(409);
    expect(await state(proceso.id)).toEqual({ estado: 'radicado_concejo', version });

    const adopted = await close(proceso.id, {
      accion: 'registrar_adopcion',
      version,
      via: 'acuerdo_concejo',
      instrumento: 'Acuerdo 005 de 2026',
      fecha: '2026-01-20',
    });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(200);
    expect(adopted.body.estado).toBe('adoptado');
    const acts = await t.engine.owner.query<{ tipo: string; instrumento: string; fecha: string }>(
      `SELECT tipo, instrumento, fecha::text AS fecha FROM actos_plan
       WHERE municipality_id = '25899' AND instrumento = 'Acuerdo 005 de 2026'`,
    );
    expect(acts).toEqual([
      { tipo: 'revision_general', instrumento: 'Acuerdo 005 de 2026', fecha: '2026-01-20' },
    ]);
    const decisions = await t.engine.owner.query<{ nota: string }>(
      `SELECT nota FROM eventos_tramite WHERE proceso_id = $1 AND tipo = 'decision_concejo'`,
      [proceso.id],
    );
    expect(decisions.map((d) => d.nota)).toEqual(['Aprobado: Acuerdo 005 de 2026.']);
    // Adopted is final, and its checklist is closed.
    expect(
      (await close(proceso.id, { accion: 'archivar', version: version + 1, motivo: 'retirado' }))
        .status,
    ).toBe(409);
    // The plan is in force again from the new act: no process is open, and the rules engine
    // computes the next revisión general from the act's date, not from the old plan.
    const again = await start();
    expect(again.status).toBe(400);
    expect(again.body.error?.mensaje).toMatch(
      /no procede hoy: La vigencia de largo plazo vence el 31 de diciembre de 2039/,
    );
  });
});
