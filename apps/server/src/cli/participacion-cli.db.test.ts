import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/ruta-pot.mjs', import.meta.url).pathname;
const run = promisify(execFile);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Starts the server once with demo data on the folder (seeds Zipaquirá's expediente) and stops it. */
async function seedDemoFolder(dir: string) {
  const port = await freePort();
  const env = {
    ...process.env,
    RUTA_POT_DATOS: dir,
    DATABASE_URL: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    RUTA_POT_DEMO: '1',
  };
  const child = spawn(process.execPath, [BIN, 'servidor'], { env, stdio: 'ignore' });
  const deadline = Date.now() + 150_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error('el servidor de demostración no arrancó');
    await new Promise((r) => setTimeout(r, 500));
  }
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

describe('ruta-pot participacion paquete (CLI contract)', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-participacion-'));
  const out = mkdtempSync(join(tmpdir(), 'ruta-paquete-'));
  const cli = (...args: string[]) =>
    new Promise<{ code: number; out: string; err: string }>((resolve) => {
      execFile(
        process.execPath,
        [BIN, ...args],
        {
          encoding: 'utf8',
          env: { ...process.env, RUTA_POT_DATOS: dir, DATABASE_URL: '' },
          timeout: 200_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }),
      );
    });

  beforeAll(() => seedDemoFolder(dir));
  afterAll(() => undefined);

  it('writes the four files of Zipaquirá with the SHA-256 of each in the manifest', async () => {
    const r = await cli('participacion', 'paquete', '--municipio', '25899', '--salida', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    for (const f of [
      'memoria-participacion.docx',
      'memoria-participacion.pdf',
      'matriz-aportes.csv',
      'manifiesto.json',
    ])
      expect(existsSync(join(out, f)), f).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifiesto.json'), 'utf8')) as {
      archivos: { nombre: string; sha256: string }[];
    };
    for (const a of manifest.archivos)
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, a.nombre)))
          .digest('hex'),
      ).toBe(a.sha256);
    const { stdout } = await run('pdftotext', [join(out, 'memoria-participacion.pdf'), '-']);
    expect(stdout).toMatch(/Memoria de participación/);
  });

  it('exits 2 with a Spanish message for a municipality without a process', async () => {
    const r = await cli('participacion', 'paquete', '--municipio', '05001', '--salida', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Error: .*(no tiene un proceso|no está en el catálogo)/);
    const bad = await cli('participacion', 'paquete', '--municipio', '123', '--salida', out);
    expect(bad.code).toBe(2);
  });
});
