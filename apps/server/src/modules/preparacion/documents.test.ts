import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { PlanType, Product } from '@ruta-pot/domain';
import { petitionLetter, REVISION_TYPES, termsOfReference } from '@ruta-pot/domain';
import { describe, expect, it } from 'vitest';

import { petitionDocument, render, torDocument } from './documents';

const GOLDEN = new URL('../../../../../packages/domain/test/cases/products/', import.meta.url);
const PLAN_TYPES: PlanType[] = ['POT', 'PBOT', 'EOT'];
const combos = PLAN_TYPES.flatMap((planType) =>
  REVISION_TYPES.map((revisionType) => ({ planType, revisionType })),
);
const dir = mkdtempSync(join(tmpdir(), 'ruta-tdr-'));

/** The text of a DOCX's main part, tags removed and XML entities decoded. */
function docxText(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  return xml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

const tor = (c: (typeof combos)[number]) =>
  termsOfReference({
    ...c,
    municipality: 'Zipaquirá',
    department: 'Cundinamarca',
    revisionLabel: 'Revisión',
    planInForce: 'Acuerdo 012 de 2000',
  });

describe('terms of reference DOCX — every product the law requires (golden files of the motor normativo)', () => {
  it.each(combos)('$planType / $revisionType', async (c) => {
    const golden = JSON.parse(
      readFileSync(
        new URL(`${c.planType.toLowerCase()}-${c.revisionType}/expected.json`, GOLDEN),
        'utf8',
      ),
    ) as Product[];
    const text = docxText(
      await render(
        torDocument(tor(c), { municipio: 'Zipaquirá (Cundinamarca)', fecha: '2026-12-04' }),
        'docx',
      ),
      `${c.planType}-${c.revisionType}.docx`,
    );
    const missing = golden.filter((p) => !text.includes(p.name)).map((p) => p.name);
    expect(missing).toEqual([]);
    for (const p of golden) expect(text).toContain(p.citations[0]!.norm);
    expect(text).toContain('Concurso de méritos');
    expect(text).toContain('Calidad');
  });
});

describe('generated documents open as a reader would', { timeout: 120_000 }, () => {
  it('LibreOffice converts the terms DOCX to PDF and poppler renders both PDFs', async () => {
    const c = { planType: 'POT' as const, revisionType: 'revision_general' as const };
    const doc = torDocument(tor(c), { municipio: 'Zipaquirá (Cundinamarca)', fecha: '2026-12-04' });
    const docx = join(dir, 'terminos-referencia.docx');
    writeFileSync(docx, await render(doc, 'docx'));
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo`,
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'lo-pdf'),
        docx,
      ],
      { stdio: 'ignore' },
    );
    const converted = readFileSync(join(dir, 'lo-pdf', 'terminos-referencia.pdf'));
    expect(converted.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = join(dir, 'terminos-referencia.pdf');
    writeFileSync(pdf, await render(doc, 'pdf'));
    execFileSync('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '2', pdf, join(dir, 'pagina')]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Términos de referencia');
    expect(text).toContain('Acta del cabildo abierto');
  });

  it('writes the petition letter with addressee, basis and term', async () => {
    const letter = petitionLetter({
      municipality: 'Zipaquirá',
      holder: 'IDEAM',
      itemName: 'Coberturas y uso actual del suelo',
      kind: 'entre_autoridades',
    });
    const meta = {
      municipio: 'Zipaquirá',
      fecha: '2026-12-04',
      radicado: 'IDEAM-1',
      vence: '2026-12-18',
    };
    const text = docxText(await render(petitionDocument(letter, meta), 'docx'), 'carta.docx');
    expect(text).toContain('Instituto de Hidrología');
    expect(text).toContain('diez (10) días hábiles');
    expect(text).toContain('18 de diciembre de 2026');
    const pdf = await render(petitionDocument(letter, meta), 'pdf');
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
