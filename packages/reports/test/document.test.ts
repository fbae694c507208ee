import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import type { ReportDocument } from '../src/index';
import { h, p, renderDocx, renderPdf } from '../src/index';

const SAMPLE: ReportDocument = {
  title: 'Documento de seguimiento y evaluación',
  subtitle: 'Plan de Ordenamiento Territorial',
  municipality: 'Zipaquirá (Cundinamarca)',
  date: '4 de diciembre de 2026',
  author: 'Oficina de Planeación',
  footer: 'DSE Zipaquirá 2026',
  blocks: [
    h(1, 'Análisis de suficiencia'),
    p([{ text: 'Contenidos exigidos: ', bold: true }, { text: 'año, niño, acción ≤ 15 m²/hab.' }]),
    { kind: 'bullets', items: ['Componente general', 'Componente urbano'] },
    {
      kind: 'table',
      caption: 'Indicadores',
      columns: ['Indicador', 'Valor'],
      rows: [
        ['Espacio público', 4.1],
        ['Déficit de vivienda', null],
      ],
      numeric: [1],
    },
    {
      kind: 'chart',
      chart: 'line',
      title: 'Espacio público',
      categories: ['2020', '2021', '2022'],
      values: [3, 3.5, null],
      unit: 'm²/hab',
      target: 15,
    },
    { kind: 'citation', norm: 'Ley 388 de 1997', article: '112', note: 'Expediente urbano' },
  ],
  sources: ['DANE, proyecciones de población 2024'],
};

describe('documentos generados', () => {
  it('escribe un DOCX cuyo texto y tablas se leen en word/document.xml', async () => {
    const bytes = await renderDocx(SAMPLE);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    for (const text of [
      'Análisis de suficiencia',
      'año, niño, acción ≤ 15 m²/hab.',
      'Déficit de vivienda',
      'sin dato',
      'Ley 388 de 1997, art. 112',
      'Fuentes',
    ])
      expect(xml).toContain(text);
  });

  it('escribe un PDF con las fuentes embebidas, el texto en español y la numeración de páginas', async () => {
    const bytes = await renderPdf(SAMPLE);
    expect(strFromU8(bytes.slice(0, 5))).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'reporte-'));
    writeFileSync(join(dir, 'r.pdf'), bytes);
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const t of [
      'Documento de seguimiento y evaluación',
      'año, niño, acción ≤ 15 m²/hab.',
      'sin dato',
      'Meta: 15',
      'página 2 de',
    ])
      expect(text).toContain(t);
    const fonts = execFileSync('pdffonts', [join(dir, 'r.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
  });
});
