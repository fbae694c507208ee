import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';

/** Issue 12, «The wire»: what a browser on a slow link is sent, seen from Chromium. */
describe('The wire in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends the script in brotli, cached for a year, and the repeat visit comes from the service worker', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: { encoding: string | null; cache: string | null }[] = [];
    page.on('response', (r) => {
      if (/\/assets\/index-[\w-]+\.js$/.test(r.url()))
        scripts.push({
          encoding: r.headers()['content-encoding'] ?? null,
          cache: r.headers()['cache-control'] ?? null,
        });
    });
    await page.goto(`${server.url}/calculadora`);
    await page.locator('header.encabezado').waitFor();
    expect(scripts).toEqual([{ encoding: 'br', cache: 'public, max-age=31536000, immutable' }]);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const again = await page.goto(`${server.url}/calculadora`);
    expect(again?.fromServiceWorker()).toBe(true);
    await page.locator('header.encabezado').waitFor();
    await context.close();
  });

  // The national map is drawn on a canvas from quantized TopoJSON (ADR 0025): MapLibre is never
  // downloaded for it, with or without boundaries (the demo now imports five).
  it('draws the national map without downloading the map library', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${server.url}/panorama`);
    await page
      .locator('[data-estado-mapa="listo"], [data-estado-mapa="sin_limites"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
    expect(urls.some((u) => u.includes('/api/v1/panorama/limites'))).toBe(true);
    expect(urls.filter((u) => u.includes('maplibre'))).toEqual([]);
    await context.close();
  });
});
