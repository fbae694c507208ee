import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../test/shared-data';

const BIN = new URL('../../bin/ruta-pot.mjs', import.meta.url).pathname;

describe('ruta-pot CLI on an embedded data folder', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-'));
  let server: Server;
  let port = 0;
  // Asynchronous on purpose: a blocking spawn would freeze the loopback server the CLI downloads from.
  const cliIn = (dataDir: string, args: string[]) =>
    new Promise<{ code: number; out: string; err: string }>((resolve) => {
      execFile(
        process.execPath,
        [BIN, ...args],
        {
          encoding: 'utf8',
          env: { ...process.env, RUTA_POT_DATOS: dataDir, DATABASE_URL: '' },
          timeout: 170_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }),
      );
    });
  const cli = (...args: string[]) => cliIn(dir, args);

  beforeAll(async () => {
    // A loopback web server stands in for datos.gov.co: the importer downloads when given a URL.
    server = createServer((req, res) => {
      if (req.url === '/divipola.csv')
        res.end(readFileSync(requireSharedData('divipola/divipola_datosgov_raw.csv')));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => server.close());

  it('imports DIVIPOLA from a URL and population from a file, then verifies the audit chain', async () => {
    const divipola = await cli('importar', 'divipola', `http://127.0.0.1:${port}/divipola.csv`);
    expect(divipola.err).toBe('');
    expect(divipola.out).toMatch(/1121 municipios \(1121 nuevos/);
    const population = await cli(
      'importar',
      'poblacion',
      requireSharedData('divipola/poblacion_municipal_dane_2012_2024.csv'),
    );
    expect(population.code, population.err).toBe(2);
    expect(population.err).toMatch(/no están en el catálogo/);
    const derived = await cli(
      'importar',
      'divipola',
      requireSharedData('divipola/municipios_colombia.csv'),
    );
    expect(derived.out).toMatch(/1122 municipios \(1 nuevos, 1121 actualizados/);
    expect(
      (
        await cli(
          'importar',
          'poblacion',
          requireSharedData('divipola/poblacion_municipal_dane_2012_2024.csv'),
        )
      ).out,
    ).toMatch(/14586 filas, 1122 municipios/);
    const verify = await cli('auditoria', 'verificar', '--json');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.out)).toMatchObject({ problems: [], entries: 3 });
  });

  it('writes a verified backup folder and restores it only into an empty data folder', async () => {
    const folder = join(dir, 'respaldo');
    const backup = await cli('respaldo', '--salida', folder);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/Respaldo verificado/);
    expect(backup.out).toMatch(/municipios=1122/);
    expect(backup.out).toMatch(/Archivos de evidencia: 0/);
    expect(existsSync(join(folder, 'manifiesto.json'))).toBe(true);
    expect(existsSync(join(folder, 'base-de-datos.tar.gz.sha256'))).toBe(true);

    const refused = await cli('respaldo', 'restaurar', folder);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/el destino ya tiene datos.*--sobrescribir/);
    const fresh = mkdtempSync(join(tmpdir(), 'ruta-cli-restaurar-'));
    const restored = await cliIn(fresh, ['respaldo', 'restaurar', folder]);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/Respaldo restaurado/);
    expect(
      JSON.parse((await cliIn(fresh, ['auditoria', 'verificar', '--json'])).out),
    ).toMatchObject({ problems: [], entries: 3 });
  });

  it('reports a missing file or unknown command clearly with exit code 2', async () => {
    const missing = await cli('importar', 'divipola', '/no/existe.csv');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/No se pudo leer el archivo/);
    expect((await cli('inventado')).code).toBe(2);
  });
});
