import { createServer, type Server } from 'node:http';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { puertoLibre } from './http';

/** The slow office link of issue 12: 500 kbit/s both ways, 400 ms latency. */
export const ENLACE_LENTO = {
  offline: false,
  latency: 400,
  downloadThroughput: 500_000 / 8,
  uploadThroughput: 500_000 / 8,
};

/** Debian's Chromium (never a downloaded browser), off the network like the e2e tests. */
export function abrirChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
}

export interface Visita {
  /** first-contentful-paint, ms from navigation start. */
  fcp: number;
  /** Bytes on the wire (encoded) of every response the page received. */
  bytes: number;
  /** ms from navigation start until `listo` held (when given). */
  listo?: number;
}

/**
 * Opens `url` in `context` with Chromium's network emulation (CDP
 * Network.emulateNetworkConditions) and returns FCP, bytes and, optionally, the time until the
 * CSS selector `listo` is present.
 */
export async function visitar(
  context: BrowserContext,
  url: string,
  listo?: string,
): Promise<Visita> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', ENLACE_LENTO);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (listo) await page.waitForSelector(listo, { timeout: 120_000, state: 'attached' });
  const tiempos = await medirEnPagina(page, Boolean(listo));
  await page.waitForTimeout(300);
  await page.close();
  return { ...tiempos, bytes };
}

// Evaluated as page scripts (text): the bench compiles without the DOM library.
const DOS_CUADROS =
  'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))';
const FCP = `new Promise((r) => {
  const hecho = performance.getEntriesByName('first-contentful-paint')[0];
  if (hecho) return r(hecho.startTime);
  new PerformanceObserver((l) => r(l.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
})`;

async function medirEnPagina(page: Page, conListo: boolean) {
  // Two frames after the selector: what it announces has been painted.
  const ahora = await page.evaluate<number>(DOS_CUADROS);
  const fcp = await page.evaluate<number>(FCP);
  return conListo ? { fcp, listo: ahora } : { fcp };
}

/**
 * The same-run baseline: a static server whose page shows its only text after `bytes` bytes of
 * markup, uncompressed, so its first content needs the same bytes on the same emulated link.
 */
export async function paginaEstatica(bytes: number): Promise<{ url: string; cerrar: () => void }> {
  const relleno = `<!--${'x'.repeat(Math.max(0, bytes - 200))}-->`;
  const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>base</title></head><body>${relleno}<p>Contenido de la línea base</p></body></html>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  const port = await puertoLibre();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, cerrar: () => server.close() };
}
