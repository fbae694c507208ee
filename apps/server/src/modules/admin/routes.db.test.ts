import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

type Body = Record<string, any>;
const PASSWORD = 'una frase de montaña y río';

describe.each(ENGINES)('Platform console on %s (issue 11)', (_name, open) => {
  let t: TestApp;
  const send = (method: string, path: string, body: unknown, cookie?: string) =>
    t.request(path, { method, body: JSON.stringify(body), cookie });
  const setPassword = async (link: string) =>
    send('POST', '/api/v1/cuenta/enlace', { token: link.split('#')[1], contrasena: PASSWORD });
  const signIn = async (email: string) => {
    const response = await send('POST', '/api/v1/sesion', { email, contrasena: PASSWORD });
    return {
      status: response.status,
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!,
    };
  };

  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('is invisible to everybody but platform administrators', async () => {
    for (const who of ['planeacion.zipaquira', 'asesor', 'revisor']) {
      const cookie = await t.login(ACCOUNT[who]!);
      expect((await t.request('/api/v1/admin/cuentas', { cookie })).status).toBe(404);
    }
    expect((await t.request('/api/v1/admin/municipios')).status).toBe(401);
  });

  it('searches municipalities and accounts page by page, without accents', async () => {
    const admin = await t.login(ACCOUNT.admin!);
    const page = (await (
      await t.request('/api/v1/admin/municipios?q=zipaquira', { cookie: admin })
    ).json()) as Body;
    expect(page.total).toBe(1);
    expect(page.municipios[0]).toMatchObject({ codigo: '25899', nombre: 'Zipaquirá' });
    expect(page.municipios[0].gestores).toBeGreaterThanOrEqual(2);
    const all = (await (
      await t.request('/api/v1/admin/municipios?pagina=2', { cookie: admin })
    ).json()) as Body;
    expect(all.porPagina).toBe(20);
    expect(all.pagina).toBe(2);
    const accounts = (await (
      await t.request('/api/v1/admin/cuentas?q=zipaquira', { cookie: admin })
    ).json()) as Body;
    expect(accounts.cuentas.length).toBeGreaterThanOrEqual(6);
    expect(accounts.cuentas.every((c: Body) => /zipaquira/.test(c.email))).toBe(true);
  });

  it('creates a municipality’s first planning-office account, whose person sets a password and signs in', async () => {
    const admin = await t.login(ACCOUNT.admin!);
    const created = await send(
      'POST',
      '/api/v1/admin/municipios/05001/cuentas',
      { email: 'jefa.planeacion@medellin.gov.co', nombre: 'Jefa de Planeación', rol: 'planeacion' },
      admin,
    );
    expect(created.status).toBe(200);
    const body = (await created.json()) as Body;
    expect(body).toMatchObject({ cuentaNueva: true, enviado: false });
    expect((await setPassword(body.enlace)).status).toBe(200);
    const person = await signIn('jefa.planeacion@medellin.gov.co');
    expect(
      (await t.request('/api/v1/municipios/05001/equipo', { cookie: person.cookie })).status,
    ).toBe(200);
    const consultant = await send(
      'POST',
      '/api/v1/admin/municipios/05001/cuentas',
      { email: 'c@firma.co', nombre: 'Consultor', rol: 'consultor' },
      admin,
    );
    expect(consultant.status).toBe(400);
    const missing = await send(
      'POST',
      '/api/v1/admin/municipios/99999/cuentas',
      { email: 'c@firma.co', nombre: 'Consultor', rol: 'planeacion' },
      admin,
    );
    expect(missing.status).toBe(404);
  });

  it('deactivates an account: its open session is refused at once and it cannot sign in', async () => {
    const admin = await t.login(ACCOUNT.admin!);
    const created = (await (
      await send(
        'POST',
        '/api/v1/admin/municipios/25899/cuentas',
        { email: 'temporal@zipaquira.gov.co', nombre: 'Persona Temporal', rol: 'alcaldia' },
        admin,
      )
    ).json()) as Body;
    await setPassword(created.enlace);
    const person = await signIn('temporal@zipaquira.gov.co');
    expect(
      (await t.request('/api/v1/municipios/25899/tablero', { cookie: person.cookie })).status,
    ).toBe(200);
    expect(
      (await send('POST', `/api/v1/admin/cuentas/${created.usuarioId}/desactivar`, {}, admin))
        .status,
    ).toBe(204);
    expect(
      (await t.request('/api/v1/municipios/25899/tablero', { cookie: person.cookie })).status,
    ).toBe(401);
    expect((await signIn('temporal@zipaquira.gov.co')).status).toBe(401);
    const reset = await send(
      'POST',
      `/api/v1/admin/cuentas/${created.usuarioId}/restablecer`,
      {},
      admin,
    );
    expect(reset.status).toBe(409);
    expect(
      (await send('POST', `/api/v1/admin/cuentas/${created.usuarioId}/activar`, {}, admin)).status,
    ).toBe(204);
    expect((await signIn('temporal@zipaquira.gov.co')).status).toBe(200);
  });

  it('moves a municipality to another CAR: the old reviewer loses it, the new one gains it', async () => {
    const admin = await t.login(ACCOUNT.admin!);
    const reviewer = await t.login(ACCOUNT.revisor!);
    expect((await t.request('/api/v1/municipios/25899/tablero', { cookie: reviewer })).status).toBe(
      200,
    );
    const created = await send(
      'POST',
      '/api/v1/admin/autoridades',
      { sigla: 'CARPRUEBA', nombre: 'Corporación Autónoma de Prueba' },
      admin,
    );
    expect(created.status).toBe(200);
    const moved = (await (
      await send(
        'PUT',
        '/api/v1/admin/autoridades/carprueba/jurisdiccion',
        { municipios: ['25899'] },
        admin,
      )
    ).json()) as Body;
    expect(moved.trasladados).toEqual([expect.objectContaining({ municipio: '25899' })]);
    expect((await t.request('/api/v1/municipios/25899/tablero', { cookie: reviewer })).status).toBe(
      404,
    );
    const newReviewer = (await (
      await send(
        'POST',
        '/api/v1/admin/autoridades/carprueba/revisores',
        { email: 'revisora@carprueba.gov.co', nombre: 'Revisora Nueva' },
        admin,
      )
    ).json()) as Body;
    await setPassword(newReviewer.enlace);
    const person = await signIn('revisora@carprueba.gov.co');
    expect(
      (await t.request('/api/v1/municipios/25899/tablero', { cookie: person.cookie })).status,
    ).toBe(200);
    const bad = await send(
      'PUT',
      '/api/v1/admin/autoridades/carprueba/jurisdiccion',
      { municipios: ['00000'] },
      admin,
    );
    expect(((await bad.json()) as Body).error.mensaje).toMatch(/no están en el catálogo: 00000/);
  });

  it('grants an advisor a dated access: nothing before its start, access during it', async () => {
    const admin = await t.login(ACCOUNT.admin!);
    const future = (await (
      await send(
        'POST',
        '/api/v1/admin/asesores',
        {
          email: 'asesora@gobernacion.gov.co',
          nombre: 'Asesora Departamental',
          municipios: ['25899'],
          desde: '2026-06-01',
          hasta: '2026-12-31',
        },
        admin,
      )
    ).json()) as Body;
    await setPassword(future.enlace);
    const person = await signIn('asesora@gobernacion.gov.co');
    // The test clock is 2026-03-02: the grant has not started.
    expect(
      (await t.request('/api/v1/municipios/25899/tablero', { cookie: person.cookie })).status,
    ).toBe(404);
    await send(
      'POST',
      '/api/v1/admin/asesores',
      {
        email: 'asesora@gobernacion.gov.co',
        nombre: 'Asesora Departamental',
        municipios: ['25899'],
        desde: '2026-01-01',
        hasta: '2026-12-31',
      },
      admin,
    );
    expect(
      (await t.request('/api/v1/municipios/25899/tablero', { cookie: person.cookie })).status,
    ).toBe(200);
    const grants = (await (
      await t.request('/api/v1/admin/asesores', { cookie: admin })
    ).json()) as Body[];
    expect(grants).toContainEqual(
      expect.objectContaining({
        email: 'asesora@gobernacion.gov.co',
        desde: '2026-01-01',
        hasta: '2026-12-31',
        otorgadaPor: expect.any(String),
      }),
    );
    const backwards = await send(
      'POST',
      '/api/v1/admin/asesores',
      {
        email: 'x@y.co',
        nombre: 'Alguien Más',
        municipios: ['25899'],
        desde: '2026-12-31',
        hasta: '2026-01-01',
      },
      admin,
    );
    expect(backwards.status).toBe(400);
  });
});
