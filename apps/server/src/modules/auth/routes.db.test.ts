import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, TEST_NOW, type TestApp } from '../../../test/test-app';
import { createApp } from '../../app';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import { purgeExpiredSessions } from './service';

const WRONG = 'no-es-la-clave-123';
const BLOCKED_MESSAGE = /^Demasiados intentos de ingreso fallidos\. .*espere 15 minutos/;

describe.each(ENGINES)('sign-in limits and sessions on %s', (_name, open) => {
  let t: TestApp;
  // A second app on the same database that trusts one proxy, so each test can sign in from its
  // own client address (X-Forwarded-For) and the address limit of one test does not leak into
  // the next.
  let proxied: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestApp(open);
    proxied = createApp(t.deps, { trustedProxies: 1 });
  });
  afterAll(() => t.close());

  const signIn = async (input: { email: string; contrasena: string; ip: string }) => {
    const response = await proxied.request('/api/v1/sesion', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': input.ip },
      body: JSON.stringify({ email: input.email, contrasena: input.contrasena }),
    });
    const body = (await response.json()) as { error?: { codigo: string; mensaje: string } };
    return { status: response.status, body, retryAfter: response.headers.get('retry-after') };
  };
  const signInAudit = () =>
    t.engine.owner.query<{ accion: string; objeto: string; actor: string; detalle: unknown }>(
      `SELECT accion, objeto, actor, detalle FROM auditoria
        WHERE municipality_id = '00000' AND accion IN ('sesion.fallida', 'sesion.bloquear')
        ORDER BY secuencia`,
    );

  it('refuses the 6th wrong password with 429, a Spanish message and Retry-After, and then even the right one', async () => {
    const email = ACCOUNT['planeacion.zipaquira']!;
    const ip = '181.49.0.1';
    for (let i = 0; i < 5; i++) {
      const failed = await signIn({ email, contrasena: WRONG, ip });
      expect(failed.status).toBe(401);
      expect(failed.body.error?.mensaje).toBe('Correo o contraseña incorrectos.');
    }
    const sixth = await signIn({ email, contrasena: WRONG, ip });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toMatchObject({
      codigo: 'demasiados_intentos',
      mensaje: expect.stringMatching(BLOCKED_MESSAGE),
      detalles: { reintentarEnSegundos: 900 },
    });
    expect(sixth.retryAfter).toBe('900');
    // The account is blocked, not the address: the right password from elsewhere is refused too.
    const right = await signIn({ email, contrasena: DEMO_PASSWORD, ip: '181.49.0.2' });
    expect(right.status).toBe(429);
    expect(right.body.error?.codigo).toBe('demasiados_intentos');
  });

  it('answers an unknown e-mail exactly like an existing account', async () => {
    const ip = '181.49.0.3';
    const email = 'nadie.existe@demo.rutapot.co';
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await signIn({ email, contrasena: WRONG, ip }));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(answers[0]!.body.error?.mensaje).toBe('Correo o contraseña incorrectos.');
    expect(answers[5]!.body.error?.mensaje).toMatch(BLOCKED_MESSAGE);
    expect(answers[5]!.retryAfter).toBe('900');
  });

  it('audits failures and the lockout without passwords or unknown e-mails, and blocked attempts add nothing', async () => {
    const entries = await signInAudit();
    const text = JSON.stringify(entries);
    expect(text).not.toContain(WRONG);
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain('nadie.existe');
    // Two accounts × 5 failures, each account locked once; the 429 answers wrote no entry.
    expect(entries.filter((e) => e.accion === 'sesion.fallida')).toHaveLength(10);
    const locks = entries.filter((e) => e.accion === 'sesion.bloquear');
    expect(locks).toHaveLength(2);
    expect(locks[0]).toMatchObject({
      actor: 'anonimo',
      objeto: expect.stringMatching(/^usuario:[0-9a-f-]{36}$/),
      detalle: { motivo: 'cuenta', ip: '181.49.0.1', minutos: 15 },
    });
    expect(locks[1]).toMatchObject({ objeto: 'usuario:desconocido' });
  });

  it('blocks an address after 20 failures over different accounts; other addresses go on', async () => {
    const ip = '181.49.0.4';
    for (let i = 0; i < 20; i++) {
      const failed = await signIn({ email: `intento${i}@ejemplo.co`, contrasena: WRONG, ip });
      expect(failed.status).toBe(401);
    }
    const own = await signIn({ email: ACCOUNT.admin!, contrasena: DEMO_PASSWORD, ip });
    expect(own.status).toBe(429);
    const elsewhere = await signIn({
      email: ACCOUNT.admin!,
      contrasena: DEMO_PASSWORD,
      ip: '181.49.0.5',
    });
    expect(elsewhere.status).toBe(200);
    const audit = await signInAudit();
    expect(audit.at(-1)).toMatchObject({ accion: 'sesion.bloquear', objeto: 'ip:181.49.0.4' });
  });

  it('never counts successful sign-ins, however many come from one address', async () => {
    // More than the address limit (20): tests and the e2e flows sign in this often.
    const email = ACCOUNT['alcaldia.zipaquira']!;
    for (let i = 0; i < 21; i++) {
      const signedIn = await signIn({ email, contrasena: DEMO_PASSWORD, ip: '181.49.0.6' });
      expect(signedIn.status).toBe(200);
    }
  });

  it('refuses a token at once after sign-out, although the session was cached', async () => {
    const cookie = await t.login(ACCOUNT['consultor.zipaquira']!);
    expect((await t.request('/api/v1/sesion', { cookie })).status).toBe(200);
    expect((await t.request('/api/v1/sesion', { method: 'DELETE', cookie })).status).toBe(204);
    expect((await t.request('/api/v1/sesion', { cookie })).status).toBe(401);
  });

  it('does not let the session cache keep a session alive past its expiry', async () => {
    const cookie = await t.login(ACCOUNT['interventor.zipaquira']!);
    expect((await t.request('/api/v1/sesion', { cookie })).status).toBe(200);
    const realNow = t.deps.clock.now.bind(t.deps.clock);
    try {
      // Just past the 12-hour lifetime, well within the cache's 10 s of real time.
      t.deps.clock.now = () => new Date(TEST_NOW.getTime() + 12 * 3600_000 + 60_000);
      expect((await t.request('/api/v1/sesion', { cookie })).status).toBe(401);
    } finally {
      t.deps.clock.now = realNow;
    }
  });

  it('purges only expired sessions', async () => {
    const [user] = await t.engine.owner.query<{ id: string }>('SELECT id FROM usuarios LIMIT 1');
    const at = (hours: number) => new Date(TEST_NOW.getTime() + hours * 3600_000).toISOString();
    await t.engine.owner.query(
      `INSERT INTO sesiones (token_hash, usuario_id, creada_en, expira_en) VALUES
         ('purga-vencida', $1, $2, $3), ('purga-justo', $1, $2, $4), ('purga-vigente', $1, $2, $5)`,
      [user!.id, at(-24), at(-12), at(0), at(1)],
    );
    const atTestNow = { ...t.deps, clock: { now: () => TEST_NOW } };
    const expiredBefore = await t.engine.owner.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM sesiones WHERE expira_en <= $1',
      [TEST_NOW.toISOString()],
    );
    expect(await purgeExpiredSessions(atTestNow)).toBe(expiredBefore[0]!.n);
    const left = await t.engine.owner.query<{ token_hash: string; vigente: boolean }>(
      'SELECT token_hash, expira_en > $1 AS vigente FROM sesiones',
      [TEST_NOW.toISOString()],
    );
    const hashes = left.map((row) => row.token_hash);
    expect(hashes).toContain('purga-vigente');
    expect(hashes).not.toContain('purga-vencida');
    expect(hashes).not.toContain('purga-justo');
    expect(left.every((row) => row.vigente)).toBe(true);
    expect(left.length).toBeGreaterThan(1);
    expect(await purgeExpiredSessions(atTestNow)).toBe(0);
  });
});
