import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const SANTA_ROSA = '66682';
const base = `/api/v1/municipios/${SANTA_ROSA}/capas`;
const read = (name: string) =>
  readFileSync(requireSharedData(`pot/santa_rosa_de_cabal_66682/${name}`));

type Ring = number[][];
const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const land = (b: number[]) => {
  const [x0, y0, x1, y1] = b as [number, number, number, number];
  const mid = (x0 + x1) / 2;
  const f = (clase: string, ring: Ring) => ({
    type: 'Feature',
    properties: { clase },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      f('Suelo urbano', rect(x0 - 0.001, y0 - 0.001, mid, y1 + 0.001)),
      f('Rural', rect(mid, y0 - 0.001, x1 + 0.001, y1 + 0.001)),
    ],
  });
};

/** Where the rendered pages are kept for a person to look at (REPORT_MAP_OUT), else a temp dir. */
const OUT = process.env.REPORT_MAP_OUT;

describe.each(ENGINES)('Map of the suelo × amenaza report on %s', (name, open) => {
  let t: TestApp;
  let cookie: string;
  let analisisId: string;

  async function upload(file: string, body: BlobPart, fields: Record<string, string>) {
    const form = new FormData();
    form.append('archivo', new File([body], file));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const res = await t.app.request(base, { method: 'POST', body: form, headers: { cookie } });
    const json = (await res.json()) as { capaId: string };
    expect(res.status, JSON.stringify(json)).toBe(200);
    return json.capaId;
  }

  beforeAll(async () => {
    t = await createTestApp(open);
    cookie = await t.login('planeacion.santarosa@demo.rutapot.co');
    const amenaza = await upload(
      'amenaza_avenida_torrencial.geojson',
      read('amenaza_avenida_torrencial.geojson'),
      {
        tipo: 'amenaza_avenidas_torrenciales',
        entidad: 'Alcaldía de Santa Rosa de Cabal',
        escala: '5000',
      },
    );
    const list = await t.request(base, { cookie });
    const { capas } = (await list.json()) as { capas: { id: string; bbox: number[] }[] };
    const bbox = capas.find((c) => c.id === amenaza)!.bbox;
    const suelo = await upload('clasificacion.geojson', land(bbox), {
      tipo: 'clasificacion_suelo',
    });
    await upload('predios.geojson', read('predios.geojson'), { tipo: 'predios', reparar: 'si' });
    const res = await t.request(`${base}/analisis`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ suelo, amenaza }),
    });
    expect(res.status).toBe(200);
    analisisId = ((await res.json()) as { id: string }).id;
  });
  afterAll(() => t.close());

  it('puts the map in the DOCX and the PDF, and the page renders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'informe-mapa-'));
    const docx = await t.request(`${base}/analisis/${analisisId}/informe/docx`, { cookie });
    expect(docx.status).toBe(200);
    writeFileSync(join(dir, 'a.docx'), new Uint8Array(await docx.arrayBuffer()));
    const parts = execFileSync('unzip', ['-Z1', join(dir, 'a.docx')])
      .toString()
      .split('\n');
    const images = parts.filter((p) => /^word\/media\/.+\.png$/.test(p));
    expect(images).toHaveLength(1);
    const png = execFileSync('unzip', ['-p', join(dir, 'a.docx'), images[0]!]);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1800); // IHDR width
    const xml = execFileSync('unzip', ['-p', join(dir, 'a.docx'), 'word/document.xml']).toString();
    expect(xml).toContain('Mapa 1. Clases de suelo');

    const pdf = await t.request(`${base}/analisis/${analisisId}/informe/pdf`, { cookie });
    expect(pdf.status).toBe(200);
    writeFileSync(join(dir, 'b.pdf'), new Uint8Array(await pdf.arrayBuffer()));
    const listed = execFileSync('pdfimages', ['-list', join(dir, 'b.pdf')]).toString();
    expect(listed).toMatch(/\s1800\s+1200\s/);

    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'a.docx')],
      {
        env: { ...process.env, HOME: dir },
        timeout: 120_000,
      },
    );
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      join(dir, 'a.pdf'),
      join(dir, 'docx'),
    ]);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      join(dir, 'b.pdf'),
      join(dir, 'pdf'),
    ]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    if (OUT) {
      mkdirSync(OUT, { recursive: true });
      for (const f of [...pages, 'a.docx', 'b.pdf'])
        copyFileSync(join(dir, f), join(OUT, `${name}-${f}`));
      writeFileSync(join(OUT, `${name}-mapa.png`), png);
    }
  }, 240_000);

  it('attaches the analysis PDF to the hazard study item of the revision in course', async () => {
    const attach = (who: string) =>
      t.request(`${base}/analisis/${analisisId}/adjuntar`, { method: 'POST', cookie: who });
    // Roles: a mayor's-office member of Santa Rosa may read the analysis but not attach it.
    const ctpEmail = 'ctp.zipaquira@demo.rutapot.co';
    await t.engine.owner.query(
      `INSERT INTO membresias (municipality_id, usuario_id, rol)
        SELECT '${SANTA_ROSA}', id, 'alcaldia' FROM usuarios WHERE email = $1`,
      [ctpEmail],
    );
    const alcaldia = await t.login(ctpEmail);
    expect((await attach(alcaldia)).status).toBe(403);

    const without = await attach(cookie);
    expect(without.status).toBe(409);
    const message = ((await without.json()) as { error: { mensaje: string } }).error.mensaje;
    expect(message).toContain('No hay una revisión en curso');
    expect(message).toContain('avenidas torrenciales');

    // A plan on record (an EOT adopted in 2000) lets the process start; its proposal is a
    // general revision, where the basic hazard studies are required (products.ts, riskStudies).
    const plan = await t.request(`/api/v1/municipios/${SANTA_ROSA}/plan-vigente`, {
      method: 'PUT',
      cookie,
      body: JSON.stringify({ instrumento: 'Acuerdo 028 de 2000', adopcion: '2000-12-01' }),
    });
    expect(plan.status, await plan.clone().text()).toBe(200);
    const { propuesta } = (await (
      await t.request(`/api/v1/municipios/${SANTA_ROSA}/procesos/propuesta`, { cookie })
    ).json()) as { propuesta: string };
    const started = await t.request(`/api/v1/municipios/${SANTA_ROSA}/procesos`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ tipoRevision: propuesta }),
    });
    expect(started.status, await started.clone().text()).toBe(201);
    const first = await attach(cookie);
    const body = (await first.json()) as { version: number; itemId: string; procesoId: string };
    expect(first.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ version: 1, itemId: 'estudio-basico-avenidas-torrenciales' });
    expect((await attach(cookie)).status).toBe(201);
    const [row] = await t.engine.owner.query<{ n: number; nombre: string }>(
      `SELECT count(*)::int AS n, max(nombre_archivo) AS nombre FROM evidencias
        WHERE municipality_id = $1 AND item_id = 'estudio-basico-avenidas-torrenciales'`,
      [SANTA_ROSA],
    );
    expect(row).toMatchObject({ n: 2 });
    expect(row!.nombre).toMatch(/^analisis-suelo-amenaza-66682-.+\.pdf$/);
  }, 120_000);
});
