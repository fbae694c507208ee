import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { cliRunner, embeddedEnv, seedDemoFolder } from '../../test/cli-harness';

const FILE = 'documento-seguimiento-evaluacion';
const run = promisify(execFile);

describe('ruta-pot seguimiento documento (CLI contract)', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-dse-'));
  const out = mkdtempSync(join(tmpdir(), 'ruta-dse-'));
  const cli = cliRunner(embeddedEnv(dir));

  beforeAll(() => seedDemoFolder(dir));

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
