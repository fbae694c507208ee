import { DATA_POLICY } from '@ruta-pot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import type { AccountMessage } from './mail';

type Body = Record<string, any>;
const NEW_PASSWORD = 'otra frase larga para la oficina';

describe.each(ENGINES)('My account, reset and citizen sign-up on %s (issue 11)', (_name, open) => {
  let t: TestApp;
  const sent: AccountMessage[] = [];
  const send = (method: string, path: string, body: unknown, cookie?: string) =>
    t.request(path, { method, body: JSON.stringify(body), cookie });
  const signIn = async (email: string, contrasena: string) => {
    const response = await send('POST', '/api/v1/sesion', { email, contrasena });
    return {
      status: response.status,
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!,
    };
  };
  const linkIn = (message: AccountMessage) => /#([A-Za-z0-9_-]{43})/.exec(message.text)![1]!;

  beforeAll(async () => {
    t = await createTestApp(open, {
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

  it('changes the password only with the current one, and closes the other sessions', async () => {
    const email = ACCOUNT['interventor.zipaquira']!;
    const first = await signIn(email, DEMO_PASSWORD);
    const second = await signIn(email, DEMO_PASSWORD);
    const mine = (await (
      await t.request('/api/v1/cuenta', { cookie: second.cookie })
    ).json()) as Body;
    expect(mine.sesiones.filter((s: Body) => s.actual)).toHaveLength(1);
    expect(mine.sesiones.length).toBeGreaterThanOrEqual(2);
    const wrong = await send(
      'PUT',
      '/api/v1/cuenta/contrasena',
      { actual: 'no es esta', nueva: NEW_PASSWORD },
      second.cookie,
    );
    expect(((await wrong.json()) as Body).error.mensaje).toBe(
      'La contraseña actual no es correcta.',
    );
    const weak = await send(
      'PUT',
      '/api/v1/cuenta/contrasena',
      { actual: DEMO_PASSWORD, nueva: 'contraseña123' },
      second.cookie,
    );
    expect(weak.status).toBe(400);
    expect(
      (
        await send(
          'PUT',
          '/api/v1/cuenta/contrasena',
          { actual: DEMO_PASSWORD, nueva: NEW_PASSWORD },
          second.cookie,
        )
      ).status,
    ).toBe(204);
    expect((await t.request('/api/v1/cuenta', { cookie: first.cookie })).status).toBe(401);
    expect((await t.request('/api/v1/cuenta', { cookie: second.cookie })).status).toBe(200);
    expect((await signIn(email, NEW_PASSWORD)).status).toBe(200);
  });

  it('closes one of my sessions by its id, and no one else’s', async () => {
    const email = ACCOUNT['concejo.zipaquira']!;
    const a = await signIn(email, DEMO_PASSWORD);
    const b = await signIn(email, DEMO_PASSWORD);
    const list = (await (await t.request('/api/v1/cuenta', { cookie: b.cookie })).json()) as Body;
    const other = list.sesiones.find((s: Body) => !s.actual);
    const stranger = await t.login(ACCOUNT['ctp.zipaquira']!);
    expect(
      (
        await t.request(`/api/v1/cuenta/sesiones/${other.id}`, {
          method: 'DELETE',
          cookie: stranger,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await t.request(`/api/v1/cuenta/sesiones/${other.id}`, {
          method: 'DELETE',
          cookie: b.cookie,
        })
      ).status,
    ).toBe(204);
    expect((await t.request('/api/v1/cuenta', { cookie: a.cookie })).status).toBe(401);
  });

  it('mails a reset link to a real account and answers the same for an unknown one', async () => {
    sent.length = 0;
    const known = await send('POST', '/api/v1/cuenta/restablecer', {
      email: ACCOUNT['ctp.zipaquira'],
    });
    const unknown = await send('POST', '/api/v1/cuenta/restablecer', { email: 'nadie@ninguna.co' });
    expect(known.status).toBe(202);
    expect(await unknown.json()).toEqual(await known.json());
    expect(sent.map((m) => m.to)).toEqual([ACCOUNT['ctp.zipaquira']]);
    expect(
      (
        await send('POST', '/api/v1/cuenta/enlace', {
          token: linkIn(sent[0]!),
          contrasena: NEW_PASSWORD,
        })
      ).status,
    ).toBe(200);
    expect((await signIn(ACCOUNT['ctp.zipaquira']!, NEW_PASSWORD)).status).toBe(200);
  });

  it('lets a citizen sign up, verify the address, follow a municipality, with no municipal role', async () => {
    sent.length = 0;
    const noConsent = await send('POST', '/api/v1/cuenta/registro', {
      email: 'vecina@correo.co',
      nombre: 'Vecina de Zipaquirá',
    });
    expect(noConsent.status).toBe(400);
    expect(((await noConsent.json()) as Body).error.mensaje).toMatch(
      /acepte la política de tratamiento/,
    );
    expect(sent).toHaveLength(0);
    const response = await send('POST', '/api/v1/cuenta/registro', {
      email: 'vecina@correo.co',
      nombre: 'Vecina de Zipaquirá',
      politica: DATA_POLICY.version,
    });
    expect(response.status).toBe(202);
    const repeat = await send('POST', '/api/v1/cuenta/registro', {
      email: ACCOUNT['ctp.zipaquira'],
      nombre: 'Otra Persona',
      politica: DATA_POLICY.version,
    });
    expect(await repeat.json()).toEqual(await response.json());
    expect(sent[1]!.subject).toBe('Ya tiene una cuenta en Ruta POT');
    expect((await signIn('vecina@correo.co', NEW_PASSWORD)).status).toBe(401);
    expect(
      (
        await send('POST', '/api/v1/cuenta/enlace', {
          token: linkIn(sent[0]!),
          contrasena: NEW_PASSWORD,
        })
      ).status,
    ).toBe(200);
    const citizen = await signIn('vecina@correo.co', NEW_PASSWORD);
    expect(citizen.status).toBe(200);
    const session = (await (
      await t.request('/api/v1/sesion', { cookie: citizen.cookie })
    ).json()) as Body;
    expect(session.membresias).toEqual([]);
    expect(
      (await t.request('/api/v1/municipios/25899/tablero', { cookie: citizen.cookie })).status,
    ).toBe(404);
    expect(
      (
        await t.request('/api/v1/publico/25899/seguimiento', {
          method: 'POST',
          cookie: citizen.cookie,
        })
      ).status,
    ).toBe(204);
    const mine = (await (
      await t.request('/api/v1/cuenta', { cookie: citizen.cookie })
    ).json()) as Body;
    expect(mine).toMatchObject({
      esCiudadano: true,
      siguiendo: [{ codigo: '25899', nombre: 'Zipaquirá' }],
    });
    // The authorisation given at sign-up, with its version and date (Ley 1581 art. 9).
    const data = (await (
      await t.request('/api/v1/cuenta/datos-personales', { cookie: citizen.cookie })
    ).json()) as Body;
    expect(data.autorizacion).toMatchObject({ version: DATA_POLICY.version, revocadaEn: null });
    const request = await send(
      'POST',
      '/api/v1/cuenta/datos-personales/solicitudes',
      { tipo: 'revocatoria', detalle: 'Ya no quiero avisos' },
      citizen.cookie,
    );
    expect(request.status).toBe(201);
    // Received on 2026-03-02 (test clock): 15 business days (Ley 1581 art. 15), 23 March a holiday.
    expect(((await request.json()) as Body).venceEl).toBe('2026-03-24');
    const after = (await (
      await t.request('/api/v1/cuenta/datos-personales', { cookie: citizen.cookie })
    ).json()) as Body;
    expect(after.autorizacion.revocadaEn).not.toBeNull();
    expect(after.solicitudes).toEqual([
      expect.objectContaining({ tipo: 'revocatoria', estado: 'recibida' }),
    ]);
    const admin = await t.login(ACCOUNT.admin!);
    const queue = (await (
      await t.request('/api/v1/admin/solicitudes-datos', { cookie: admin })
    ).json()) as Body[];
    expect(queue[0]).toMatchObject({ email: 'vecina@correo.co', tipo: 'revocatoria' });
    expect(
      (await t.request('/api/v1/admin/solicitudes-datos', { cookie: citizen.cookie })).status,
    ).toBe(404);
    expect(
      (
        await t.request('/api/v1/publico/99999/seguimiento', {
          method: 'POST',
          cookie: citizen.cookie,
        })
      ).status,
    ).toBe(404);
  });

  it('limits reset and sign-up requests per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await send('POST', '/api/v1/cuenta/restablecer', { email: `x${i}@correo.co` })).status,
      );
    expect(statuses).toContain(429);
  });
});
