import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/ruta-pot.mjs', import.meta.url).pathname;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe(
  'ruta-pot usuarios crear on a fresh installation without demo data (CLI contract)',
  { timeout: 240_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-usuarios-'));
    const env = {
      ...process.env,
      RUTA_POT_DATOS: dir,
      DATABASE_URL: '',
      RUTA_POT_DEMO: '0',
      RUTA_POT_URL_PUBLICA: 'https://pot.municipio.gov.co',
    };
    const cli = (...args: string[]) =>
      new Promise<{ code: number; out: string; err: string }>((resolve) => {
        execFile(
          process.execPath,
          [BIN, ...args],
          { encoding: 'utf8', env, timeout: 200_000 },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }),
        );
      });

    it('prints a one-time link on the public address that sets the first password, and refuses a bad e-mail with exit 2', async () => {
      const bad = await cli(
        'usuarios',
        'crear',
        '--correo',
        'no-es-correo',
        '--nombre',
        'Ana Gómez',
        '--plataforma',
      );
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/no es un correo electrónico válido/);
      const r = await cli(
        'usuarios',
        'crear',
        '--correo',
        'ana@municipio.gov.co',
        '--nombre',
        'Ana Gómez',
        '--plataforma',
      );
      expect(r.code, r.err).toBe(0);
      const link = /https:\/\/pot\.municipio\.gov\.co\/cuenta\/enlace#([A-Za-z0-9_-]{40,})/.exec(
        r.out,
      );
      expect(link).not.toBeNull();
      const repeated = await cli(
        'usuarios',
        'crear',
        '--correo',
        'ana@municipio.gov.co',
        '--nombre',
        'Ana Gómez',
        '--plataforma',
      );
      expect(repeated.code).toBe(2);

      // The same folder served as a real installation would be: the link sets the password.
      const port = await freePort();
      const child = spawn(process.execPath, [BIN, 'servidor'], {
        env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: 'ignore',
      });
      try {
        const base = `http://127.0.0.1:${port}`;
        for (let i = 0; i < 300; i++) {
          if (
            await fetch(`${base}/api/v1/health`).then(
              (x) => x.ok,
              () => false,
            )
          )
            break;
          await new Promise((res) => setTimeout(res, 300));
        }
        const post = (path: string, body: unknown) =>
          fetch(`${base}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
        expect(
          (
            await post('/api/v1/cuenta/enlace', {
              token: link![1],
              contrasena: 'el páramo de Guerrero',
            })
          ).status,
        ).toBe(200);
        const session = await post('/api/v1/sesion', {
          email: 'ana@municipio.gov.co',
          contrasena: 'el páramo de Guerrero',
        });
        expect(session.status).toBe(200);
        expect(
          ((await session.json()) as { usuario: { esAdministrador: boolean } }).usuario
            .esAdministrador,
        ).toBe(true);
      } finally {
        const exited = new Promise((res) => child.once('exit', res));
        child.kill('SIGTERM');
        await exited;
      }
    });
  },
);
