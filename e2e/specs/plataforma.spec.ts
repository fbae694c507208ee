import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';

const PASSWORD = 'RutaPOT-demo-2026';

describe('Ruta POT in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a Spanish home page that explains the platform and offers sign-in', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('es-CO');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.textContent('body')).toMatch(/diagnóstico/i);
    await screenshot(page, '01-inicio');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets the planning office of Zipaquirá sign in and see its municipality', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ingresar`);
    await page.getByLabel('Correo electrónico').fill('planeacion.zipaquira@demo.rutapot.co');
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL('**/m/25899');
    await page
      .getByRole('heading', { name: /Zipaquirá/ })
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Equipo del municipio' }).waitFor();
    await page.getByText('Oficina de planeación').first().waitFor();
    await screenshot(page, '02-municipio-zipaquira');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('refuses a wrong password with a Spanish message', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ingresar`);
    await page.getByLabel('Correo electrónico').fill('planeacion.zipaquira@demo.rutapot.co');
    await page.getByLabel('Contraseña').fill('equivocada');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByText('Correo o contraseña incorrectos.').waitFor();
    await page.close();
  });

  it('shows the public Estado del POT of Medellín with its legal sources, without sign-in', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/publico/05001/estado-pot?fecha=2026-03-02`);
    await page.getByRole('heading', { name: /Estado del POT de Medellín/ }).waitFor();
    const text = await page.textContent('body');
    expect(text).toMatch(/Vigente/);
    expect(text).toMatch(/31 de diciembre de 2027/);
    expect(text).toMatch(/Ley 388 de 1997, art\. 28/);
    expect(text).toMatch(/Revisión general/i);
    await screenshot(page, '03-estado-pot-medellin');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('computes a deadline in the Calculadora de plazos', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/calculadora`);
    await page.locator('#calc-tramite').selectOption('concertacion-car');
    await page.locator('#calc-desde').fill('2025-11-04');
    await page.getByRole('button', { name: 'Calcular' }).first().click();
    await page
      .getByText(/13 de enero de 2026/)
      .first()
      .waitFor();
    await screenshot(page, '04-calculadora');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
