import { auditoria, invitaciones } from '@ruta-pot/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import type { AccountMessage } from '../accounts/mail';

type Body = Record<string, any>;
const TEAM = '/api/v1/municipios/25899/equipo';
const PASSWORD = 'una frase de montaña y río';

describe.each(ENGINES)('Municipal team on %s (issue 11)', (_name, open) => {
  let t: TestApp;
  const post = (path: string, body: unknown, cookie?: string) =>
    t.request(path, { method: 'POST', body: JSON.stringify(body), cookie });
  const fragment = (link: string) => link.split('#')[1]!;
  const signIn = async (email: string, contrasena: string) => {
    const response = await post('/api/v1/sesion', { email, contrasena });
    return {
      status: response.status,
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!,
    };
  };

  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('invites a consultant, who opens the link, sets a password, signs in and is removed', async () => {
    const manager = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const invited = await post(
      `${TEAM}/invitaciones`,
      { email: ' Nueva.Consultora@Firma.co ', rol: 'consultor' },
      manager,
    );
    expect(invited.status).toBe(200);
    const created = (await invited.json()) as Body;
    expect(created).toMatchObject({
      enviado: false,
      invitacion: { email: 'nueva.consultora@firma.co', rol: 'consultor' },
    });
    expect(created.enlace).toMatch(/^http:\/\/localhost:3000\/cuenta\/invitacion#25899\./);
    const stored = await t.engine.db.withContext({ plataforma: true }, (tx) =>
      tx.select().from(invitaciones),
    );
    expect(JSON.stringify(stored)).not.toContain(fragment(created.enlace).split('.')[1]);

    const again = await post(
      `${TEAM}/invitaciones`,
      { email: 'nueva.consultora@firma.co', rol: 'consultor' },
      manager,
    );
    expect(again.status).toBe(409);

    const view = await post('/api/v1/cuenta/invitacion/consulta', {
      enlace: fragment(created.enlace),
    });
    expect(await view.json()).toMatchObject({
      municipio: { nombre: 'Zipaquirá' },
      rol: 'consultor',
      cuentaExistente: false,
    });
    const weak = await post('/api/v1/cuenta/invitacion', {
      enlace: fragment(created.enlace),
      nombre: 'Nueva Consultora',
      contrasena: 'corta',
    });
    expect(weak.status).toBe(400);
    const accepted = await post('/api/v1/cuenta/invitacion', {
      enlace: fragment(created.enlace),
      nombre: 'Nueva Consultora',
      contrasena: PASSWORD,
    });
    expect(accepted.status).toBe(200);
    const reused = await post('/api/v1/cuenta/invitacion', {
      enlace: fragment(created.enlace),
      nombre: 'Otra',
      contrasena: PASSWORD,
    });
    expect(reused.status).toBe(400);

    const consultant = await signIn('nueva.consultora@firma.co', PASSWORD);
    expect(consultant.status).toBe(200);
    const municipio = await t.request('/api/v1/municipios/25899/tablero', {
      cookie: consultant.cookie,
    });
    expect(municipio.status).toBe(200);

    const team = (await (await t.request(TEAM, { cookie: manager })).json()) as Body;
    const member = team.miembros.find((m: Body) => m.email === 'nueva.consultora@firma.co');
    expect(member.roles).toEqual([
      expect.objectContaining({ rol: 'consultor', gestionable: true }),
    ]);
    expect(team.historial.map((h: Body) => h.descripcion)).toEqual(
      expect.arrayContaining([
        'Invitó a nueva.consultora@firma.co como Consultor.',
        'nueva.consultora@firma.co aceptó la invitación como Consultor.',
      ]),
    );

    const changed = await t.request(`${TEAM}/miembros/${member.usuarioId}`, {
      method: 'PUT',
      body: JSON.stringify({ rol: 'interventor' }),
      cookie: manager,
    });
    expect(changed.status).toBe(204);
    const removed = await t.request(`${TEAM}/miembros/${member.usuarioId}`, {
      method: 'DELETE',
      cookie: manager,
    });
    expect(removed.status).toBe(204);
    // The next request of the removed person is refused at once (session ended, caches dropped).
    expect(
      (await t.request('/api/v1/municipios/25899/tablero', { cookie: consultant.cookie })).status,
    ).toBe(401);
    const back = await signIn('nueva.consultora@firma.co', PASSWORD);
    expect(
      (await t.request('/api/v1/municipios/25899/tablero', { cookie: back.cookie })).status,
    ).toBe(404);
  });

  it('refuses escalation, bad input and losing the last planning office, changing nothing', async () => {
    const manager = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const consultant = await t.login(ACCOUNT['consultor.zipaquira']!);
    const before = await t.engine.db.withContext({ plataforma: true }, (tx) =>
      tx.select().from(auditoria),
    );

    expect(
      (await post(`${TEAM}/invitaciones`, { email: 'x@firma.co', rol: 'consultor' }, consultant))
        .status,
    ).toBe(403);
    const mayor = await post(
      `${TEAM}/invitaciones`,
      { email: 'x@firma.co', rol: 'alcaldia' },
      manager,
    );
    expect(mayor.status).toBe(400);
    expect(((await mayor.json()) as Body).error.mensaje).toMatch(/consola de la plataforma/);
    const bad = await post(
      `${TEAM}/invitaciones`,
      { email: 'no es correo', rol: 'consultor' },
      manager,
    );
    expect(((await bad.json()) as Body).error.mensaje).toMatch(
      /no es un correo electrónico válido/,
    );
    expect(
      (
        await post(
          `${TEAM}/invitaciones`,
          { email: 'x@firma.co', rol: 'consultor', esAdministrador: true },
          manager,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await post(
          '/api/v1/municipios/05001/equipo/invitaciones',
          { email: 'x@firma.co', rol: 'consultor' },
          manager,
        )
      ).status,
    ).toBe(404);

    const team = (await (await t.request(TEAM, { cookie: manager })).json()) as Body;
    const planning = team.miembros.filter((m: Body) =>
      m.roles.some((r: Body) => r.rol === 'planeacion'),
    );
    expect(planning).toHaveLength(1);
    const last = await t.request(`${TEAM}/miembros/${planning[0].usuarioId}`, {
      method: 'DELETE',
      cookie: manager,
    });
    expect(last.status).toBe(400);
    expect(((await last.json()) as Body).error.mensaje).toMatch(
      /sin ninguna cuenta de la oficina de planeación/,
    );
    const mayorMember = team.miembros.find((m: Body) =>
      m.roles.some((r: Body) => r.rol === 'alcaldia'),
    );
    expect(
      (
        await t.request(`${TEAM}/miembros/${mayorMember.usuarioId}`, {
          method: 'DELETE',
          cookie: manager,
        })
      ).status,
    ).toBe(403);

    const after = await t.engine.db.withContext({ plataforma: true }, (tx) =>
      tx.select().from(auditoria),
    );
    expect(after.filter((a) => a.accion.startsWith('equipo.'))).toHaveLength(
      before.filter((a) => a.accion.startsWith('equipo.')).length,
    );
  });

  it('revokes and resends: only the newest link of a pending invitation works', async () => {
    const manager = await t.login(ACCOUNT['alcaldia.zipaquira']!);
    const first = (await (
      await post(
        `${TEAM}/invitaciones`,
        { email: 'ctp.nuevo@correo.co', rol: 'consejo_territorial' },
        manager,
      )
    ).json()) as Body;
    const resent = (await (
      await post(`${TEAM}/invitaciones/${first.invitacion.id}/reenviar`, {}, manager)
    ).json()) as Body;
    expect(resent.enlace).not.toBe(first.enlace);
    expect(
      (await post('/api/v1/cuenta/invitacion/consulta', { enlace: fragment(first.enlace) })).status,
    ).toBe(400);
    expect(
      (await post('/api/v1/cuenta/invitacion/consulta', { enlace: fragment(resent.enlace) }))
        .status,
    ).toBe(200);
    expect(
      (
        await t.request(`${TEAM}/invitaciones/${first.invitacion.id}`, {
          method: 'DELETE',
          cookie: manager,
        })
      ).status,
    ).toBe(204);
    const dead = await post('/api/v1/cuenta/invitacion/consulta', {
      enlace: fragment(resent.enlace),
    });
    expect(((await dead.json()) as Body).error.mensaje).toMatch(
      /no es válida, ya se usó, se revocó o venció/,
    );
    expect(
      (
        await t.request(`${TEAM}/invitaciones/${first.invitacion.id}`, {
          method: 'DELETE',
          cookie: manager,
        })
      ).status,
    ).toBe(400);
  });

  it('lets an existing account join another municipality with its own password', async () => {
    const medellin = await t.login(ACCOUNT['planeacion.medellin']!);
    const created = (await (
      await post(
        '/api/v1/municipios/05001/equipo/invitaciones',
        { email: ACCOUNT['consultor.zipaquira'], rol: 'consultor' },
        medellin,
      )
    ).json()) as Body;
    const view = (await (
      await post('/api/v1/cuenta/invitacion/consulta', { enlace: fragment(created.enlace) })
    ).json()) as Body;
    expect(view.cuentaExistente).toBe(true);
    const wrong = await post('/api/v1/cuenta/invitacion', {
      enlace: fragment(created.enlace),
      contrasena: 'no es la suya de verdad',
    });
    expect(((await wrong.json()) as Body).error.mensaje).toMatch(/no corresponde a la cuenta/);
    const { DEMO_PASSWORD } = await import('../../demo/demo-data');
    expect(
      (
        await post('/api/v1/cuenta/invitacion', {
          enlace: fragment(created.enlace),
          contrasena: DEMO_PASSWORD,
        })
      ).status,
    ).toBe(200);
    const session = (await (
      await t.request('/api/v1/sesion', { cookie: await t.login(ACCOUNT['consultor.zipaquira']!) })
    ).json()) as Body;
    expect(session.membresias.map((m: Body) => m.municipio.codigo).sort()).toEqual([
      '05001',
      '25899',
    ]);
  });
});

describe.each(ENGINES)('Invitations by e-mail on %s (issue 11)', (_name, open) => {
  let t: TestApp;
  const sent: AccountMessage[] = [];
  beforeAll(async () => {
    t = await createTestApp(open, {
      publicUrl: 'https://pot.ejemplo.gov.co/',
      mailer: {
        describe: 'prueba',
        send: (m) => {
          sent.push(m);
          return Promise.resolve();
        },
      },
    });
  });
  afterAll(() => t.close());

  it('mails the link instead of showing it', async () => {
    const manager = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const response = await t.request(`${TEAM}/invitaciones`, {
      method: 'POST',
      body: JSON.stringify({ email: 'interventora@firma.co', rol: 'interventor' }),
      cookie: manager,
    });
    expect(await response.json()).toMatchObject({ enlace: null, enviado: true });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('interventora@firma.co');
    expect(sent[0]!.text).toMatch(
      /https:\/\/pot\.ejemplo\.gov\.co\/cuenta\/invitacion#25899\.[A-Za-z0-9_-]{43}/,
    );
  });
});
