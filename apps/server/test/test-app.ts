import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createBusinessCalendar } from '@ruta-pot/domain';

import { ENGINES, type TestEngine } from '../../../packages/db/test/engines';
import { type AppOptions, createApp } from '../src/app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-data';
import { seedDemo } from '../src/demo/seed';
import type { Deps } from '../src/http/types';
import { FileStore } from '../src/modules/ruta/file-store';

export { ENGINES };

/** Fixed instant for API tests: 2026-03-02 15:00 UTC (10:00 in Bogotá). */
export const TEST_NOW = new Date('2026-03-02T15:00:00Z');

export interface TestApp {
  engine: TestEngine;
  deps: Deps;
  app: ReturnType<typeof createApp>;
  /** Signs in a demo account and returns its session cookie. */
  login(email: string): Promise<string>;
  request(path: string, init?: RequestInit & { cookie?: string | undefined }): Promise<Response>;
  close(): Promise<void>;
}

/** An app on a fresh database of the given engine, with the demo data loaded. */
export async function createTestApp(
  open: () => Promise<TestEngine>,
  options: AppOptions = {},
): Promise<TestApp> {
  const engine = await open();
  let tick = 0;
  const deps: Deps = {
    db: engine.db,
    // Advances 1 ms per reading so records made in one test keep their order.
    clock: { now: () => new Date(TEST_NOW.getTime() + tick++) },
    calendar: createBusinessCalendar(),
    files: new FileStore(mkdtempSync(join(tmpdir(), 'ruta-archivos-'))),
  };
  await seedDemo(deps);
  const app = createApp(deps, options);
  const cookies = new Map<string, string>();
  const request: TestApp['request'] = (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set('cookie', init.cookie);
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return Promise.resolve(app.request(path, { ...init, headers }));
  };
  return {
    engine,
    deps,
    app,
    request,
    async login(email) {
      const cached = cookies.get(email);
      if (cached) return cached;
      const response = await request('/api/v1/sesion', {
        method: 'POST',
        body: JSON.stringify({ email, contrasena: DEMO_PASSWORD }),
      });
      if (response.status !== 200)
        throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
      cookies.set(email, cookie);
      return cookie;
    },
    close: () => engine.close(),
  };
}

export const ACCOUNT = Object.fromEntries(
  DEMO_ACCOUNTS.map((a) => [a.email.split('@')[0]!, a.email]),
) as Record<string, string>;
