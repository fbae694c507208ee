import type { Browser, Page } from 'playwright-core';

import type { RunningServer } from './server';

/** Every demo account's password (README). */
export const DEMO_PASSWORD = 'RutaPOT-demo-2026';

/**
 * Signs a demo account in through the real sign-in page, in a new 1280 px page, and waits for the
 * municipality page it lands on (the planning office of Zipaquirá by default).
 */
export async function signIn(
  browser: Browser,
  server: RunningServer,
  email = 'planeacion.zipaquira@demo.rutapot.co',
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/ingresar`);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL('**/m/25899');
  return page;
}
