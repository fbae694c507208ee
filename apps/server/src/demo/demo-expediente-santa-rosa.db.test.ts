import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../test/shared-data';
import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../test/test-app';
import { demoExpedienteSantaRosa } from './demo-expediente-santa-rosa';

const FILE = 'pot/santa_rosa_de_cabal_66682/amenaza_avenida_torrencial.geojson';
requireSharedData(FILE);

describe.each(ENGINES)("Santa Rosa de Cabal's expediente demo on %s", (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
    await demoExpedienteSantaRosa.run(t.deps);
    // Idempotent: a second run adds neither indicators nor the file again.
    await demoExpedienteSantaRosa.run(t.deps);
  });
  afterAll(() => t.close());

  it('adopts the catalogue and keeps the real study file in the archive, downloadable once', async () => {
    const cookie = await t.login(ACCOUNT['planeacion.santarosa']!);
    const base = '/api/v1/municipios/66682/expediente';
    const archive = (await (
      await t.request(`${base}/archivo?q=torrenciales`, { cookie })
    ).json()) as { entradas: Array<{ id: string; archivo: string | null; origen: string }> };
    const docs = archive.entradas.filter((e) => e.origen === 'archivo');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.archivo).toBe('amenaza_avenida_torrencial.geojson');
    const file = await t.request(`${base}/archivo/${docs[0]!.id}/descarga`, { cookie });
    expect(file.headers.get('content-type')).toBe('application/geo+json');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(
      new Uint8Array(readFileSync(resolve(process.cwd(), '../shared/data', FILE))),
    );
    const overview = (await (await t.request(base, { cookie })).json()) as {
      indicadores: Array<{ id: string }>;
    };
    expect(overview.indicadores.map((i) => i.id)).toContain('area-urbana');
  });
});
