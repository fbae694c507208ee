import PDFDocument from 'pdfkit';

import type { PdfFonts } from './fonts';
import { defaultFonts } from './fonts';
import type { Block, ReportDocument } from './model';
import { drawChart } from './pdf-chart';
import { drawTable } from './pdf-table';

type Pdf = PDFKit.PDFDocument;
const MM = 72 / 25.4;
const HEADING_SIZES = { 1: 15, 2: 12.5, 3: 11 } as const;

function drawBlock(doc: Pdf, b: Block) {
  const x = doc.page.margins.left;
  switch (b.kind) {
    case 'heading':
      if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
      doc
        .moveDown(b.level === 1 ? 0.8 : 0.5)
        .font('bold')
        .fontSize(HEADING_SIZES[b.level])
        .fillColor('#0b4a6f')
        .text(b.text, x);
      doc.moveDown(0.3).fillColor('#111111');
      return;
    case 'paragraph':
      b.runs.forEach((r, i) =>
        doc
          .font(r.bold ? 'bold' : r.italic ? 'italic' : 'regular')
          .fontSize(10)
          .text(r.text, i === 0 ? x : undefined, undefined, {
            continued: i < b.runs.length - 1,
            align: 'left',
          }),
      );
      doc.moveDown(0.5);
      return;
    case 'bullets':
      doc
        .font('regular')
        .fontSize(10)
        .list([...b.items], x, undefined, { bulletRadius: 1.6, textIndent: 10 });
      doc.moveDown(0.5);
      return;
    case 'table':
      drawTable(doc, b);
      return;
    case 'chart':
      drawChart(doc, b);
      return;
    case 'image': {
      const height = b.heightMm * MM;
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const left = (doc.page.width - b.widthMm * MM) / 2;
      doc.image(Buffer.from(b.png), left, doc.y, { width: b.widthMm * MM, height });
      doc.y += height + 4;
      if (b.caption)
        doc.font('italic').fontSize(8.5).text(b.caption, x, doc.y, { align: 'center' });
      doc.moveDown(0.5);
      return;
    }
    case 'citation':
      doc
        .font('bold')
        .fontSize(8.5)
        .text(`${b.norm}, art. ${b.article}`, x, undefined, {
          continued: Boolean(b.note || b.url),
        });
      if (b.note) doc.font('regular').text(`. ${b.note}`, { continued: Boolean(b.url) });
      if (b.url)
        doc
          .font('regular')
          .fillColor('#555555')
          .text(` (${b.url})`, { link: b.url })
          .fillColor('#111111');
      doc.moveDown(0.3);
      return;
    case 'note':
      doc.font('italic').fontSize(9).fillColor('#444444').text(b.text, x).fillColor('#111111');
      doc.moveDown(0.4);
      return;
    case 'pageBreak':
      doc.addPage();
      return;
  }
}

function titlePage(doc: Pdf, r: ReportDocument) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.y = doc.page.height * 0.3;
  const line = (text: string | undefined, font: 'regular' | 'bold', size: number) => {
    if (text)
      doc
        .font(font)
        .fontSize(size)
        .text(text, doc.page.margins.left, undefined, { width, align: 'center' })
        .moveDown(0.8);
  };
  doc.fillColor('#0b4a6f');
  line(r.title, 'bold', 22);
  doc.fillColor('#111111');
  line(r.subtitle, 'regular', 14);
  line(r.municipality, 'bold', 14);
  line(r.author, 'regular', 11);
  line(r.date, 'regular', 11);
}

/** The report as a PDF (A4, embedded DejaVu Sans, page numbers in the footer). */
export function renderPdf(
  r: ReportDocument,
  fonts: PdfFonts = defaultFonts(),
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 25 * MM, bottom: 25 * MM, left: 22 * MM, right: 22 * MM },
    bufferPages: true,
    info: { Title: r.title, Author: r.author ?? 'Ruta POT', Subject: r.subtitle ?? r.title },
    lang: 'es-CO',
  });
  doc.registerFont('regular', Buffer.from(fonts.regular));
  doc.registerFont('bold', Buffer.from(fonts.bold));
  doc.registerFont('italic', Buffer.from(fonts.italic));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  titlePage(doc, r);
  doc.addPage();
  for (const b of r.blocks) drawBlock(doc, b);
  if (r.sources?.length) {
    drawBlock(doc, { kind: 'heading', level: 1, text: 'Fuentes' });
    drawBlock(doc, { kind: 'bullets', items: r.sources });
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555555')
      .text(
        `${r.footer ?? r.title} · página ${i + 1} de ${range.count}`,
        doc.page.margins.left,
        doc.page.height - 15 * MM,
        {
          width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
          align: 'center',
        },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
