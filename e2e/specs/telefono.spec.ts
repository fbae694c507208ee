import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { signIn } from '../lib/session';

const PAGES = [
  '/m/25899',
  '/m/25899/estado-pot',
  '/m/25899/tablero',
  '/m/25899/autodiagnostico',
  '/m/25899/preparacion',
  '/m/25899/expediente',
  '/m/25899/equipo',
  '/cuenta',
  '/panorama',
  '/calculadora',
  '/banco',
  '/avisos',
  '/seguimiento',
];

describe('Every page fits a 360 px phone (issue 12)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('never makes the page wider than the screen, La Ruta with its checklist included', async () => {
    const page = await signIn(browser, server);
    await page.setViewportSize({ width: 360, height: 740 });
    const widths: Record<string, number> = {};
    await page.goto(`${server.url}/m/25899/ruta`);
    await page
      .getByRole('button', { name: /Iniciar/ })
      .first()
      .click();
    await page.locator('table.tabla-items').first().waitFor();
    widths['/m/25899/ruta'] = await page.evaluate(() => document.documentElement.scrollWidth);
    await screenshot(page, '80-ruta-360');
    for (const path of PAGES) {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    expect(Object.entries(widths).filter(([, w]) => w > 360)).toEqual([]);
    await page.close();
  });
});
