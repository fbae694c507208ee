import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { signIn } from '../lib/session';

/** Opens the diagnóstico stage of the checklist (closed unless it is the current stage). */
async function openDiagnostico(page: Page) {
  const stage = page.locator('#etapa-diagnostico');
  await stage.waitFor();
  if (!(await stage.evaluate((el) => (el as HTMLDetailsElement).open)))
    await stage.locator('summary').first().click();
  await page.locator('#dts-diagnostico-archivo').waitFor({ state: 'attached' });
}

describe('La Ruta in Chromium: from «Iniciar revisión» to a reviewed diagnóstico', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the planning office starts the revisión general proposed by the rules engine', async () => {
    const page = await signIn(browser, server, 'planeacion.zipaquira@demo.rutapot.co');
    await page.getByRole('link', { name: /Ruta de revisión/ }).click();
    await page.waitForURL('**/m/25899/ruta');
    await page.getByRole('button', { name: 'Iniciar revisión' }).waitFor();
    expect(await page.locator('#tipo-revision_general').isChecked()).toBe(true);
    await screenshot(page, '20-iniciar-revision');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Iniciar revisión' }).click();
    await page.locator('#etapa-diagnostico').waitFor();
    await screenshot(page, '21-proceso-iniciado');
    await page.close();
  });

  it('uploads the diagnóstico DTS as evidence', async () => {
    const page = await signIn(browser, server, 'consultor.zipaquira@demo.rutapot.co');
    await page.goto(`${server.url}/m/25899/ruta`);
    await openDiagnostico(page);
    const file = join(tmpdir(), 'DTS-diagnostico-Zipaquira.pdf');
    writeFileSync(file, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const row = page.locator('#dts-diagnostico-archivo').locator('xpath=ancestor::details[1]');
    await row.locator('summary').click();
    await page.locator('#dts-diagnostico-archivo').setInputFiles(file);
    await row.getByRole('button', { name: /Cargar|Subir|Enviar/ }).click();
    await page.getByText('DTS-diagnostico-Zipaquira.pdf').first().waitFor();
    // The item's lifecycle: the consultant works on it, then sends it to review.
    const dts = page.locator('tr', { has: page.locator('#dts-diagnostico-estado') });
    for (const estado of ['en_curso', 'en_revision']) {
      await page.locator('#dts-diagnostico-estado').selectOption(estado);
      await dts.getByRole('button', { name: /^Guardar/ }).click();
      await dts.getByText('Cambios guardados.').waitFor();
      await expect.poll(() => page.locator('#dts-diagnostico-estado').inputValue()).toBe(estado);
    }
    await screenshot(page, '22-evidencia-cargada');
    await page.close();
  });

  it('the supervisor approves it with a verdict on quality, sufficiency and pertinence', async () => {
    const page = await signIn(browser, server, 'interventor.zipaquira@demo.rutapot.co');
    await page.goto(`${server.url}/m/25899/ruta`);
    await openDiagnostico(page);
    const calidad = page.locator('#dts-diagnostico-concepto-calidad');
    const form = calidad.locator('xpath=ancestor::details[1]');
    await form.locator('summary').click();
    for (const campo of ['calidad', 'suficiencia', 'pertinencia']) {
      await page.locator(`#dts-diagnostico-concepto-${campo}`).selectOption('cumple');
    }
    await page
      .locator('#dts-diagnostico-concepto-comentarios')
      .fill('Diagnóstico completo: dimensiones y cartografía a escala 1:25.000 rural.');
    await page.locator('#dts-diagnostico-concepto-aprobado').check();
    await form.getByRole('button', { name: 'Emitir concepto' }).click();
    await page
      .getByText(/Diagnóstico completo: dimensiones/)
      .first()
      .waitFor();
    await screenshot(page, '23-concepto-interventor');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the filing gate closed with what the law still requires, and the dashboard', async () => {
    const page = await signIn(browser, server, 'alcaldia.zipaquira@demo.rutapot.co');
    await page.goto(`${server.url}/m/25899/ruta`);
    await page.locator('#titulo-compuerta').waitFor();
    const gate = await page.locator('#titulo-compuerta').locator('xpath=..').textContent();
    // The gate reads the participation register (issue 13): Zipaquirá's demo has the CAR acta and
    // the CTP concept there, and still owes answers to aportes and to the CTP's recommendations.
    expect(gate).toMatch(/Consejo de Gobierno/);
    expect(gate).toMatch(/sin respuesta en la matriz/);
    expect(gate).toMatch(/recomendaciones del Consejo Territorial de Planeación/);
    expect(gate).not.toMatch(/Falta el acta de concertación/);
    expect(gate).toMatch(/Ley 388 de 1997/);
    await page.goto(`${server.url}/m/25899/tablero`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const text = await page.textContent('body');
    expect(text).toMatch(/Diagnóstico/);
    expect(text).toMatch(/vencid/i);
    await screenshot(page, '24-tablero-alcalde');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('the mayor archives the revision (the municipality desists) and the page offers a new one', async () => {
    const page = await signIn(browser, server, 'alcaldia.zipaquira@demo.rutapot.co');
    await page.goto(`${server.url}/m/25899/ruta`);
    await page.getByRole('heading', { name: 'Cierre del proceso' }).waitFor();
    await page.getByText('Registrar la adopción o archivar el proceso').click();
    // Not filed before the Concejo: no adoption yet, and «desisted» is the only reason offered.
    await page.getByText(/La adopción se registra cuando el proyecto ya está radicado/).waitFor();
    const reasons = await page.locator('#cierre-motivo option').allTextContents();
    expect(reasons).toEqual(['El municipio desistió de la revisión antes de radicarla']);
    await page.locator('#cierre-nota').fill('Se contratará de nuevo con otro alcance.');
    await screenshot(page, '25-cierre-proceso');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Archivar el proceso' }).click();
    await page.getByText(/Este proceso está «Archivado»: ya no cambia/).waitFor();
    await page.getByRole('button', { name: 'Iniciar revisión' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Cierre del proceso' }).count()).toBe(0);
    await screenshot(page, '26-proceso-archivado');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true);
    await page.close();
  });
});
