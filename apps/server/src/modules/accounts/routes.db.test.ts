import { auditoria, enlacesCuenta } from '@ruta-pot/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { createAccount } from './service';

type Body = Record<string, any>;
const LINK = '/api/v1/cuenta/enlace';

describe.each(ENGINES)('One-time account links on %s (issue 11)', (_name, open) => {
  let t: TestApp;
  const use = (token: string, contrasena: string) =>
    t.request(LINK, { method: 'POST', body: JSON.stringify({ token, contrasena }) });
  const signIn = (email: string, contrasena: string) =>
    t.request('/api/v1/sesion', { method: 'POST', body: JSON.stringify({ email, contrasena }) });
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('lets the new administrator set a password once, then sign in; the link does not work twice', async () => {
    const created = await createAccount(t.deps, {
      email: ' Nueva.Admin@Municipio.gov.co ',
      nombre: 'Nueva Administradora',
      plataforma: true,
      actor: 'prueba',
    });
    expect(created.email).toBe('nueva.admin@municipio.gov.co');
    const stored = await t.engine.db.withContext({ plataforma: true }, (tx) =>
      tx.select().from(enlacesCuenta),
    );
    expect(stored.map((l) => l.tokenHash)).not.toContain(created.token);
    expect((await signIn(created.email, 'cualquier cosa larga')).status).toBe(401);
    const short = await use(created.token, 'corta');
    expect(short.status).toBe(400);
    expect(((await short.json()) as Body).error.mensaje).toMatch(/al menos 12 caracteres/);
    const common = await use(created.token, 'contraseña123');
    expect(((await common.json()) as Body).error.mensaje).toMatch(/de las más usadas/);
    const ok = await use(created.token, 'una frase de montaña y río');
    expect(ok.status).toBe(200);
    expect((await signIn(created.email, 'una frase de montaña y río')).status).toBe(200);
    const again = await use(created.token, 'otra frase distinta y larga');
    expect(again.status).toBe(400);
    expect(((await again.json()) as Body).error.mensaje).toMatch(
      /no es válido, ya se usó o venció/,
    );
    const audit = await t.engine.db.withContext({ plataforma: true }, (tx) =>
      tx.select().from(auditoria),
    );
    expect(audit.map((a) => a.accion)).toEqual(
      expect.arrayContaining(['cuenta.crear', 'cuenta.contrasena']),
    );
    expect(JSON.stringify(audit)).not.toContain(created.token);
  });

  it('refuses forged tokens, invalid e-mails and a repeated account, writing nothing', async () => {
    const forged = await use('x'.repeat(43), 'una frase de montaña y río');
    expect(forged.status).toBe(400);
    await expect(
      createAccount(t.deps, {
        email: 'no-es-correo',
        nombre: 'Alguien',
        plataforma: true,
        actor: 'prueba',
      }),
    ).rejects.toThrow(/no es un correo electrónico válido/);
    await expect(
      createAccount(t.deps, {
        email: 'admin@demo.rutapot.co',
        nombre: 'Otra',
        plataforma: true,
        actor: 'prueba',
      }),
    ).rejects.toThrow(/Ya existe una cuenta/);
  });
});
