import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/ruta-pot.mjs', import.meta.url).pathname;
const FILE = 'documento-seguimiento-evaluacion';
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

describe('ruta-pot seguimiento documento (CLI contract)', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-dse-'));
  const out = mkdtempSync(join(tmpdir(), 'ruta-dse-'));
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

  it('writes the DOCX and the PDF of Zipaquirá, which a reader opens with its data', async () => {
    const r = await cli(
      'seguimiento',
      'documento',
      '--municipio',
      '25899',
      '--anio',
      '2026',
      '--salida',
      out,
    );
    expect(r.code, r.err).toBe(0);
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(join(out, `${FILE}.docx`))))['word/document.xml']!,
    );
    expect(xml).toContain('Análisis de suficiencia');
    expect(xml).toContain('Espacio público efectivo por habitante');
    expect(xml).toContain('Plan de Desarrollo 2020–2023');
    const pdf = join(out, `${FILE}.pdf`);
    const { stdout: text } = await run('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain('Zipaquirá (Cundinamarca)');
    expect(text).toMatch(/Rezagado/);
    // A reader's check: LibreOffice opens the DOCX and converts it.
    await run(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), join(out, `${FILE}.docx`)],
      { timeout: 120_000 },
    );
    expect(existsSync(join(out, 'lo', `${FILE}.pdf`))).toBe(true);
  });

  it('exits 2 with a Spanish message when the municipality has no registered plan, writing nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ruta-dse-vacio-'));
    const r = await cli('seguimiento', 'documento', '--municipio', '25126', '--salida', empty);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no tiene un plan de ordenamiento registrado/);
    expect(existsSync(join(empty, `${FILE}.pdf`))).toBe(false);
  });

  it('exits 2 on a malformed code or year', async () => {
    expect(
      (await cli('seguimiento', 'documento', '--municipio', '258', '--salida', out)).code,
    ).toBe(2);
    const year = await cli(
      'seguimiento',
      'documento',
      '--municipio',
      '25899',
      '--anio',
      'dos mil',
      '--salida',
      out,
    );
    expect(year.code).toBe(2);
    expect(year.err).toMatch(/cuatro cifras/);
  });
});
