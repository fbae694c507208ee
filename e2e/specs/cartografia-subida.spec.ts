import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { DEMO_PASSWORD } from '../lib/session';
import { requireSharedData } from '../lib/shared-data';

/** The web app sends layers in pieces of 1 MB (subida-model.ts). */
const PIECE = 1024 * 1024;
const LAYERS = [
  'amenaza_inundacion.geojson',
  'amenaza_movimiento_en_masa.geojson',
  'predios.geojson',
  'riesgo_movimientos_masa.geojson',
];

/** Santa Rosa de Cabal's real layers in one file of a few MB, so the upload takes several pieces. */
function realLayerOfSeveralMegabytes(dir: string): string {
  const features = LAYERS.flatMap(
    (name) =>
      (
        JSON.parse(
          readFileSync(requireSharedData(`pot/santa_rosa_de_cabal_66682/${name}`), 'utf8'),
        ) as { features: unknown[] }
      ).features,
  );
  const file = join(dir, 'santa-rosa-capas.geojson');
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }, null, 1));
  return file;
}

interface Sent {
  method: string;
  offset: number | null;
}

/** Every request of the tus protocol the page makes (method and Upload-Offset). */
function watchUploads(page: Page): Sent[] {
  const sent: Sent[] = [];
  page.on('request', (req: Request) => {
    if (!req.url().includes('/capas/subidas')) return;
    const offset = req.headers()['upload-offset'];
    sent.push({ method: req.method(), offset: offset === undefined ? null : Number(offset) });
  });
  return sent;
}

async function waitFor(check: () => boolean, what: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Tiempo agotado esperando: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Santa Rosa's planning office on the cartography page, over a throttled link (CDP). */
async function openImportFormOnSlowLink(browser: Browser, server: RunningServer) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/ingresar`);
  await page.getByLabel('Correo electrónico').fill('planeacion.santarosa@demo.rutapot.co');
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL('**/m/66682');
  await page.goto(`${server.url}/m/66682/cartografia`);
  await page.getByRole('heading', { name: 'Importar una capa' }).waitFor();
  // A slow rural link: about 256 kB/s up, 150 ms of latency (Chromium's own throttling).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const link = (offline: boolean) =>
    cdp.send('Network.emulateNetworkConditions', {
      offline,
      latency: 150,
      downloadThroughput: 1024 * 1024,
      uploadThroughput: 256 * 1024,
    });
  await link(false);
  return { page, link };
}

describe('Resumable layer upload in Chromium on a slow, cut link (issue 14)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows progress, resumes after a cut and after a page reload, and imports without sending the file again', async () => {
    const file = realLayerOfSeveralMegabytes(mkdtempSync(join(tmpdir(), 'ruta-e2e-subida-')));
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(2 * PIECE + PIECE / 2);

    const { page } = await openImportFormOnSlowLink(browser, server);
    const sent = watchUploads(page);
    // The connection drops once, on the second piece.
    let cut = false;
    await page.route('**/capas/subidas/*', async (route) => {
      const req = route.request();
      if (!cut && req.method() === 'PATCH' && req.headers()['upload-offset'] === String(PIECE)) {
        cut = true;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });

    await page.locator('#carto-archivo').setInputFiles(file);
    await page.locator('#carto-tipo').selectOption('otra');
    await page.locator('#carto-nombre').fill('Capas de Santa Rosa por enlace lento');
    await page.getByRole('button', { name: 'Importar la capa' }).click();
    // The bar has its label; its text says bytes and percent.
    const bar = page.getByLabel('Subida del archivo');
    await bar.waitFor();
    await expect
      .poll(async () => (await page.locator('[data-subida-bytes]').textContent()) ?? '', {
        timeout: 30_000,
      })
      .toMatch(/MB de \d+,\d MB \(\d+ %\)/);
    await screenshot(page, '92-cartografia-subida');

    // The cut piece is sent again from where the server stands (1 MB), not from the start.
    await waitFor(() => sent.filter((s) => s.method === 'PATCH').length >= 3, 'tercer envío');
    const patches = sentOffsets(sent);
    expect(cut).toBe(true);
    expect(patches.slice(0, 3)).toEqual([0, PIECE, PIECE]);
    expect(sent.filter((s) => s.method === 'HEAD').length).toBeGreaterThanOrEqual(1);

    // The page is reloaded while the third piece travels: the form offers to continue.
    await waitFor(() => sentOffsets(sent).includes(2 * PIECE), 'tercera parte');
    await page.reload();
    await page.getByRole('heading', { name: 'Importar una capa' }).waitFor();
    await page.getByText(/Tiene subidas sin terminar/).waitFor();
    await page.getByText(/«santa-rosa-capas\.geojson»/).waitFor();
    const before = sent.length;
    await page.locator('#carto-archivo').setInputFiles(file);
    await page.locator('#carto-tipo').selectOption('otra');
    await page.locator('#carto-nombre').fill('Capas de Santa Rosa por enlace lento');
    await page.getByRole('button', { name: 'Importar la capa' }).click();

    // The real layers have self-intersections: listed, then repaired after confirmation.
    await page.getByRole('button', { name: /Reparar/ }).waitFor({ timeout: 90_000 });
    const afterReload = sent.slice(before);
    expect(afterReload.some((s) => s.method === 'POST')).toBe(false);
    expect(afterReload[0]?.method).toBe('HEAD');
    const resumedAt = afterReload.find((s) => s.method === 'PATCH')?.offset ?? -1;
    expect(resumedAt).toBeGreaterThanOrEqual(2 * PIECE);
    const beforeRepair = sent.length;
    await page.getByRole('button', { name: /Reparar/ }).click();
    await page
      .getByText(/se importó «Capas de Santa Rosa por enlace lento»/)
      .first()
      .waitFor({ timeout: 90_000 });
    // The answer travelled with the finished upload: not one more byte of the file.
    expect(sent.length).toBe(beforeRepair);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Imported: nothing left to continue after another reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Importar una capa' }).waitFor();
    expect(await page.getByText(/Tiene subidas sin terminar/).count()).toBe(0);
    await page.close();
  });

  it('keeps trying while the browser is offline and goes on by itself when the link returns', async () => {
    const { page, link } = await openImportFormOnSlowLink(browser, server);
    const sent = watchUploads(page);
    const file = realLayerOfSeveralMegabytes(mkdtempSync(join(tmpdir(), 'ruta-e2e-subida-')));
    await page.locator('#carto-archivo').setInputFiles(file);
    await page.locator('#carto-tipo').selectOption('otra');
    await page.getByRole('button', { name: 'Importar la capa' }).click();
    // Offline while the first piece travels: that piece may still land, the next request cannot.
    await waitFor(() => sent.some((s) => s.method === 'PATCH'), 'primer envío');
    await link(true);
    // Announced (role=status), and not given up: tus-js-client alone stops when offline.
    await page.getByText(/Se cortó la conexión/).waitFor({ timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 4000));
    expect(await page.getByText(/La subida se detuvo/).count()).toBe(0);
    const offlineAt = sent.length;
    await link(false);
    // The layer arrives and reaches the importer: its self-intersections are listed for repair.
    await page.getByRole('button', { name: 'Reparar y continuar' }).waitFor({ timeout: 120_000 });
    expect(sent.filter((s) => s.method === 'POST')).toHaveLength(1);
    const back = sent.slice(offlineAt);
    expect(back.some((s) => s.method === 'HEAD')).toBe(true);
    // Continued from what the server had, not from the first byte.
    expect(back.find((s) => s.method === 'PATCH')?.offset ?? 0).toBeGreaterThan(0);
    await page.close();
  });
});

function sentOffsets(sent: readonly Sent[]): number[] {
  return sent.filter((s) => s.method === 'PATCH').map((s) => s.offset ?? -1);
}
