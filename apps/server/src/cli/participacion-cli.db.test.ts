import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { beforeAll, describe, expect, it } from 'vitest';

import { cliRunner, embeddedEnv, seedDemoFolder } from '../../test/cli-harness';

const run = promisify(execFile);

describe('ruta-pot participacion paquete (CLI contract)', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-participacion-'));
  const out = mkdtempSync(join(tmpdir(), 'ruta-paquete-'));
  const cli = cliRunner(embeddedEnv(dir));

  beforeAll(() => seedDemoFolder(dir));

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
    expect(stdout).toMatch(/1\. Consejo de Gobierno/);
    // As a reader would: LibreOffice opens the DOCX, poppler renders the PDF's pages.
    await run(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(out, 'lo'),
        join(out, 'memoria-participacion.docx'),
      ],
      { timeout: 120_000 },
    );
    expect(existsSync(join(out, 'lo', 'memoria-participacion.pdf'))).toBe(true);
    const pages = join(process.env.PAGINAS_DIR ?? out, 'memoria');
    await run('pdftoppm', ['-png', '-r', '50', join(out, 'memoria-participacion.pdf'), pages]);
    expect(existsSync(`${pages}-1.png`)).toBe(true);
  });

  it('exits 2 with a Spanish message for a municipality without a process', async () => {
    const r = await cli('participacion', 'paquete', '--municipio', '05001', '--salida', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Error: .*(no tiene un proceso|no está en el catálogo)/);
    const bad = await cli('participacion', 'paquete', '--municipio', '123', '--salida', out);
    expect(bad.code).toBe(2);
  });
});
