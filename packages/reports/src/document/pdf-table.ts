import type { Block } from './model';
import { cellText } from './model';

type Pdf = PDFKit.PDFDocument;
type TableBlock = Extract<Block, { kind: 'table' }>;

const PAD = 3;
const SIZE = 8.5;

function rowHeight(doc: Pdf, cells: readonly string[], widths: readonly number[]) {
  return (
    Math.max(
      ...cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 50) - 2 * PAD })),
    ) +
    2 * PAD
  );
}

function drawRow(
  doc: Pdf,
  input: {
    cells: readonly string[];
    widths: readonly number[];
    header: boolean;
    numeric: Set<number>;
    height: number;
  },
) {
  const { cells, widths, header, numeric, height } = input;
  let x = doc.page.margins.left;
  const y = doc.y;
  cells.forEach((text, i) => {
    const w = widths[i] ?? 50;
    if (header) doc.rect(x, y, w, height).fillAndStroke('#e8eef3', '#999999');
    else doc.rect(x, y, w, height).stroke('#999999');
    doc
      .fillColor(text === 'sin dato' && !header ? '#666666' : '#111111')
      .font(header ? 'bold' : text === 'sin dato' ? 'italic' : 'regular')
      .fontSize(SIZE)
      .text(text, x + PAD, y + PAD, {
        width: w - 2 * PAD,
        align: !header && numeric.has(i) ? 'right' : 'left',
      });
    x += w;
  });
  doc.x = doc.page.margins.left;
  doc.y = y + height;
}

/** A table that breaks across pages, repeating its header row on each new page. */
export function drawTable(doc: Pdf, b: TableBlock) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const weights = b.widths ?? b.columns.map(() => 1);
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => (w / total) * width);
  const numeric = new Set(b.numeric ?? []);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  if (b.caption) {
    if (doc.y + 40 > bottom()) doc.addPage();
    doc.font('bold').fontSize(9.5).fillColor('#111111').text(b.caption, { width });
    doc.moveDown(0.2);
  }
  doc.font('bold').fontSize(SIZE);
  const headerHeight = rowHeight(doc, b.columns, widths);
  if (doc.y + headerHeight * 2 > bottom()) doc.addPage();
  drawRow(doc, { cells: b.columns, widths, header: true, numeric, height: headerHeight });
  for (const row of b.rows) {
    const cells = row.map(cellText);
    doc.font('regular').fontSize(SIZE);
    const height = rowHeight(doc, cells, widths);
    if (doc.y + height > bottom()) {
      doc.addPage();
      drawRow(doc, { cells: b.columns, widths, header: true, numeric, height: headerHeight });
    }
    drawRow(doc, { cells, widths, header: false, numeric, height });
  }
  doc.moveDown(0.8);
}
