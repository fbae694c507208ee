import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, type TestApp } from '../../test/test-app';
import { createApp } from '../app';

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

/** A built web app in a temporary folder: a hashed script with its precompressed copies. */
function fakeBuild() {
  const root = mkdtempSync(join(tmpdir(), 'ruta-web-'));
  mkdirSync(join(root, 'assets'));
  const script = Buffer.from(`console.log(${JSON.stringify('Ruta POT '.repeat(400))});`);
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="app">Ruta POT</div>');
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
  writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js'), script);
  writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js.br'), brotliCompressSync(script));
  writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js.gz'), gzipSync(script));
  return { root, script };
}

describe.each(ENGINES)('The wire on %s (issue 12)', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('compresses JSON answers when the client accepts gzip, and only then', async () => {
    const plain = await t.request('/api/v1/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(5000);
    const zipped = await t.request('/api/v1/openapi.json', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = await bytes(zipped);
    expect(body.length).toBeLessThan(text.length / 3);
    expect(gunzipSync(body).toString('utf8')).toBe(text);
  });

  it('keeps the prebuilt gzip of the boundaries: compressed once, never twice', async () => {
    const response = await t.request('/api/v1/panorama/limites.geojson', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const geojson = JSON.parse(gunzipSync(await bytes(response)).toString('utf8'));
    expect(geojson.type).toBe('FeatureCollection');
  });

  it('sends precompressed assets (brotli, else gzip) with immutable caching; the service worker is revalidated', async () => {
    const { root, script } = fakeBuild();
    const app = createApp(t.deps, { webDist: root });
    const path = '/assets/index-Ab12Cd34.js';
    const br = await app.request(path, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(await bytes(br)).equals(script)).toBe(true);
    const gz = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gz)).equals(script)).toBe(true);
    const raw = await app.request(path);
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect((await bytes(raw)).equals(script)).toBe(true);
    const worker = await app.request('/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const page = await app.request('/m/25899', { headers: { 'accept-encoding': 'gzip' } });
    expect(page.status).toBe(200);
    expect(gunzipSync(await bytes(page)).toString('utf8')).toContain('Ruta POT');
  });
});
