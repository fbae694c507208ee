import { readFileSync } from 'node:fs';

import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../lib/browser';
import { type RunningServer, startServer } from '../lib/server';
import { DEMO_PASSWORD, signIn } from '../lib/session';

const PHONE = { width: 360, height: 740 };

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const mercatorX = (lon: number) => (lon * Math.PI) / 180;

async function insidePointOnCanvas(
  server: RunningServer,
  box: { x: number; y: number; width: number; height: number },
) {
  const limit = (await (
    await fetch(`${server.url}/api/v1/publico/25899/participacion/limite.geojson`)
  ).json()) as { bbox: number[]; features: { properties: { puntoInterior: number[] } }[] };
  const [x0, y0, x1, y1] = limit.bbox as [number, number, number, number];
  const [lon, lat] = limit.features[0]!.properties.puntoInterior as [number, number];
  const scale = Math.min(
    (box.width - 32) / (mercatorX(x1) - mercatorX(x0)),
    (box.height - 32) / (mercatorY(y1) - mercatorY(y0)),
  );
  return {
    x: box.x + box.width / 2 + scale * (mercatorX(lon) - (mercatorX(x0) + mercatorX(x1)) / 2),
    y: box.y + box.height / 2 - scale * (mercatorY(lat) - (mercatorY(y0) + mercatorY(y1)) / 2),
  };
}

/** No page wider than the screen: a phone never scrolls sideways. */
async function fitsTheScreen(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

describe('Participation in Chromium: a citizen on a phone, the office, the trace (issue 13)', () => {
  let server: RunningServer;
  let browser: Browser;
  let followLink = '';
  let aporteCode = '';
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a citizen on a 360 px phone sends an aporte with a polygon, confirms it and gets the follow link', async () => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/publico/25899/participa`);
    await page.getByRole('heading', { name: /Participe en el POT de Zipaquirá/ }).waitFor();
    await page
      .getByRole('textbox', { name: 'Su aporte', exact: true })
      .fill('Propongo un parque lineal sobre la ronda del río Frío entre el centro y la estación.');
    await page.locator('#aporte-nombre').fill('Vecina de La Concepción');
    await page.locator('#aporte-correo').fill('vecina@correo.co');
    await page.getByRole('button', { name: 'Señalar en el mapa' }).click();
    await page.locator('[data-estado-mapa="listo"]').waitFor({ timeout: 30_000 });
    await page.getByLabel('Polígono').check();
    const canvas = page.locator('.participa-lienzo-mapa canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    // Where a point surely inside Zipaquirá falls on the canvas: the map fits the boundary's box
    // (padding 16 px) in Web Mercator, so the offset from the box's centre is linear in it.
    const { x: cx, y: cy } = await insidePointOnCanvas(server, box);
    for (const [dx, dy] of [
      [-6, -6],
      [6, -6],
      [6, 6],
      [-6, 6],
    ] as const)
      await page.mouse.click(cx + dx, cy + dy);
    await page.getByText(/Lugar listo/).waitFor();
    await page.getByLabel(/Autorizo el tratamiento de mis datos personales/).check();
    expect(await fitsTheScreen(page)).toBe(true);
    await screenshot(page, '80-portal-participa-telefono');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Enviar aporte' }).click();
    const received = await page.getByText(/Recibimos su aporte A-\d{6}/).textContent();
    aporteCode = /A-\d{6}/.exec(received ?? '')![0];
    // This installation sends no mail: the one-time confirmation link is shown instead.
    const confirm = await page.locator('#enlace-confirmar-aporte').inputValue();
    expect(confirm).toMatch(/\/publico\/25899\/participa\/confirmar#25899\./);
    await page.goto(confirm.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByText(new RegExp(`Su aporte ${aporteCode} quedó confirmado`)).waitFor();
    followLink =
      (await page.getByRole('link', { name: 'Seguir mi aporte' }).getAttribute('href')) ?? '';
    expect(followLink).toMatch(/\/participa\/seguimiento#25899\./);
    followLink = followLink.replace(/^https?:\/\/[^/]+/, server.url);
    await page.goto(followLink);
    await page.getByText('Aporte confirmado por su autor.').waitFor();
    expect(await fitsTheScreen(page)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('the office finds it, classifies, groups it and answers naming the article; the citizen sees the trace', async () => {
    const office = await signIn(browser, server);
    await office
      .getByRole('link', { name: 'Participación: aportes, eventos y concertación' })
      .click();
    await office.waitForURL('**/m/25899/participacion');
    await office.locator('#filtro-q').fill(aporteCode);
    await office.getByRole('button', { name: 'Filtrar' }).click();
    await office.getByRole('button', { name: `Ver ${aporteCode}` }).click();
    await office.getByRole('heading', { name: `Aporte ${aporteCode}` }).waitFor();
    await office.getByText(/Polígono con \d+ vértices/).waitFor();
    await office.locator('#clas-tema').fill('Espacio público');
    await office.getByRole('button', { name: 'Clasificar', exact: true }).click();
    await office.getByText('El aporte quedó en estado «Clasificado».').waitFor();
    await office.locator('#agrupar-grupo').selectOption({ label: 'Grupo nuevo' });
    await office.locator('#agrupar-tema').fill('Parques lineales');
    await office.getByRole('button', { name: 'Agrupar', exact: true }).click();
    await office.getByText('El aporte quedó en estado «Agrupado».').waitFor();
    await office.locator('#resp-resultado').selectOption('aceptado');
    await office
      .locator('#resp-razones')
      .fill('Se incorpora el parque lineal del río Frío en el sistema de espacio público.');
    await office.locator('#resp-version').fill('v4');
    await office.locator('#resp-articulo').fill('Artículo 52');
    await office.getByRole('button', { name: 'Responder', exact: true }).click();
    await office.getByText('El aporte quedó en estado «Respondido».').waitFor();
    await screenshot(office, '81-participacion-oficina');
    expect(await seriousAccessibilityViolations(office)).toEqual([]);
    await office.setViewportSize(PHONE);
    expect(await fitsTheScreen(office)).toBe(true);
    await office.close();

    const citizen = await browser.newPage({ viewport: PHONE });
    await citizen.goto(followLink);
    await citizen.getByText('Respuesta: Aceptado. Cambio en Artículo 52 (versión v4).').waitFor();
    await citizen.getByText(/Agrupado con aportes similares \(grupo G-\d+\)/).waitFor();
    await screenshot(citizen, '82-seguimiento-aporte');
    await citizen.close();
  });

  it('the CAR reviewer records an observation and the acta of a new round; the office answers and downloads the pack', async () => {
    const office = await signIn(browser, server);
    await office.goto(`${server.url}/m/25899/participacion?pestana=car`);
    await office
      .getByText(/silencio/i)
      .first()
      .waitFor();
    await office.locator('#ronda-radicada').fill('2026-11-02');
    await office.getByRole('button', { name: 'Radicar ronda' }).click();
    await office.getByRole('heading', { name: /Ronda 2/ }).waitFor();

    // The CAR reviewer has several municipalities: signed in, opens Zipaquirá's concertation.
    const car = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await car.goto(`${server.url}/ingresar`);
    await car.getByLabel('Correo electrónico').fill('revisor@demo.car.gov.co');
    await car.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await car.getByRole('button', { name: 'Ingresar' }).click();
    await car.waitForURL((url) => !url.pathname.startsWith('/ingresar'));
    await car.goto(`${server.url}/m/25899/participacion?pestana=car`);
    await car
      .locator('[id^="obs-"][id$="-texto"]')
      .fill('Incluir la ronda hídrica de la quebrada Susaguá según el acotamiento de la CAR.');
    await car.getByRole('button', { name: 'Registrar observación' }).click();
    await car.getByText('Se registró la observación.').first().waitFor();

    await office.reload();
    await office
      .locator('textarea[id^="respuesta-"]')
      .fill('Se incorpora la ronda de la quebrada Susaguá en el plano de suelo de protección.');
    await office.getByRole('button', { name: 'Guardar respuesta' }).click();
    await office.getByText('Se guardó la respuesta.').first().waitFor();

    await car.reload();
    await car.locator('[id^="acta-"][id$="-tipo"]').selectOption('total');
    await car.locator('[id^="acta-"][id$="-fecha"]').fill('2026-11-20');
    await car.locator('[id^="acta-"][id$="-archivo"]').setInputFiles({
      name: 'acta-concertacion-ronda-2.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\nActa de concertación\n%%EOF'),
    });
    await car.getByRole('button', { name: 'Guardar acta' }).click();
    await car
      .getByText(/Se registró el acta/)
      .first()
      .waitFor();
    await screenshot(car, '83-concertacion-car');
    expect(await seriousAccessibilityViolations(car)).toEqual([]);
    await car.close();

    await office.goto(`${server.url}/m/25899/participacion`);
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      office.getByRole('link', { name: /Descargar el paquete de evidencia/ }).click(),
    ]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['memoria-participacion.docx', 'manifiesto.json']),
    );
    expect(Object.keys(zip).some((n) => n.startsWith('evidencias/acta-'))).toBe(true);
    await office.close();
  });
});
