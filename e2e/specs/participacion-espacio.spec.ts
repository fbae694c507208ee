import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { signIn } from '../lib/session';

/** The office's record forms of the participation workspace, as a planning officer fills them. */
describe('Participation workspace forms in Chromium (issue 13)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records an event, an actor with consented contact and a strategy line, then empties each form', async () => {
    const page = await signIn(browser, server);
    await page.goto(`${server.url}/m/25899/participacion?pestana=eventos`);

    const evento = page.locator('form', {
      has: page.getByRole('heading', { name: 'Registrar un evento' }),
    });
    await evento.getByLabel('Título').fill('Taller veredal de Pasoancho');
    await evento.getByLabel(/^Fecha del evento/).fill('2026-11-28');
    await evento.getByRole('button', { name: 'Registrar evento' }).click();
    await expect
      .poll(() => evento.getByRole('status').textContent())
      .toContain('Se registró el evento «Taller veredal de Pasoancho»');
    expect(await evento.getByLabel('Título').inputValue()).toBe('');
    await expect
      .poll(() => page.getByRole('rowheader', { name: 'Taller veredal de Pasoancho' }).count())
      .toBe(1);

    const actor = page.locator('form', {
      has: page.getByRole('heading', { name: 'Registrar un actor' }),
    });
    await actor.getByLabel('Nombre').fill('Junta de Acción Comunal de Barandillas');
    await actor.getByLabel(/^Contacto/).fill('jac.barandillas@example.org');
    // A contact is kept only with the person's consent (Ley 1581 de 2012): the box appears.
    const consent = actor.getByRole('checkbox');
    await consent.check();
    await actor.getByRole('button', { name: 'Registrar actor' }).click();
    await expect
      .poll(() => actor.getByRole('status').textContent())
      .toContain('Se registró a «Junta de Acción Comunal de Barandillas»');
    expect(await actor.getByRole('checkbox').count()).toBe(0);

    const linea = page.locator('form', {
      has: page.getByRole('heading', { name: 'Agregar una línea a la estrategia' }),
    });
    await linea.getByLabel('Qué').fill('Mesas de trabajo por vereda');
    await linea.getByLabel('Con quién').fill('Juntas de acción comunal');
    await linea.getByLabel(/^Cuándo/).fill('Enero de 2027');
    await linea.getByRole('button', { name: 'Agregar línea' }).click();
    await expect
      .poll(() => linea.getByRole('status').textContent())
      .toContain('Se agregó la línea a la estrategia');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('records a Concejo decision: the decision field appears only for that kind of record', async () => {
    const page = await signIn(browser, server);
    await page.goto(`${server.url}/m/25899/participacion?pestana=ctp`);
    const concejo = page.locator('form', {
      has: page.getByRole('heading', { name: 'Registrar una actuación del Concejo' }),
    });
    await concejo.getByLabel('Tipo de registro').waitFor();
    expect(await concejo.getByLabel('Decisión').count()).toBe(0);
    await concejo.getByLabel('Tipo de registro').selectOption('decision');
    await concejo.getByLabel('Decisión').selectOption('aprobado');
    await concejo.getByLabel(/^Fecha/).fill('2026-12-01');
    await concejo.getByRole('button', { name: 'Registrar', exact: true }).click();
    await expect
      .poll(() => concejo.getByRole('status').textContent())
      .toContain('Se guardó el registro del Concejo');
    await page.close();
  });
});
