import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createScratchDatabase } from '../../../../packages/db/test/engines';
import { cliRunner, embeddedEnv, withServer } from '../../test/cli-harness';

/** The same contract on the embedded database and on PostgreSQL (a scratch database). */
const ENGINES = ['embebida', 'postgresql'] as const;

describe.each(ENGINES)(
  'ruta-pot usuarios crear on a fresh %s installation without demo data (CLI contract)',
  { timeout: 240_000 },
  (engine) => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-usuarios-'));
    let env = embeddedEnv(dir, {
      RUTA_POT_DEMO: '0',
      RUTA_POT_URL_PUBLICA: 'https://pot.municipio.gov.co',
    });
    let cli = cliRunner(env);
    let drop = () => Promise.resolve();
    beforeAll(async () => {
      if (engine !== 'postgresql') return;
      const scratch = await createScratchDatabase();
      drop = () => scratch.drop();
      env = { ...env, DATABASE_URL: scratch.url };
      cli = cliRunner(env);
    });
    afterAll(() => drop());

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
      await withServer(env, async (base) => {
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
      });
    });
  },
);
