import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import type { Block, CellValue, ReportDocument } from './model';
import { cellText } from './model';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
/** A4 text width at 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 9026;
const MM_TO_PX = 96 / 25.4;

function cell(value: CellValue, opts: { header: boolean; right: boolean; width: number }) {
  return new TableCell({
    borders: BORDERS,
    width: { size: opts.width, type: WidthType.DXA },
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, fill: 'E8EEF3', color: 'auto' } } : {}),
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({
            text: cellText(value),
            bold: opts.header,
            italics: value === null,
            size: 18,
          }),
        ],
      }),
    ],
  });
}

function table(b: Extract<Block, { kind: 'table' }>) {
  const weights = b.widths ?? b.columns.map(() => 1);
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.round((w / total) * TEXT_WIDTH_TWIPS));
  const numeric = new Set(b.numeric ?? []);
  const row = (values: readonly CellValue[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: values.map((v, i) =>
        cell(v, { header, right: !header && numeric.has(i), width: widths[i] ?? 1000 }),
      ),
    });
  const out: (Paragraph | Table)[] = [];
  if (b.caption)
    out.push(
      new Paragraph({ keepNext: true, children: [new TextRun({ text: b.caption, bold: true })] }),
    );
  out.push(
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      rows: [row(b.columns, true), ...b.rows.map((r) => row(r, false))],
    }),
    new Paragraph({}),
  );
  return out;
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[b.level],
          keepNext: true,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: b.runs.map(
            (r) => new TextRun({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false }),
          ),
        }),
      ];
    case 'bullets':
      return b.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }),
      );
    case 'table':
      return table(b);
    case 'image':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: b.png,
              transformation: { width: b.widthMm * MM_TO_PX, height: b.heightMm * MM_TO_PX },
            }),
          ],
        }),
        ...(b.caption
          ? [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: b.caption, italics: true, size: 18 })],
              }),
            ]
          : []),
      ];
    case 'chart':
      // Word has no chart we can write without a spreadsheet part: the DOCX carries the chart's
      // data as a table (editable), the PDF draws it.
      return table({
        kind: 'table',
        caption: `${b.title} (${b.unit})`,
        columns: ['', b.unit],
        rows: b.categories.map((c, i) => [c, b.values[i] ?? null]),
        numeric: [1],
      });
    case 'citation':
      return [
        new Paragraph({
          children: [
            new TextRun({ text: `${b.norm}, art. ${b.article}`, bold: true, size: 18 }),
            ...(b.note ? [new TextRun({ text: `. ${b.note}`, size: 18 })] : []),
            ...(b.url ? [new TextRun({ text: ` (${b.url})`, size: 16, color: '555555' })] : []),
          ],
        }),
      ];
    case 'note':
      return [
        new Paragraph({
          children: [new TextRun({ text: b.text, italics: true, size: 18, color: '444444' })],
        }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function titlePage(doc: ReportDocument): Paragraph[] {
  const line = (text: string | undefined, size: number, bold = false) =>
    text
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text, size, bold })],
          }),
        ]
      : [];
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    ...line(doc.title, 40, true),
    ...line(doc.subtitle, 28),
    ...line(doc.municipality, 28, true),
    ...line(doc.author, 22),
    ...line(doc.date, 22),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The report as an editable Word document (DOCX, Office Open XML). */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const sources = doc.sources?.length
    ? [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Fuentes')] }),
        ...doc.sources.map(
          (s) =>
            new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: s, size: 18 })] }),
        ),
      ]
    : [];
  const document = new Document({
    creator: doc.author ?? 'Ruta POT',
    title: doc.title,
    description: doc.subtitle ?? doc.title,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: `${doc.footer ?? doc.title} · página `,
                    size: 16,
                    color: '555555',
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '555555' }),
                ],
              }),
            ],
          }),
        },
        children: [...titlePage(doc), ...doc.blocks.flatMap(block), ...sources],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
