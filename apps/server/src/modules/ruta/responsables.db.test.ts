import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const ZIPA = '/api/v1/municipios/25899';
const MEDELLIN = '/api/v1/municipios/05001';

describe.each(ENGINES)('Checklist owners (person and role) on %s', (_name, open) => {
  let t: TestApp;
  let office: string;
  let procesoId: string;
  const json = async (path: string, init: Parameters<TestApp['request']>[1] = {}) => {
    const response = await t.request(path, init);
    return { status: response.status, body: await response.json() };
  };
  const processOf = async (base: string, cookie: string) =>
    (await json(`${base}/procesos/actual`, { cookie })).body;
  const items = (process: any): any[] => process.etapas.flatMap((s: any) => s.items);
  const item = async (itemId: string) =>
    items(await processOf(ZIPA, office)).find((i) => i.id === itemId);
  const patch = (itemId: string, body: Record<string, unknown>) =>
    json(`${ZIPA}/procesos/${procesoId}/items/${itemId}`, {
      method: 'PATCH',
      cookie: office,
      body: JSON.stringify(body),
    });
  const itemAudits = async () =>
    (await json(`${ZIPA}/auditoria?limite=500`, { cookie: office })).body.entradas.filter(
      (e: any) => e.accion === 'item.actualizar',
    );

  beforeAll(async () => {
    t = await createTestApp(open);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const started = await json(`${ZIPA}/procesos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipoRevision: 'revision_general' }),
    });
    expect(started.status).toBe(201);
    procesoId = started.body.id;
  });
  afterAll(() => t.close());

  it('fills every created item with the role the rules engine suggests', async () => {
    const byId = new Map(items(await processOf(ZIPA, office)).map((i) => [i.id, i]));
    for (const i of byId.values()) {
      expect(i.responsableRol, i.id).toEqual(expect.any(String));
      expect(i.responsableTieneRol, i.id).toBeNull();
    }
    // Zipaquirá has a consultant on the platform, so technical products are theirs.
    expect(byId.get('dts-diagnostico')?.responsableRol).toBe('consultor');
    expect(byId.get('acta-concertacion-car')?.responsableRol).toBe('planeacion');
    expect(byId.get('concepto-ctp')?.responsableRol).toBe('consejo_territorial');
    expect(byId.get('acta-cabildo-abierto')?.responsableRol).toBe('concejo');
    expect(byId.get('decision-tipo-revision')?.responsableRol).toBe('alcaldia');
    // The detail says why, with the norm or as a convention of the product.
    expect(byId.get('concepto-ctp')?.rolSugerido).toMatchObject({
      rol: 'consejo_territorial',
      base: 'norma',
      citas: [{ norm: 'Ley 388 de 1997', article: '24 num. 3' }],
    });
    expect(byId.get('dts-diagnostico')?.rolSugerido).toMatchObject({
      rol: 'consultor',
      rolDirecto: 'planeacion',
      base: 'practica',
    });
  });

  it('gives technical products to planeación where the municipality has no consultant', async () => {
    const medellin = await t.login(ACCOUNT['planeacion.medellin']!);
    const proposal = await json(`${MEDELLIN}/procesos/propuesta`, { cookie: medellin });
    const tipo = proposal.body.tiposRevision.find((x: any) => x.open)?.type;
    expect(tipo).toEqual(expect.any(String));
    const started = await json(`${MEDELLIN}/procesos`, {
      method: 'POST',
      cookie: medellin,
      body: JSON.stringify({ tipoRevision: tipo }),
    });
    expect(started.status).toBe(201);
    const byId = new Map(items(started.body).map((i) => [i.id, i]));
    expect(byId.get('dts-formulacion')?.responsableRol).toBe('planeacion');
    expect(byId.get('concepto-ctp')?.responsableRol).toBe('consejo_territorial');
  });

  it('changes the role with a PATCH, audited with before and after', async () => {
    const before = await item('dts-diagnostico');
    const saved = await patch('dts-diagnostico', {
      responsableRol: 'planeacion',
      version: before.version,
    });
    expect(saved.status).toBe(200);
    const after = await item('dts-diagnostico');
    expect(after).toMatchObject({ responsableRol: 'planeacion', version: before.version + 1 });
    const [entry] = await itemAudits();
    expect(entry.objeto).toBe(`item:${procesoId}/dts-diagnostico`);
    expect(entry.detalle).toMatchObject({
      antes: { responsableRol: 'consultor' },
      despues: { responsableRol: 'planeacion' },
      version: before.version + 1,
    });
  });

  it('refuses an unknown role with a Spanish 400 and changes nothing', async () => {
    const before = await item('memoria-justificativa');
    const auditsBefore = (await itemAudits()).length;
    for (const responsableRol of ['autoridad_ambiental', 'ciudadano', 'jefe']) {
      const refused = await patch('memoria-justificativa', {
        responsableRol,
        version: before.version,
      });
      expect(refused.status, responsableRol).toBe(400);
      expect(refused.body.error.codigo).toBe('entrada_invalida');
      expect(refused.body.error.mensaje).toMatch(/Rol de responsable no válido/);
      expect(refused.body.error.mensaje).toContain('«consultor» (Consultor)');
    }
    expect(await item('memoria-justificativa')).toMatchObject({
      responsableRol: before.responsableRol,
      version: before.version,
    });
    expect(await itemAudits()).toHaveLength(auditsBefore);
  });

  it('refuses a stale role change with 409 and keeps the other save', async () => {
    const before = await item('documento-resumen');
    expect(
      (await patch('documento-resumen', { venceEl: '2026-06-30', version: before.version })).status,
    ).toBe(200);
    const stale = await patch('documento-resumen', {
      responsableRol: 'interventor',
      version: before.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.codigo).toBe('conflicto');
    expect(await item('documento-resumen')).toMatchObject({
      responsableRol: before.responsableRol,
      venceEl: '2026-06-30',
      version: before.version + 1,
    });
  });

  it('assigns members only, and says whether the person holds the role', async () => {
    const people = (await processOf(ZIPA, office)).participantes as any[];
    const consultant = people.find((p) => p.rol === 'consultor').usuarioId;
    let current = await item('cartografia-diagnostico');
    expect(current.responsableRol).toBe('consultor');
    const assigned = await patch('cartografia-diagnostico', {
      responsableId: consultant,
      version: current.version,
    });
    expect(assigned.status).toBe(200);
    current = await item('cartografia-diagnostico');
    expect(current).toMatchObject({ responsable: { id: consultant }, responsableTieneRol: true });
    // Allowed, but flagged so the interface can warn.
    expect(
      (
        await patch('cartografia-diagnostico', {
          responsableRol: 'concejo',
          version: current.version,
        })
      ).status,
    ).toBe(200);
    current = await item('cartografia-diagnostico');
    expect(current).toMatchObject({ responsableRol: 'concejo', responsableTieneRol: false });
    // Someone with no seat in Zipaquirá (Medellín's planner, or an unknown id) cannot own it.
    const medellin = await t.login(ACCOUNT['planeacion.medellin']!);
    const outsider = (await processOf(MEDELLIN, medellin)).participantes[0].usuarioId;
    for (const responsableId of [outsider, '00000000-0000-4000-8000-000000000000']) {
      const refused = await patch('cartografia-diagnostico', {
        responsableId,
        version: current.version,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.mensaje).toMatch(/no participa en este municipio/);
    }
    expect(await item('cartografia-diagnostico')).toMatchObject({
      responsable: { id: consultant },
      version: current.version,
    });
  });
});
