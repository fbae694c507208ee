import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve, type ServerType } from '@hono/node-server';
import { zipSync } from 'fflate';
import * as tus from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { RESUMABLE_LIMITS, resumableUploads } from './upload-resumable';

const SANTA_ROSA = '66682';
const ZIPAQUIRA = '25899';
const HAZARD = requireSharedData('pot/santa_rosa_de_cabal_66682/amenaza_inundacion.geojson');
const CHUNK = 64 * 1024;
/** Ports given to this suite (one per engine), on the loopback only. */
const PORTS = [3851, 3852];

/** The real hazard layer as a zipped Shapefile without .prj: the import must ask for the CRS. */
function shapefileWithoutPrj(): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-subida-'));
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', join(dir, 'inundacion.shp'), HAZARD]);
  rmSync(join(dir, 'inundacion.prj'));
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) files[name] = new Uint8Array(readFileSync(join(dir, name)));
  // Stored, not deflated: a file of about a megabyte, so the cut falls well inside it.
  return zipSync(files, { level: 0 });
}

type ErrorBody = { error: { codigo: string; mensaje: string; detalles?: Record<string, unknown> } };

describe.each(ENGINES)('Resumable layer uploads (tus) on %s', (name, open) => {
  let t: TestApp;
  let server: ServerType;
  let origin: string;
  let cookie: string;
  const endpoint = (codigo: string) => `${origin}/api/v1/municipios/${codigo}/capas/subidas`;

  beforeAll(async () => {
    t = await createTestApp(open);
    cookie = await t.login(ACCOUNT['planeacion.santarosa']!);
    const port = PORTS[ENGINES.findIndex(([n]) => n === name)] ?? 0;
    await new Promise<void>((ready) => {
      server = serve({ fetch: t.app.fetch, port, hostname: '127.0.0.1' }, () => ready());
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
    await t.close();
  });

  const head = (url: string, who = cookie) =>
    fetch(url, { method: 'HEAD', headers: { 'tus-resumable': '1.0.0', cookie: who } });

  it('sends a real layer in pieces, survives a cut in the middle, resumes from the server’s offset and imports it after the CRS prompt', async () => {
    const bytes = shapefileWithoutPrj();
    expect(bytes.length).toBeGreaterThan(4 * CHUNK);
    const options = {
      endpoint: endpoint(SANTA_ROSA),
      chunkSize: CHUNK,
      retryDelays: null,
      headers: { cookie },
      metadata: { filename: 'inundacion.zip', filetype: 'application/zip' },
    };

    // First attempt: the connection is cut once ~40 % has been sent (mid-request, not at a chunk edge).
    let url = '';
    await new Promise<void>((stopped, failed) => {
      const first = new tus.Upload(Buffer.from(bytes), {
        ...options,
        onProgress: (sent) => {
          if (sent > bytes.length * 0.4 && sent % CHUNK !== 0) {
            url = first.url ?? '';
            void first.abort().then(stopped, failed);
          }
        },
        onError: failed,
        onSuccess: () => failed(new Error('la subida no debía terminar en el primer intento')),
      });
      first.start();
    });
    expect(url).toMatch(/\/capas\/subidas\/[0-9a-f]{32}$/);

    const state = await head(url);
    expect(state.status).toBe(200);
    const offset = Number(state.headers.get('upload-offset'));
    expect(Number(state.headers.get('upload-length'))).toBe(bytes.length);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(bytes.length);

    // Second attempt: the client asks the server where it stands and sends only the rest.
    const patchOffsets: number[] = [];
    await new Promise<void>((done, failed) => {
      const resumed = new tus.Upload(Buffer.from(bytes), {
        ...options,
        uploadUrl: url,
        onBeforeRequest: (req) => {
          if (req.getMethod() === 'PATCH')
            patchOffsets.push(Number(req.getHeader('Upload-Offset')));
        },
        onError: failed,
        onSuccess: () => done(),
      });
      resumed.start();
    });
    expect(patchOffsets[0]).toBe(offset);
    expect(patchOffsets.length).toBe(Math.ceil((bytes.length - offset) / CHUNK));
    const id = url.split('/').pop()!;
    const done = (await (await t.request(new URL(url).pathname, { cookie })).json()) as {
      recibido: number;
      tamano: number;
      nombre: string;
    };
    expect(done).toMatchObject({ recibido: bytes.length, tamano: bytes.length });
    expect(done.nombre).toBe('inundacion.zip');

    // The import asks for the CRS; the answer travels with the same upload, not the file.
    const importar = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ subida: id, tipo: 'amenaza_inundacion', ...fields }))
        form.append(k, v);
      return t.app.request(`/api/v1/municipios/${SANTA_ROSA}/capas`, {
        method: 'POST',
        body: form,
        headers: { cookie },
      });
    };
    const asked = await importar({});
    expect(asked.status).toBe(400);
    expect(((await asked.json()) as ErrorBody).error.detalles?.pideCrs).toBe(true);
    // The real layer has self-intersections: listed with their place, repaired only when confirmed.
    const invalid = await importar({ crs: '4326' });
    expect(invalid.status).toBe(400);
    const listed = ((await invalid.json()) as ErrorBody).error.detalles?.invalidas as unknown[];
    expect(listed.length).toBeGreaterThan(0);
    const imported = await importar({ crs: '4326', reparar: 'si', nombre: 'Inundación reanudada' });
    expect(imported.status).toBe(200);
    const result = (await imported.json()) as {
      entidades: number;
      areaHa: number;
      reparadas: number;
    };
    expect(result.reparadas).toBe(listed.length);
    const features = (JSON.parse(readFileSync(HAZARD, 'utf8')) as { features: unknown[] }).features;
    expect(result.entidades).toBe(features.length);

    // Same areas as the one-shot import of the original GeoJSON: the bytes arrived intact.
    const form = new FormData();
    form.append('archivo', new File([readFileSync(HAZARD)], 'amenaza_inundacion.geojson'));
    form.append('tipo', 'amenaza_inundacion');
    form.append('reparar', 'si');
    const direct = (await (
      await t.app.request(`/api/v1/municipios/${SANTA_ROSA}/capas`, {
        method: 'POST',
        body: form,
        headers: { cookie },
      })
    ).json()) as { areaHa: number };
    expect(result.areaHa).toBeCloseTo(direct.areaHa, 2);

    // Imported: the upload is gone, and importing it again is a Spanish 404.
    expect((await head(url)).status).toBe(404);
    const again = await importar({ crs: '4326', reparar: 'si' });
    expect(again.status).toBe(404);
    expect(((await again.json()) as ErrorBody).error.mensaje).toMatch(/^No encontrado/);
  });

  const create = (codigo: string, who: string | undefined, length: number) =>
    t.request(`/api/v1/municipios/${codigo}/capas/subidas`, {
      method: 'POST',
      cookie: who,
      headers: {
        'tus-resumable': '1.0.0',
        'upload-length': String(length),
        'upload-metadata': `filename ${btoa('capa.geojson')}`,
      },
    });

  it('lets only the import roles of the municipality create and continue their own uploads', async () => {
    const zipaquira = await t.login(ACCOUNT['planeacion.zipaquira']!);
    expect((await create(ZIPAQUIRA, undefined, 100)).status).toBe(401);
    // A citizen of the municipality: 403 in Spanish.
    const citizen = await create(ZIPAQUIRA, await t.login(ACCOUNT['ciudadano.zipaquira']!), 100);
    expect(citizen.status).toBe(403);
    expect(((await citizen.json()) as ErrorBody).error.mensaje).toMatch(/rol/);
    // Another municipality's office: answered as if the municipality did not exist (ADR 0009).
    const medellin = await t.login(ACCOUNT['planeacion.medellin']!);
    expect((await create(ZIPAQUIRA, medellin, 100)).status).toBe(404);

    const created = await create(ZIPAQUIRA, zipaquira, 100);
    expect(created.status).toBe(201);
    const path = new URL(created.headers.get('location')!, 'http://x').pathname;
    expect(path).toMatch(
      new RegExp(`^/api/v1/municipios/${ZIPAQUIRA}/capas/subidas/[0-9a-f]{32}$`),
    );
    const patch = (who: string, at = 0) =>
      t.request(path, {
        method: 'PATCH',
        cookie: who,
        headers: {
          'tus-resumable': '1.0.0',
          'upload-offset': String(at),
          'content-type': 'application/offset+octet-stream',
        },
        body: new Uint8Array(10),
      });
    // The mayor's office may import layers too, but this upload is the planning office's own.
    const mayor = await patch(await t.login(ACCOUNT['alcaldia.zipaquira']!));
    expect(mayor.status).toBe(404);
    const before = await t.request(path, {
      method: 'HEAD',
      cookie: zipaquira,
      headers: { 'tus-resumable': '1.0.0' },
    });
    expect(before.headers.get('upload-offset')).toBe('0');
    // Through another municipality's address: not found either.
    const elsewhere = path.replace(ZIPAQUIRA, SANTA_ROSA);
    expect((await t.request(elsewhere, { method: 'HEAD', cookie })).status).toBe(404);

    const own = await patch(zipaquira);
    expect(own.status).toBe(204);
    // Not readable from other sites: the tus library's «Access-Control-Allow-Origin: *» is off.
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
    expect(own.headers.get('upload-offset')).toBe('10');
    // A piece sent from a stale offset: 409, and the server's offset stands.
    const stale = await patch(zipaquira, 0);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorBody).error.mensaje).toMatch(/retoma/);
  });

  it('refuses a declared size over the layer limit with a Spanish 413, writing nothing', async () => {
    const files = join(t.deps.files.root, 'subidas');
    const before = readdirSync(files).length;
    const big = await create(SANTA_ROSA, cookie, RESUMABLE_LIMITS.maxBytes + 1);
    expect(big.status).toBe(413);
    expect(((await big.json()) as ErrorBody).error.mensaje).toBe(
      'El archivo supera 25 MB. Divídalo o comprímalo y vuelva a intentarlo.',
    );
    expect(readdirSync(files).length).toBe(before);
    // Exactly the limit is accepted.
    expect((await create(SANTA_ROSA, cookie, RESUMABLE_LIMITS.maxBytes)).status).toBe(201);
  });

  it('answers an unknown or expired upload with a Spanish 404, and sweeps expired ones from disk', async () => {
    const unknown = await t.request(
      `/api/v1/municipios/${SANTA_ROSA}/capas/subidas/${'0'.repeat(32)}`,
      { cookie },
    );
    expect(unknown.status).toBe(404);
    // Unknown: the same Spanish 404 as a municipality the user cannot see (nothing is revealed).
    expect(((await unknown.json()) as ErrorBody).error.mensaje).toBe(
      'No encontrado, o no tiene acceso a este municipio.',
    );

    const created = await create(SANTA_ROSA, cookie, 50);
    const path = new URL(created.headers.get('location')!, 'http://x').pathname;
    const id = path.split('/').pop()!;
    const dir = join(t.deps.files.root, 'subidas');
    // A day and a minute go by: the upload's creation date is moved back as time would.
    const info = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    info.creation_date = new Date(Date.now() - RESUMABLE_LIMITS.expiryMs - 60_000).toISOString();
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(info));
    const expired = await t.request(path, { cookie });
    expect(expired.status).toBe(404);
    expect(((await expired.json()) as ErrorBody).error.mensaje).toMatch(/venció.*24 horas/);
    expect(readdirSync(dir).filter((f) => f.startsWith(id))).toEqual([]);

    // The sweep removes an expired upload nobody comes back for.
    const forgotten = new URL(
      (await create(SANTA_ROSA, cookie, 50)).headers.get('location')!,
      'http://x',
    ).pathname
      .split('/')
      .pop()!;
    const old = JSON.parse(readFileSync(join(dir, `${forgotten}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    old.creation_date = new Date(Date.now() - RESUMABLE_LIMITS.expiryMs - 60_000).toISOString();
    writeFileSync(join(dir, `${forgotten}.json`), JSON.stringify(old));
    expect(await resumableUploads(t.deps).sweep(true)).toBeGreaterThanOrEqual(1);
    expect(readdirSync(dir).filter((f) => f.startsWith(forgotten))).toEqual([]);
  });
});
