import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ARTIFACTS,
  launchBrowser,
  screenshot,
  seriousAccessibilityViolations,
} from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { DEMO_PASSWORD } from '../lib/session';
import { requireSharedData } from '../lib/shared-data';

const run = promisify(execFile);
const HAZARD = requireSharedData(
  'pot/santa_rosa_de_cabal_66682/amenaza_avenida_torrencial.geojson',
);

interface FeatureCollection {
  features: { geometry: { coordinates: unknown } }[];
}

/** The bbox (lon/lat) of every coordinate of a GeoJSON FeatureCollection. */
function bboxOf(collection: FeatureCollection): [number, number, number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      xs.push(c[0]);
      ys.push(c[1] as number);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of collection.features) walk(f.geometry.coordinates);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * A land classification made up for the test over the hazard layer's extent: the west half urban,
 * the east half rural, so the analysis has both classes to cross with the hazard.
 */
function landClassification(dir: string): string {
  const hazard = JSON.parse(readFileSync(HAZARD, 'utf8')) as FeatureCollection;
  const [minX, minY, maxX, maxY] = bboxOf(hazard);
  const [x0, x1, y0, y1] = [minX - 0.001, maxX + 0.001, minY - 0.001, maxY + 0.001];
  const xm = (x0 + x1) / 2;
  const box = (a: number, b: number) => [
    [
      [a, y0],
      [b, y0],
      [b, y1],
      [a, y1],
      [a, y0],
    ],
  ];
  const file = join(dir, 'clasificacion-prueba.geojson');
  writeFileSync(
    file,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { clase: 'urbano' },
          geometry: { type: 'Polygon', coordinates: box(x0, xm) },
        },
        {
          type: 'Feature',
          properties: { clase: 'rural' },
          geometry: { type: 'Polygon', coordinates: box(xm, x1) },
        },
      ],
    }),
  );
  return file;
}

/** The bbox of Santa Rosa de Cabal's boundary, as the platform publishes it (OGC API). */
async function municipalBbox(server: RunningServer): Promise<[number, number, number, number]> {
  const res = await fetch(`${server.url}/ogc/collections/limites-municipales/items?codigo=66682`);
  const limit = (await res.json()) as FeatureCollection;
  if (limit.features.length === 0) throw new Error('La demo no publica el límite de 66682.');
  return bboxOf(limit);
}

/**
 * A layer too large for the viewer's GeoJSON windows: over 2,000 contiguous cells (each with its
 * code) over the municipality's bbox, so whatever the viewer frames is covered by cells.
 */
function cellGrid(dir: string, [x0, y0, x1, y1]: [number, number, number, number]) {
  const [columns, rows] = [50, 45];
  const [dx, dy] = [(x1 - x0) / columns, (y1 - y0) / rows];
  const features = [];
  for (let i = 0; i < columns; i++)
    for (let j = 0; j < rows; j++) {
      const [a, b] = [x0 + i * dx, y0 + j * dy];
      features.push({
        type: 'Feature',
        properties: { celda: `C-${i}-${j}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [a, b],
              [a + dx, b],
              [a + dx, b + dy],
              [a, b + dy],
              [a, b],
            ],
          ],
        },
      });
    }
  const file = join(dir, 'celdas.geojson');
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
  return { file, cells: features.length };
}

async function signInSantaRosa(browser: Browser, server: RunningServer): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/ingresar`);
  await page.getByLabel('Correo electrónico').fill('planeacion.santarosa@demo.rutapot.co');
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL('**/m/66682');
  return page;
}

async function importLayer(page: Page, input: { file: string; tipo: string; nombre: string }) {
  await page.locator('#carto-archivo').setInputFiles(input.file);
  await page.locator('#carto-tipo').selectOption(input.tipo);
  await page.locator('#carto-nombre').fill(input.nombre);
  await page.getByRole('button', { name: 'Importar la capa' }).click();
  await page
    .getByText(new RegExp(`se importó «${input.nombre}»`))
    .first()
    .waitFor({ timeout: 60_000 });
}

describe('Cartography in Chromium: import, view, analyse, report (issue 14)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the planning office imports a hazard layer and a land classification, views them, runs the analysis and downloads its report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-e2e-capas-'));
    const page = await signInSantaRosa(browser, server);
    await page.goto(`${server.url}/m/66682/cartografia`);
    await page.getByRole('heading', { name: 'Importar una capa' }).waitFor();
    await importLayer(page, {
      file: HAZARD,
      tipo: 'amenaza_avenidas_torrenciales',
      nombre: 'Amenaza por avenidas torrenciales de prueba',
    });
    await importLayer(page, {
      file: landClassification(dir),
      tipo: 'clasificacion_suelo',
      nombre: 'Clasificación del suelo de prueba',
    });
    await page.locator('[data-estado-mapa="listo"]').first().waitFor({ timeout: 60_000 });
    await screenshot(page, '90-cartografia');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Analizar' }).click();
    await page
      .getByText(/Resultado: /)
      .first()
      .waitFor({ timeout: 60_000 });
    await page.locator('.carto-analisis').getByText('Suelo urbano').first().waitFor();
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Descargar informe (DOCX)' }).first().click(),
    ]);
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(await docx.path())))['word/document.xml']!,
    );
    expect(xml).toMatch(/Suelo urbano/);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Descargar informe (PDF)' }).first().click(),
    ]);
    const pdfPath = join(dir, 'informe.pdf');
    writeFileSync(pdfPath, readFileSync(await pdf.path()));
    // As a reader would: render the report's first page and keep it with the screenshots.
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      pdfPath,
      join(ARTIFACTS, '91-informe-capas'),
    ]);
    expect(existsSync(join(ARTIFACTS, '91-informe-capas-1.png'))).toBe(true);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true);
    await page.close();
  });

  it('the viewer still shows the layers, and the analysis is attached to La Ruta as evidence', async () => {
    const page = await signInSantaRosa(browser, server);
    await page.goto(`${server.url}/m/66682/cartografia`);
    await page.locator('[data-estado-mapa="listo"]').first().waitFor({ timeout: 60_000 });
    await page.getByText('Amenaza por avenidas torrenciales de prueba').first().waitFor();
    await page.getByText('Clasificación del suelo de prueba').first().waitFor();
    await page.getByRole('button', { name: 'Analizar' }).click();
    await page
      .getByText(/Resultado: /)
      .first()
      .waitFor({ timeout: 60_000 });
    const adjuntar = page.getByRole('button', { name: 'Adjuntar a La Ruta' });
    await adjuntar.click();
    await page.getByText(/No hay una revisión en curso/).waitFor({ timeout: 60_000 });
    // The office records its plan and starts the revision La Ruta proposes (as in «La Ruta»).
    const started = await page.evaluate(async () => {
      const send = (url: string, method: string, body: unknown) =>
        fetch(url, {
          method,
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const m = '/api/v1/municipios/66682';
      await send(`${m}/plan-vigente`, 'PUT', {
        instrumento: 'Acuerdo 028 de 2000',
        adopcion: '2000-12-01',
      });
      const { propuesta } = (await (await fetch(`${m}/procesos/propuesta`)).json()) as {
        propuesta: string;
      };
      return (await send(`${m}/procesos`, 'POST', { tipoRevision: propuesta })).status;
    });
    expect(started).toBe(201);
    await adjuntar.click();
    await page
      .getByText(/Informe adjuntado a «Estudio básico de amenaza por avenidas torrenciales»/)
      .waitFor({ timeout: 60_000 });
    await screenshot(page, '92-analisis-adjuntado');
    await page.close();
  });

  it('a layer of more than 2,000 features travels as vector tiles, and identify works on them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-e2e-teselas-'));
    const grid = cellGrid(dir, await municipalBbox(server));
    expect(grid.cells).toBeGreaterThan(2000);
    const page = await signInSantaRosa(browser, server);
    const windows: string[] = [];
    page.on('request', (r) => {
      if (/\/capas\/[\da-f-]{36}\/entidades\?/.test(r.url())) windows.push(r.url());
    });
    await page.goto(`${server.url}/m/66682/cartografia`);
    await page.getByRole('heading', { name: 'Importar una capa' }).waitFor();
    const tile = page.waitForResponse(
      (r) => /\/teselas\/\d+\/\d+\/\d+\.mvt$/.test(r.url()) && r.status() === 200,
      { timeout: 90_000 },
    );
    await importLayer(page, { file: grid.file, tipo: 'otra', nombre: 'Celdas de prueba' });
    const first = await tile;
    expect(first.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
    const layerId = /\/capas\/([\da-f-]{36})\/teselas\//.exec(first.url())?.[1];
    expect(layerId).toBeDefined();
    await page.locator('[data-estado-mapa="listo"]').first().waitFor({ timeout: 60_000 });
    // The whole layer is drawn from tiles: the viewer never asked for its GeoJSON windows.
    expect(windows.filter((u) => u.includes(layerId!))).toEqual([]);
    await page.waitForTimeout(1500);
    await screenshot(page, '93-visor-teselas');

    // Identify on a tile's feature: the cell under the map's centre, with its code and area.
    const canvas = page.locator('.maplibregl-canvas').first();
    const box = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const panel = page.locator('.carto-identificar');
    await panel
      .getByText(/C-\d+-\d+/)
      .first()
      .waitFor({ timeout: 30_000 });
    await screenshot(page, '94-identificar-tesela');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
