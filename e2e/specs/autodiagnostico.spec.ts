import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { signIn } from '../lib/session';

/** Answers a question of the stage on screen by its text and the answer's label. */
async function answer(page: Page, question: string, label: string) {
  await page.getByRole('group', { name: question }).getByLabel(label, { exact: true }).check();
}

describe('Autodiagnóstico in Chromium: one stage at a time, each saved on its own (issue 12)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('saves two stages separately, keeps unsaved answers between stages and keeps both after a reload', async () => {
    const page = await signIn(browser, server);
    await page.goto(`${server.url}/m/25899/autodiagnostico`);
    const stages = page.getByRole('navigation', { name: 'Etapas del autodiagnóstico' });
    await stages.waitFor();
    // One stage at a time: only the first stage's questions are on the page.
    const form = page.locator('form.etapa-autodiagnostico');
    expect(await form.getAttribute('data-etapa')).toBe('contexto');
    const contexto = stages.locator('li[data-etapa="contexto"]');
    await contexto.getByText('sin responder').waitFor();

    const contextQuestions = form.getByRole('group');
    const first = (await contextQuestions.nth(0).locator('legend').textContent())!;
    const second = (await contextQuestions.nth(1).locator('legend').textContent())!;
    await answer(page, first, 'No');
    await answer(page, second, 'Parcialmente');
    await contexto.getByText('sin guardar').waitFor();
    await screenshot(page, '90-autodiagnostico-etapa');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Guardar esta etapa' }).click();
    await form.getByRole('status').getByText('Etapa guardada').waitFor();
    await contexto.getByText(/^2 de \d+ respondidas$/).waitFor();
    expect(await contexto.getByText('sin guardar').count()).toBe(0);

    // Another stage, chosen from the list: the address keeps it.
    await stages.getByRole('link', { name: 'Diagnóstico', exact: false }).first().click();
    await page.waitForURL('**/m/25899/autodiagnostico?etapa=diagnostico');
    expect(await form.getAttribute('data-etapa')).toBe('diagnostico');
    const diagnostico = (await form.getByRole('group').nth(0).locator('legend').textContent())!;
    await answer(page, diagnostico, 'Sí');
    // Moving away with unsaved answers keeps them on the page and marks the stage.
    await page.getByRole('link', { name: 'Etapa anterior' }).click();
    await page.waitForURL('**?etapa=evaluacion');
    const unsaved = stages.locator('li[data-etapa="diagnostico"]');
    await unsaved.getByText('sin guardar').waitFor();
    await page.getByRole('link', { name: 'Etapa siguiente' }).click();
    await page.waitForURL('**?etapa=diagnostico');
    expect(
      await form
        .getByRole('group', { name: diagnostico })
        .getByLabel('Sí', { exact: true })
        .isChecked(),
    ).toBe(true);
    await form.getByRole('button', { name: 'Guardar esta etapa' }).click();
    await form.getByRole('status').getByText('Etapa guardada').waitFor();
    await unsaved.getByText(/^1 de \d+ respondidas$/).waitFor();
    await screenshot(page, '91-autodiagnostico-segunda-etapa');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Reload: the place and both saved stages are kept.
    await page.reload();
    await stages.waitFor();
    expect(await form.getAttribute('data-etapa')).toBe('diagnostico');
    expect(
      await form
        .getByRole('group', { name: diagnostico })
        .getByLabel('Sí', { exact: true })
        .isChecked(),
    ).toBe(true);
    await stages
      .locator('li[data-etapa="contexto"]')
      .getByText(/^2 de \d+ respondidas$/)
      .waitFor();
    await stages
      .locator('li[data-etapa="diagnostico"]')
      .getByText(/^1 de \d+ respondidas$/)
      .waitFor();
    await stages.getByRole('link', { name: 'Contexto municipal' }).click();
    await page.waitForURL('**?etapa=contexto');
    for (const [question, label] of [
      [first, 'No'],
      [second, 'Parcialmente'],
    ] as const)
      expect(
        await form
          .getByRole('group', { name: question })
          .getByLabel(label, { exact: true })
          .isChecked(),
      ).toBe(true);
    // The results still come from every saved stage.
    await page.getByText('Riesgos del municipio, de mayor a menor gravedad').waitFor();

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await screenshot(page, '92-autodiagnostico-360');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
