import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { DEMO_PASSWORD, signIn } from '../lib/session';

describe('Preparación in Chromium: from the inventory to the generated terms of reference', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the planning office marks a missing study, asks its holder, sees the cost and generates the terms', async () => {
    const page = await signIn(browser, server, 'planeacion.zipaquira@demo.rutapot.co');
    await page.getByRole('link', { name: /Preparación de la revisión/ }).click();
    await page.waitForURL('**/m/25899/preparacion');
    const row = page.locator('tr[data-item="coberturas-uso-suelo"]');
    await row.waitFor();
    await row.locator('select').selectOption('falta');
    await page.getByText('Cambios guardados.').waitFor();
    await row.getByRole('button', { name: 'Pedir a la entidad' }).click();
    await page
      .locator('.lista-solicitudes li', { hasText: 'Coberturas y uso actual del suelo' })
      .waitFor();
    // The demo request to the SGC is radicated: attach the entity's answer file.
    const sgc = page.locator('.lista-solicitudes li', { hasText: 'movimientos en masa' });
    const answer = join(tmpdir(), 'respuesta-sgc.pdf');
    writeFileSync(answer, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    await sgc.locator('input[type=file]').setInputFiles(answer);
    await sgc.getByRole('button', { name: 'Adjuntar' }).click();
    await page.getByText('Respuesta: respuesta-sgc.pdf').waitFor();
    const costo = page.locator('[data-costo-esperado]');
    await costo.waitFor();
    expect(Number(await costo.getAttribute('data-costo-esperado'))).toBeGreaterThan(1_000_000_000);
    await page.getByText('Estudio de suelos y capacidad de uso').first().waitFor();
    await screenshot(page, '60-preparacion-inventario');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Generar términos de referencia' }).click();
    const doc = page.locator('article.documento-generado');
    await doc.waitFor();
    for (const product of [
      'Acta del cabildo abierto',
      'Memoria justificativa',
      'Estudio básico de amenaza por inundación',
    ])
      await doc.getByText(product, { exact: true }).first().waitFor();
    await doc.getByText('Concurso de méritos', { exact: false }).first().waitFor();
    for (const [name, magic] of [
      ['Descargar DOCX (editable)', 'PK'],
      ['Descargar PDF', '%PDF-'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        doc.getByRole('link', { name }).click(),
      ]);
      const bytes = readFileSync(await download.path());
      expect(bytes.subarray(0, magic.length).toString()).toBe(magic);
    }
    await screenshot(page, '61-terminos-generados');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, '62-preparacion-360');
    await page.close();
  });

  it('anyone searches the bank of experiences in Spanish, without accents', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/banco`);
    await page.getByLabel('Palabras clave').fill('modificacion excepcional zipaquira');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByText('Acuerdo Municipal 012 de 2013').waitFor();
    await screenshot(page, '63-banco');
    // A link can bring its search (the self-assessment risks link here with ?texto=…).
    await page.goto(`${server.url}/banco?texto=${encodeURIComponent('expansión or excepcional')}`);
    await page.getByText('Acuerdo Municipal 023 de 2020').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, '64-banco-360');
    await page.close();
  });

  it('an advisor adds a case that is published at once and found by its lessons', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/ingresar`);
    await page.getByLabel('Correo electrónico').fill('asesor@demo.fcm.org.co');
    await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/ingresar'));
    await page.goto(`${server.url}/banco`);
    await page.getByLabel('Tipo de revisión').selectOption('revision_excepcional');
    await page.getByLabel('Resultado').last().selectOption('anulado');
    await page
      .getByLabel('Lecciones aprendidas')
      .fill('Las inundaciones del río Neusa obligaron a rehacer la cartografía');
    await page
      .getByLabel('Fuente (documento, acta, sentencia)')
      .fill('Acta de la mesa técnica, 2024');
    await page.getByRole('button', { name: 'Guardar y publicar' }).click();
    await page.getByText('Caso publicado.').waitFor();
    await page.getByLabel('Palabras clave').fill('inundacion neusa');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByText('Acta de la mesa técnica, 2024', { exact: false }).waitFor();
    // The advisor attaches the ruling to the case; the case then lists it with a download link.
    const caso = page.locator('.lista-casos > li', { hasText: 'Acta de la mesa técnica, 2024' });
    await caso.getByText('Adjuntar un documento').click();
    await caso.getByLabel('Clase de documento').selectOption('sentencia');
    await caso.getByLabel(/^Título/).fill('Fallo del Tribunal sobre la revisión');
    await caso.locator('input[type=file]').setInputFiles({
      name: 'fallo.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\nFallo del tribunal\n%%EOF'),
    });
    await caso.getByRole('button', { name: 'Adjuntar', exact: true }).click();
    const enlace = caso.getByRole('link', { name: 'Fallo del Tribunal sobre la revisión' });
    await enlace.waitFor();
    const descarga = await page.request.get(`${server.url}${await enlace.getAttribute('href')}`);
    expect(await descarga.text()).toContain('Fallo del tribunal');
    await screenshot(page, '65-banco-asesor');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
