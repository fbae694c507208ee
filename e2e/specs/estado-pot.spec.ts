import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { signIn } from '../lib/session';

describe('Estado del POT in Chromium: the office records an act of the plan', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses an incomplete act in Spanish, adapts its fields to the kind, and saves a complete one into the history', async () => {
    const page = await signIn(browser, server);
    await page.goto(`${server.url}/m/25899/estado-pot`);
    const form = page.locator('section[aria-labelledby="titulo-registrar-acto"]');
    await form.getByRole('heading', { name: 'Registrar acto' }).waitFor();

    await form.getByRole('button', { name: 'Registrar acto' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toContain('Elija el tipo de acto');

    // A court decision asks for the act applied meanwhile, not for a declared long-term validity.
    await form.getByLabel('Tipo de acto').selectOption('suspension_provisional');
    await expect.poll(() => form.getByLabel(/Acto que se aplica mientras tanto/).count()).toBe(1);
    expect(await form.getByLabel(/Fin de la vigencia de largo plazo/).count()).toBe(0);

    await form.getByLabel('Tipo de acto').selectOption('modificacion_excepcional');
    expect(await form.getByLabel(/Acto que se aplica mientras tanto/).count()).toBe(0);
    await form.getByLabel('Acto', { exact: true }).fill('Acuerdo 015 de 2026');
    await form.getByLabel(/^Fecha/).fill('2026-11-30');
    await form.getByRole('button', { name: 'Registrar acto' }).click();

    const history = page.locator('section[aria-labelledby="titulo-historia"]');
    await expect
      .poll(() => history.textContent(), { timeout: 15_000 })
      .toContain('Acuerdo 015 de 2026');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
