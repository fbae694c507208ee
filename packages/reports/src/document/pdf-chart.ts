import type { Block } from './model';

type Pdf = PDFKit.PDFDocument;
type ChartBlock = Extract<Block, { kind: 'chart' }>;

const HEIGHT = 150;
const fmt = (n: number) => n.toLocaleString('es-CO', { maximumFractionDigits: 1 });

/** A bar or line chart drawn as vector graphics, with axis labels, values and an optional target. */
export function drawChart(doc: Pdf, b: ChartBlock) {
  const left = doc.page.margins.left + 36;
  const width = doc.page.width - doc.page.margins.right - left;
  if (doc.y + HEIGHT + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc
    .font('bold')
    .fontSize(9.5)
    .fillColor('#111111')
    .text(`${b.title} (${b.unit})`, doc.page.margins.left);
  const top = doc.y + 6;
  const known = b.values.filter((v): v is number => v !== null);
  const highest = Math.max(0, ...known, b.target ?? 0) || 1;
  // Headroom above the highest value, so its label stays inside the chart.
  const max = highest * 1.12;
  const min = Math.min(0, ...known);
  const y = (v: number) => top + HEIGHT - ((v - min) / (max - min || 1)) * HEIGHT;
  doc
    .lineWidth(0.5)
    .strokeColor('#777777')
    .moveTo(left, top)
    .lineTo(left, top + HEIGHT)
    .lineTo(left + width, top + HEIGHT)
    .stroke();
  doc.font('regular').fontSize(7).fillColor('#333333');
  doc.text(fmt(highest), doc.page.margins.left, y(highest) - 4, { width: 32, align: 'right' });
  doc.text(fmt(min), doc.page.margins.left, y(min) - 4, { width: 32, align: 'right' });
  const step = width / Math.max(1, b.categories.length);
  const points: [number, number][] = [];
  b.values.forEach((v, i) => {
    const cx = left + step * i + step / 2;
    doc
      .font('regular')
      .fontSize(6.5)
      .fillColor('#333333')
      .text(b.categories[i] ?? '', cx - step / 2, top + HEIGHT + 3, {
        width: step,
        align: 'center',
      });
    if (v === null) return;
    if (b.chart === 'bar') {
      const barWidth = Math.min(28, step * 0.7);
      doc
        .rect(cx - barWidth / 2, y(Math.max(v, 0)), barWidth, Math.abs(y(v) - y(0)))
        .fill('#0b4a6f');
    } else points.push([cx, y(v)]);
    doc
      .font('regular')
      .fontSize(6.5)
      .fillColor('#111111')
      .text(fmt(v), cx - step / 2, y(v) - 10, { width: step, align: 'center' });
  });
  if (points.length > 0) {
    doc.lineWidth(1.5).strokeColor('#0b4a6f');
    points.forEach(([px, py], i) => (i === 0 ? doc.moveTo(px, py) : doc.lineTo(px, py)));
    doc.stroke();
    for (const [px, py] of points) doc.circle(px, py, 2).fill('#0b4a6f');
  }
  if (b.target !== undefined) {
    doc
      .lineWidth(1)
      .strokeColor('#1e6b35')
      .dash(4, { space: 3 })
      .moveTo(left, y(b.target))
      .lineTo(left + width, y(b.target))
      .stroke()
      .undash();
    doc
      .font('regular')
      .fontSize(7)
      .fillColor('#1e6b35')
      .text(`Meta: ${fmt(b.target)}`, left + width - 80, y(b.target) - 10, {
        width: 80,
        align: 'right',
      });
  }
  doc.fillColor('#111111');
  doc.x = doc.page.margins.left;
  doc.y = top + HEIGHT + 24;
}
