import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';

import { serve } from '@hono/node-server';

import type { TestApp } from '../../../test/test-app';

const run = promisify(execFile);

/** GDAL's command-line tools, run without blocking the server in this same process. */
export async function gdal(tool: 'ogrinfo' | 'ogr2ogr', args: readonly string[]) {
  const { stdout } = await run(tool, [...args], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GDAL_HTTP_TIMEOUT: '60', CPL_DEBUG: 'OFF' },
  });
  return stdout;
}

/**
 * The test app (which mounts /ogc as production does, app.ts) listening on a free port of
 * 127.0.0.1, so real clients (GDAL) can read it.
 */
export async function listen(t: TestApp) {
  const app = t.app;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
