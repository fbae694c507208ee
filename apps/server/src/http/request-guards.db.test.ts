import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../test/test-app';

type Body = Record<string, any>;
const LOGIN = '/api/v1/sesion';
const credentials = JSON.stringify({
  email: ACCOUNT['planeacion.zipaquira'],
  contrasena: 'RutaPOT-demo-2026',
});

describe.each(ENGINES)('Request guards on %s (issue 12)', (_name, open) => {
  let t: TestApp;
  const send = (path: string, init: RequestInit) => Promise.resolve(t.app.request(path, init));
  const expectError = async (response: Response, status: number, codigo: string) => {
    expect(response.status).toBe(status);
    expect(((await response.json()) as Body).error.codigo).toBe(codigo);
  };
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('answers malformed JSON, a missing or wrong Content-Type and NUL characters with 400/415, logging no error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expectError(
        await send(LOGIN, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"email":',
        }),
        400,
        'entrada_invalida',
      );
      await expectError(
        await send(LOGIN, { method: 'POST', body: credentials }),
        415,
        'tipo_no_soportado',
      );
      await expectError(
        await send(LOGIN, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: credentials,
        }),
        415,
        'tipo_no_soportado',
      );
      await expectError(
        await send(LOGIN, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"email":"a\\u0000@b.co","contrasena":"x"}',
        }),
        400,
        'entrada_invalida',
      );
      await expectError(await send('/api/v1/municipios?q=ab%00c', {}), 400, 'entrada_invalida');
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
    expect(
      (
        await send(LOGIN, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: credentials,
        })
      ).status,
    ).toBe(200);
  });

  it('refuses a body over the limit before parsing it (413)', async () => {
    const big = JSON.stringify({ email: 'x'.repeat(3 * 1024 * 1024), contrasena: 'x' });
    await expectError(
      await send(LOGIN, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      }),
      413,
      'demasiado_grande',
    );
  });

  it('refuses state changes from another origin or site (CSRF), and accepts its own', async () => {
    const cookie = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const path = '/api/v1/municipios/25899/expediente/indicadores/catalogo';
    const other = await send(path, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost:5173' },
    });
    await expectError(other, 403, 'prohibido');
    const sameSite = await send(path, {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'same-site' },
    });
    await expectError(sameSite, 403, 'prohibido');
    const form = new FormData();
    form.append('archivo', new File([new TextEncoder().encode('indicador,anio,valor\n')], 'm.csv'));
    const upload = await send('/api/v1/municipios/25899/expediente/importar/mediciones', {
      method: 'POST',
      body: form,
      headers: { cookie, origin: 'http://127.0.0.1:8080' },
    });
    await expectError(upload, 403, 'prohibido');
    const own = await send(path, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost' },
    });
    expect(own.status).toBe(200);
  });

  it('accepts a DELETE whose body stream is empty, as the Node adapter gives every DELETE', async () => {
    const cookie = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const empty = await send('/api/v1/sesion', {
      method: 'DELETE',
      headers: { cookie },
      body: new ReadableStream({ start: (c) => c.close() }),
      duplex: 'half',
    } as RequestInit);
    expect(empty.status).toBe(204);
    const text = await send('/api/v1/sesion', {
      method: 'DELETE',
      headers: { cookie, 'content-type': 'text/plain' },
      body: 'hola',
    });
    await expectError(text, 415, 'tipo_no_soportado');
  });
});
