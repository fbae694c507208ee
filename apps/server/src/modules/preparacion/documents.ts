import type { Citation, PetitionLetter, TermsOfReference } from '@ruta-pot/domain';
import { citeText, formatSpanish, parseIsoDate } from '@ruta-pot/domain';
import type { Block, ReportDocument } from '@ruta-pot/reports';
import { h, p, renderDocx, renderPdf } from '@ruta-pot/reports';

export type DocumentFormat = 'docx' | 'pdf';

const sourceLines = (citations: readonly Citation[]) =>
  [...new Set(citations.map((c) => `${citeText(c)}${c.url ? ` — ${c.url}` : ''}`))].sort();

/** The terms of reference as a report document (every block of the domain content, in order). */
export function torDocument(
  tor: TermsOfReference,
  meta: { municipio: string; fecha: string },
): ReportDocument {
  const blocks: Block[] = tor.blocks.map((b): Block => {
    if (b.kind === 'heading') return h(b.level, b.text);
    if (b.kind === 'paragraph') return p(b.text);
    if (b.kind === 'list') return { kind: 'bullets', items: b.items };
    const products = b.header[0] === 'Producto';
    return {
      kind: 'table',
      columns: b.header,
      rows: b.rows,
      ...(products
        ? { widths: [3, 1.4, 2.2, 1.8, 3], caption: 'Productos exigidos por la ley' }
        : {}),
    };
  });
  return {
    title: tor.title,
    subtitle: tor.subtitle,
    municipality: meta.municipio,
    date: formatSpanish(parseIsoDate(meta.fecha)),
    author: 'Administración municipal — generado con Ruta POT',
    footer: `${tor.title}: ${tor.subtitle}`,
    blocks,
    sources: sourceLines(tor.products.flatMap((x) => x.citations)),
  };
}

/** A derecho de petición letter as a report document. */
export function petitionDocument(
  letter: PetitionLetter,
  meta: { municipio: string; fecha: string; radicado: string | null; vence: string | null },
): ReportDocument {
  const blocks: Block[] = [
    p([{ text: 'Señores: ', bold: true }, { text: letter.addressee }]),
    p([{ text: 'Asunto: ', bold: true }, { text: letter.subject }]),
    ...(meta.radicado
      ? [
          p(
            `Radicado: ${meta.radicado}.${meta.vence ? ` Vence: ${formatSpanish(parseIsoDate(meta.vence))}.` : ''}`,
          ),
        ]
      : []),
    ...letter.paragraphs.map((text) => p(text)),
    h(2, 'Lo que se solicita'),
    { kind: 'bullets', items: letter.requested },
    p(letter.termText),
    h(2, 'Fundamento legal'),
    ...letter.legalBasis.map((c): Block => ({
      kind: 'citation',
      norm: c.norm,
      article: c.article,
      ...(c.url ? { url: c.url } : {}),
      ...(c.note ? { note: c.note } : {}),
    })),
    p('Atentamente,'),
    p([{ text: `Alcaldía de ${meta.municipio} — Oficina de planeación`, bold: true }]),
  ];
  return {
    title: 'Derecho de petición',
    subtitle: letter.subject,
    municipality: meta.municipio,
    date: formatSpanish(parseIsoDate(meta.fecha)),
    author: `Alcaldía de ${meta.municipio}`,
    footer: 'Derecho de petición (Ley 1437 de 2011, sustituida por la Ley 1755 de 2015)',
    blocks,
    sources: sourceLines(letter.legalBasis),
  };
}

/** Renders a report document in the requested format. */
export function render(doc: ReportDocument, format: DocumentFormat): Promise<Uint8Array> {
  return format === 'docx' ? renderDocx(doc) : renderPdf(doc);
}

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
