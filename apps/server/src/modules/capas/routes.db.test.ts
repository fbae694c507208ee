import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const SANTA_ROSA = '66682';
const ZIPAQUIRA = '25899';
const read = (name: string) =>
  readFileSync(requireSharedData(`pot/santa_rosa_de_cabal_66682/${name}`));

type Json = Record<string, unknown>;
type Ring = number[][];
const feature = (properties: Json, ring: Ring) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const collection = (...features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features });

/** A bow-tie (self-intersecting) in Santa Rosa de Cabal. */
const BOW_TIE = feature({ Categoria: 'Alta' }, [
  [-75.62, 4.87],
  [-75.61, 4.88],
  [-75.61, 4.87],
  [-75.62, 4.88],
  [-75.62, 4.87],
]);

/** Vertices of every geometry of a FeatureCollection. */
function vertices(fc: { features: { geometry: { coordinates: unknown } }[] }): number {
  let n = 0;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      n += 1;
      return;
    }
    for (const child of c) visit(child);
  };
  for (const f of fc.features) visit(f.geometry.coordinates);
  return n;
}

describe.each(ENGINES)('Layers and suelo × amenaza API on %s', (_name, open) => {
  let t: TestApp;
  let santa: string;
  let torrencial: string;
  let suelo: string;
  let bbox: number[];
  let analisisId: string;
  const base = (codigo: string) => `/api/v1/municipios/${codigo}/capas`;

  async function upload(
    codigo: string,
    file: { name: string; body: BlobPart },
    fields: Record<string, string> & { cookie: string },
  ) {
    const form = new FormData();
    form.append('archivo', new File([file.body], file.name));
    const { cookie, ...rest } = fields;
    for (const [k, v] of Object.entries(rest)) form.append(k, v);
    return t.app.request(base(codigo), { method: 'POST', body: form, headers: { cookie } });
  }

  beforeAll(async () => {
    t = await createTestApp(open);
    santa = await t.login('planeacion.santarosa@demo.rutapot.co');
  });
  afterAll(() => t.close());

  it('imports a real hazard layer with its metadata', async () => {
    const response = await upload(
      SANTA_ROSA,
      {
        name: 'amenaza_avenida_torrencial.geojson',
        body: read('amenaza_avenida_torrencial.geojson'),
      },
      {
        cookie: santa,
        tipo: 'amenaza_avenidas_torrenciales',
        entidad: 'Alcaldía de Santa Rosa de Cabal',
        estudio: 'Estudio detallado de amenaza por avenidas torrenciales',
        escala: '5000',
        fecha: '2025-06-30',
        autor: 'ALDESARROLLO',
      },
    );
    const body = (await response.json()) as Json;
    expect(response.status, JSON.stringify(body)).toBe(200);
    torrencial = body.capaId as string;
    expect(body.crsOrigen).toBe(4326);
    expect(body.entidades).toBeGreaterThan(0);
    expect(body.areaHa).toBeGreaterThan(0);
    expect(Object.keys(body.areaPorCategoriaHa as Json)).toEqual(expect.arrayContaining(['media']));
  });

  it('refuses invalid geometries with where they are, then repairs them when confirmed', async () => {
    const file = { name: 'corbatin.geojson', body: collection(BOW_TIE) };
    const refused = await upload(SANTA_ROSA, file, { cookie: santa, tipo: 'amenaza_inundacion' });
    expect(refused.status).toBe(400);
    const error = ((await refused.json()) as { error: { mensaje: string; detalles: Json } }).error;
    expect(error.mensaje).toContain('no válida');
    const invalidas = error.detalles.invalidas as { elemento: number; ubicacion: number[] }[];
    expect(invalidas).toHaveLength(1);
    expect(invalidas[0]!.elemento).toBe(1);
    expect(invalidas[0]!.ubicacion[0]).toBeCloseTo(-75.615, 2);
    expect(invalidas[0]!.ubicacion[1]).toBeCloseTo(4.875, 2);
    const repaired = await upload(SANTA_ROSA, file, {
      cookie: santa,
      tipo: 'amenaza_inundacion',
      reparar: 'si',
    });
    expect(repaired.status).toBe(200);
    expect(((await repaired.json()) as Json).entidades).toBe(1);
  });

  it('asks for the CRS when the file has none (pideCrs)', async () => {
    const projected = JSON.stringify({
      type: 'FeatureCollection',
      features: [feature({}, rect(4_700_000, 2_050_000, 4_700_100, 2_050_100))],
    });
    const response = await upload(
      SANTA_ROSA,
      { name: 'sin-crs.geojson', body: projected },
      { cookie: santa, tipo: 'otra' },
    );
    const body = (await response.json()) as { error: { detalles?: Json } };
    expect(response.status).toBe(400);
    expect(body.error.detalles).toMatchObject({ campo: 'crs', pideCrs: true });
  });

  it('lists the layers with categories, extent and metadata', async () => {
    const response = await t.request(base(SANTA_ROSA), { cookie: santa });
    expect(response.status).toBe(200);
    const { capas } = (await response.json()) as { capas: Json[] };
    const layer = capas.find((c) => c.id === torrencial)!;
    expect(layer.tipoEtiqueta).toEqual(expect.any(String));
    expect(layer.publica).toBe(false);
    expect(layer.metadatos).toMatchObject({ escala: 5000, autor: 'ALDESARROLLO' });
    const categorias = layer.categorias as { valor: string; etiqueta: string; areaHa: number }[];
    expect(categorias.find((c) => c.valor === 'media')?.etiqueta).toBe('Media');
    bbox = layer.bbox as number[];
    expect(bbox[0]).toBeGreaterThan(-76);
    expect(bbox[2]).toBeLessThan(-75.4);
    expect(bbox[1]).toBeGreaterThan(4.7);
    expect(bbox[3]).toBeLessThan(5);
  });

  it('serves the features of a window, with fewer vertices at a low zoom than at a high one', async () => {
    const at = async (zoom: number) => {
      const response = await t.request(
        `${base(SANTA_ROSA)}/${torrencial}/entidades?bbox=${bbox.join(',')}&zoom=${zoom}`,
        { cookie: santa },
      );
      expect(response.status).toBe(200);
      return (await response.json()) as {
        features: { geometry: { coordinates: unknown }; properties: Json }[];
        numberMatched: number;
        truncated: boolean;
      };
    };
    const low = await at(10);
    const high = await at(19);
    expect(low.numberMatched).toBe(high.numberMatched);
    expect(low.numberMatched).toBeGreaterThan(0);
    expect(low.truncated).toBe(false);
    expect(vertices(low)).toBeLessThan(vertices(high));
    expect(high.features[0]!.properties).toMatchObject({ _id: 1 });
    const limited = await t.request(
      `${base(SANTA_ROSA)}/${torrencial}/entidades?zoom=12&limite=1`,
      { cookie: santa },
    );
    const page = (await limited.json()) as { features: unknown[]; truncated: boolean };
    expect(page.features).toHaveLength(1);
    expect(page.truncated).toBe(high.numberMatched > 1);
    const outside = await t.request(
      `${base(SANTA_ROSA)}/${torrencial}/entidades?bbox=-74.1,4.6,-74,4.7&zoom=12`,
      { cookie: santa },
    );
    expect(((await outside.json()) as { numberMatched: number }).numberMatched).toBe(0);
    const wrong = await t.request(`${base(SANTA_ROSA)}/${torrencial}/entidades?bbox=1,2,3`, {
      cookie: santa,
    });
    expect(wrong.status).toBe(400);
  });

  it('identifies one feature with all its attributes and its area', async () => {
    const response = await t.request(`${base(SANTA_ROSA)}/${torrencial}/entidades/1`, {
      cookie: santa,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { properties: Json; areaHa: number };
    expect(body.properties).toMatchObject({ _id: 1, Categoria: expect.any(String) });
    expect(body.areaHa).toBeGreaterThan(0);
    const missing = await t.request(`${base(SANTA_ROSA)}/${torrencial}/entidades/999999`, {
      cookie: santa,
    });
    expect(missing.status).toBe(404);
  });

  it('publishes a layer and corrects its metadata', async () => {
    const patch = (body: unknown) =>
      t.request(`${base(SANTA_ROSA)}/${torrencial}`, {
        method: 'PATCH',
        cookie: santa,
        body: JSON.stringify(body),
      });
    const response = await patch({ publica: true, metadatos: { autor: null, estudio: 'EDA' } });
    expect(response.status).toBe(200);
    const layer = (await response.json()) as { publica: boolean; metadatos: Json };
    expect(layer.publica).toBe(true);
    expect(layer.metadatos).toMatchObject({ autor: null, estudio: 'EDA', escala: 5000 });
    expect((await patch({ metadatos: { fecha: '30/06/2025' } })).status).toBe(400);
  });

  it('saves the suelo × amenaza analysis, lists it and reads it back', async () => {
    // Land classes over the hazard layer: urban in the west half, rural in the east.
    const [x0, y0, x1, y1] = bbox as [number, number, number, number];
    const mid = (x0 + x1) / 2;
    const land = collection(
      feature({ clase: 'Suelo urbano' }, rect(x0 - 0.001, y0 - 0.001, mid, y1 + 0.001)),
      feature({ clase: 'Rural' }, rect(mid, y0 - 0.001, x1 + 0.001, y1 + 0.001)),
    );
    const imported = await upload(
      SANTA_ROSA,
      { name: 'clasificacion.geojson', body: land },
      { cookie: santa, tipo: 'clasificacion_suelo', escala: '25000' },
    );
    expect(imported.status).toBe(200);
    suelo = ((await imported.json()) as { capaId: string }).capaId;
    const predios = await upload(
      SANTA_ROSA,
      { name: 'predios.geojson', body: read('predios.geojson') },
      { cookie: santa, tipo: 'predios', reparar: 'si' },
    );
    expect(predios.status).toBe(200);
    const response = await t.request(`${base(SANTA_ROSA)}/analisis`, {
      method: 'POST',
      cookie: santa,
      body: JSON.stringify({ suelo, amenaza: torrencial }),
    });
    const saved = (await response.json()) as Json & {
      tabla: { clase: string; claseEtiqueta: string; categoria: string; ha: number }[];
      condicionAmenaza: { ha: number; porClase: Record<string, number> };
      prediosExpuestos: unknown[];
    };
    expect(response.status, JSON.stringify(saved)).toBe(200);
    analisisId = saved.id as string;
    expect(saved.suelo).toBe(suelo);
    expect(saved.amenaza).toBe(torrencial);
    expect(saved.tabla.map((r) => r.clase)).toEqual(expect.arrayContaining(['urbano', 'rural']));
    expect(saved.tabla.find((r) => r.clase === 'urbano')?.claseEtiqueta).toBe('Suelo urbano');
    expect(saved.totalHa).toBeGreaterThan(0);
    expect(saved.condicionAmenaza.ha).toBeGreaterThan(0);
    expect(Object.keys(saved.condicionAmenaza.porClase)).toEqual(['urbano']);
    expect(saved.prediosTotal).toBeGreaterThan(0);
    expect(saved.prediosTotal).toBeGreaterThanOrEqual(saved.prediosExpuestos.length);
    expect(Array.isArray(saved.escala)).toBe(true);
    const list = await t.request(`${base(SANTA_ROSA)}/analisis`, { cookie: santa });
    const { analisis } = (await list.json()) as { analisis: Json[] };
    expect(analisis[0]).toMatchObject({ id: analisisId, suelo, amenaza: torrencial });
    const again = await t.request(`${base(SANTA_ROSA)}/analisis/${analisisId}`, {
      cookie: santa,
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(saved);
    const wrongType = await t.request(`${base(SANTA_ROSA)}/analisis`, {
      method: 'POST',
      cookie: santa,
      body: JSON.stringify({ suelo: torrencial, amenaza: torrencial }),
    });
    expect(wrongType.status).toBe(400);
  });

  it('issues the report as DOCX with the class × category table, and as PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'informe-capas-'));
    const docx = await t.request(`${base(SANTA_ROSA)}/analisis/${analisisId}/informe/docx`, {
      cookie: santa,
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    writeFileSync(join(dir, 'a.docx'), new Uint8Array(await docx.arrayBuffer()));
    const xml = execFileSync('unzip', ['-p', join(dir, 'a.docx'), 'word/document.xml']).toString();
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Clase de suelo');
    expect(xml).toContain('Suelo urbano');
    expect(xml).toContain('condición de amenaza');
    // The layers' metadata and sources: the hazard layer's name, its study and its scale.
    expect(xml).toContain('amenaza_avenida_torrencial');
    expect(xml).toContain('EDA');
    expect(xml).toContain('1:5.000');
    const pdf = await t.request(`${base(SANTA_ROSA)}/analisis/${analisisId}/informe/pdf`, {
      cookie: santa,
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    writeFileSync(join(dir, 'a.pdf'), new Uint8Array(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', [join(dir, 'a.pdf'), '-']).toString();
    expect(text).toContain('Análisis de suelo por amenaza');
    expect(text).toContain('Suelo urbano');
    expect(text).toContain('Predios expuestos');
  });

  it('lets a consultant write, refuses a CTP member (403) and hides the layers from another municipality (404)', async () => {
    const consultant = await t.login('consultor.zipaquira@demo.rutapot.co');
    const tiny = {
      name: 'z.geojson',
      body: collection(feature({}, rect(-74.01, 5.01, -74, 5.02))),
    };
    const written = await upload(ZIPAQUIRA, tiny, { cookie: consultant, tipo: 'otra' });
    expect(written.status).toBe(200);
    const ctp = await t.login('ctp.zipaquira@demo.rutapot.co');
    expect((await upload(ZIPAQUIRA, tiny, { cookie: ctp, tipo: 'otra' })).status).toBe(403);
    const readable = await t.request(base(ZIPAQUIRA), { cookie: ctp });
    expect(readable.status).toBe(200);
    expect(((await readable.json()) as { capas: unknown[] }).capas).toHaveLength(1);
    const medellin = await t.login('planeacion.medellin@demo.rutapot.co');
    expect((await t.request(base(SANTA_ROSA), { cookie: medellin })).status).toBe(404);
    const foreign = await t.request(`${base(SANTA_ROSA)}/${torrencial}/entidades/1`, {
      cookie: medellin,
    });
    expect(foreign.status).toBe(404);
    // Its own municipality does not have Santa Rosa's layer either.
    const own = await t.request(`${base('05001')}/${torrencial}/entidades?zoom=10`, {
      cookie: medellin,
    });
    expect(own.status).toBe(404);
    const report = await t.request(`${base('05001')}/analisis/${analisisId}/informe/pdf`, {
      cookie: medellin,
    });
    expect(report.status).toBe(404);
  });
});
