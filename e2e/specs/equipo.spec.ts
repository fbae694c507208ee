import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { DEMO_PASSWORD, signIn } from '../lib/session';

const PASSWORD = 'la consultora llega con su frase propia';

describe('Teams in Chromium: invite, accept, work, be removed (issue 11)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the planning office invites a consultant, who joins, signs in and is later removed', async () => {
    const manager = await signIn(browser, server);
    await manager.getByRole('link', { name: 'Equipo del municipio' }).click();
    await manager.waitForURL('**/m/25899/equipo');
    await manager.getByLabel('Correo electrónico').fill('consultora.nueva@firma.co');
    await manager.getByLabel('Rol', { exact: true }).selectOption('consultor');
    await manager.getByRole('button', { name: 'Invitar', exact: true }).click();
    const link = await manager.locator('#enlace-invitacion').inputValue();
    expect(link).toMatch(/\/cuenta\/invitacion#25899\./);
    await manager.getByRole('cell', { name: 'consultora.nueva@firma.co' }).first().waitFor();
    await screenshot(manager, '70-equipo');
    expect(await seriousAccessibilityViolations(manager)).toEqual([]);

    const guest = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const consultant = await guest.newPage();
    await consultant.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await consultant.getByText(/Zipaquirá .*con el rol Consultor/).waitFor();
    await consultant.getByLabel('Nombre completo').fill('Consultora Nueva');
    await consultant.getByLabel('Contraseña nueva').fill(PASSWORD);
    await consultant.getByLabel('Repita la contraseña').fill(PASSWORD);
    await screenshot(consultant, '71-invitacion');
    expect(await seriousAccessibilityViolations(consultant)).toEqual([]);
    await consultant.getByRole('button', { name: 'Aceptar la invitación' }).click();
    await consultant.waitForURL('**/m/25899');
    await consultant
      .getByRole('heading', { name: /Zipaquirá/ })
      .first()
      .waitFor();

    await manager.reload();
    await manager.getByRole('button', { name: 'Retirar a Consultora Nueva del equipo' }).click();
    await manager.getByRole('button', { name: 'Retirar', exact: true }).click();
    await manager.getByText('Cambio guardado.').first().waitFor();
    await manager.getByText(/Retiró a consultora.nueva@firma.co del equipo/).waitFor();

    // The consultant's next request is refused: the session ended at once.
    await consultant.goto(`${server.url}/m/25899/tablero`);
    await consultant.getByRole('link', { name: 'Ir a Ingresar' }).waitFor();
    await guest.close();
    await manager.close();
  });

  it('shows my account and the platform console, legible on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${server.url}/ingresar`);
    await page.getByLabel('Correo electrónico').fill('admin@demo.rutapot.co');
    await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL('**/admin');
    await page.getByLabel('Nombre, departamento o código DANE').fill('zipaquira');
    await page.getByRole('button', { name: 'Buscar' }).first().click();
    await page.getByText('1 resultado · página 1 de 1').waitFor();
    await page.getByRole('button', { name: 'Crear cuenta en Zipaquirá' }).click();
    await page.getByRole('heading', { name: 'Primera cuenta de Zipaquirá' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await screenshot(page, '72-admin-telefono');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${server.url}/cuenta`);
    await page.getByRole('heading', { name: 'Sesiones abiertas' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await screenshot(page, '73-cuenta-telefono');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/admin`);
    await page.getByRole('heading', { name: 'Autoridades ambientales' }).waitFor();
    await screenshot(page, '74-admin');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers citizens a sign-up and everybody a password reset from the sign-in page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/ingresar`);
    await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
    await page.getByLabel('Correo electrónico').fill('alguien@correo.co');
    await page.getByRole('button', { name: 'Enviar enlace' }).click();
    await page.getByText(/Si el correo corresponde a una cuenta/).waitFor();
    await page.goto(`${server.url}/cuenta/registro`);
    await page.getByRole('heading', { name: 'Crear una cuenta ciudadana' }).waitFor();
    // No account without accepting the policy in force (Ley 1581 de 2012 art. 9).
    await page.getByText(/Política de tratamiento de datos personales de Ruta POT/).waitFor();
    await page.getByLabel('Nombre completo').fill('Vecina de Prueba');
    await page.getByLabel('Correo electrónico').fill('vecina@correo.co');
    await page.getByRole('button', { name: 'Crear cuenta' }).click();
    await page.getByText(/marque la casilla/).waitFor();
    await page.getByLabel(/He leído la política de tratamiento de datos personales/).check();
    await screenshot(page, '75-registro');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // A signed-in citizen follows another municipality's POT and finds it in «Mi cuenta».
    await page.goto(`${server.url}/ingresar?volver=/publico/05001/estado-pot`);
    await page.getByLabel('Correo electrónico').fill('ciudadano.zipaquira@demo.rutapot.co');
    await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('button', { name: 'Seguir el POT de Medellín' }).click();
    await page.getByText(/Ahora sigue el POT de Medellín/).waitFor();
    await page.getByRole('link', { name: 'Mi cuenta' }).click();
    await page.getByRole('link', { name: /Medellín \(Antioquia\)/ }).waitFor();
    await page.close();
  });

  it('keeps every new account page legible and accessible on a 360 px phone', async () => {
    const page = await signIn(browser, server);
    await page.setViewportSize({ width: 360, height: 740 });
    const pages = [
      '/m/25899/equipo',
      '/cuenta',
      '/mis-municipios',
      '/cuenta/restablecer',
      '/cuenta/registro',
      '/cuenta/invitacion',
      '/cuenta/enlace',
    ];
    const wide: string[] = [];
    for (const [i, path] of pages.entries()) {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1, .alerta').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width}px`);
      await screenshot(page, `76-cuentas-360-${i}`);
      expect(await seriousAccessibilityViolations(page), path).toEqual([]);
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});
