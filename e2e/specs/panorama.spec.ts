import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ARTIFACTS, launchBrowser, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { requireSharedData } from '../lib/shared-data';

const BIN = new URL('../../apps/server/bin/ruta-pot.mjs', import.meta.url).pathname;

/** Runs the CLI as an operator would, on the embedded database of `dataDir`. */
async function cli(dataDir: string, ...args: string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, ...args], {
    env: { ...process.env, RUTA_POT_DATOS: dataDir, DATABASE_URL: '' },
  });
  return stdout;
}

describe('Panorama nacional in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    // The embedded data folder is locked while the server runs: import first, then start it.
    const dataDir = mkdtempSync(join(tmpdir(), 'ruta-e2e-panorama-'));
    expect(
      await cli(
        dataDir,
        'importar',
        'divipola',
        requireSharedData('divipola/municipios_colombia.csv'),
      ),
    ).toMatch(/1122 municipios/);
    expect(
      await cli(
        dataDir,
        'importar',
        'limites',
        requireSharedData('limites/mgn2018_municipios.geojson'),
      ),
    ).toMatch(/Límites importados: 1122 municipios/);
    [server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the 1,122 municipalities on a map and lists them in an accessible table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/panorama`);
    await page.getByRole('heading', { level: 1, name: /Panorama nacional/ }).waitFor();
    await page.locator('[data-estado-mapa="listo"] canvas').waitFor({ timeout: 60_000 });
    expect(await page.locator('#tabla-panorama tbody tr').count()).toBe(1122);
    expect(await page.textContent('body')).toMatch(/Mostrando 1\.122 municipios/);
    // The map's own controls speak Spanish, and Panorama is reachable from the navigation.
    await page.getByRole('button', { name: 'Acercar' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Panorama nacional' })
      .waitFor();
    // Filters apply to the table (and the map) and live in the address.
    await page.locator('#filtro-departamento').selectOption('05');
    await page.waitForURL('**/panorama?departamento=05');
    expect(await page.locator('#tabla-panorama tbody tr').count()).toBe(125);
    await page.locator('#filtro-departamento').selectOption('');
    await page.getByText('Mostrando 1.122 municipios').waitFor();
    // The map section at the top of the viewport: legend counts above, polygons below.
    await page.evaluate(() => document.getElementById('titulo-mapa')?.scrollIntoView());
    // Software WebGL repaints the canvas a few frames after scrolling and filter changes.
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${ARTIFACTS}10-panorama.png` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const csv = await page.evaluate(async () => {
      const r = await fetch('/api/v1/datos-abiertos/estado-pot.csv');
      return { type: r.headers.get('content-type'), lines: (await r.text()).split('\r\n').length };
    });
    expect(csv).toEqual({ type: 'text/csv; charset=utf-8', lines: 1124 });
    await page.close();
  });
});
