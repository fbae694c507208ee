/**
 * @ruta-pot/reports — document generators: a report is built as data (`ReportDocument`, see
 * document/model.ts) and rendered as an editable DOCX and a PDF. No database, no clock.
 */
export { renderDocx } from './document/docx';
export type { PdfFonts } from './document/fonts';
export { defaultFonts } from './document/fonts';
export type { Block, CellValue, ReportDocument, TextRun } from './document/model';
export { cellText, h, MISSING, p } from './document/model';
export { renderPdf } from './document/pdf';
export type { MapFigure, MapSection, MapShape, MapSymbol } from './map/map-figure';
export { MAP_HEIGHT_MM, MAP_WIDTH_MM, mapPng, mapSvg, niceLength } from './map/map-figure';
