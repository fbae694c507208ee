import { readFileSync } from 'node:fs';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { DEMO_PASSWORD, signIn } from '../lib/session';

describe('Expediente in Chromium: from a measurement to the generated DSE', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the planning office records a measurement, sees a refused import by row, and downloads the DSE', async () => {
    const page = await signIn(browser, server);
    await page.getByRole('link', { name: 'Expediente municipal y seguimiento' }).click();
    await page.waitForURL('**/m/25899/expediente');
    await page.getByRole('heading', { name: 'Indicadores', exact: true }).waitFor();
    const fila = page.locator('tr', { hasText: 'Espacio público efectivo por habitante' });
    await fila.getByText('Rezagado').waitFor();
    await fila.locator('summary').click();
    await fila.locator('svg.grafico-serie').waitFor();
    await screenshot(page, '70-expediente');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Indicador', { exact: true }).selectOption('espacio-publico');
    await page.getByLabel('Año', { exact: true }).fill('2025');
    await page.getByLabel('Valor', { exact: true }).fill('5,1');
    const [guardada] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/expediente/mediciones')),
      page.getByRole('button', { name: 'Guardar medición' }).click(),
    ]);
    expect(guardada.status(), await guardada.text()).toBe(200);
    await page.getByText('La medición quedó guardada.').waitFor();
    await fila.getByText('5,1 m²/hab (2025)').waitFor();

    await page.getByLabel('Qué contiene el archivo').selectOption('mediciones');
    await page.getByLabel('Archivo', { exact: true }).setInputFiles({
      name: 'mediciones.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('indicador;anio;valor\nespacio-publico;2026;cinco\n'),
    });
    await page.getByRole('button', { name: 'Importar' }).click();
    await page.getByText(/Línea 2: La columna «valor»/).waitFor();

    const acciones = page.locator('.acciones-documento');
    for (const [name, magic] of [
      ['Descargar documento editable (DOCX)', 'PK'],
      ['Descargar PDF', '%PDF-'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        acciones.getByRole('link', { name, exact: true }).click(),
      ]);
      const bytes = readFileSync(await download.path());
      expect(bytes.subarray(0, magic.length).toString()).toBe(magic);
    }
    await page.setViewportSize({ width: 360, height: 800 });
    const ancho = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(ancho).toBeLessThanOrEqual(360);
    await screenshot(page, '71-expediente-360');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The daily digest is in the app too (issue 12: it appeared nowhere).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'Mis avisos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mis avisos' }).waitFor();
    await page.getByRole('heading', { name: /^Vencidos \(\d+\)$/ }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('an advisor sees every municipality it accompanies, the one needing most attention first', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/ingresar`);
    await page.getByLabel('Correo electrónico').fill('asesor@demo.fcm.org.co');
    await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/ingresar'));
    await page.getByRole('link', { name: 'Seguimiento', exact: true }).click();
    await page.waitForURL('**/seguimiento');
    const primera = page.locator('tbody tr').first();
    await primera.getByRole('link', { name: 'Zipaquirá' }).waitFor();
    await screenshot(page, '72-seguimiento-asesor');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
