import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { Resvg } from '@resvg/resvg-js';

/**
 * A printed map of a report (issue 14: the suelo × amenaza report carries a map with legend,
 * scale bar, north arrow and sources). Drawn as SVG from paths in projected metres and
 * rasterised by resvg (Rust, prebuilt npm binary; no browser, no network) with the DejaVu fonts
 * the PDFs embed, so the same PNG goes into the DOCX and the PDF.
 */

/** One symbol of the map: SVG path data in projected metres with y negated (PostGIS ST_AsSVG). */
export interface MapShape {
  d: string;
  /** Legend entry it belongs to. */
  key: string;
}

export interface MapSymbol {
  key: string;
  label: string;
  /** Solid fill, diagonal hatch over what lies below, or outline only. */
  style: 'fill' | 'hatch' | 'outline';
  color: string;
}

export interface MapSection {
  title: string;
  symbols: readonly MapSymbol[];
}

export interface MapFigure {
  /** Window in projected metres: minX, minY, maxX, maxY (north up). */
  extent: readonly [number, number, number, number];
  /** Drawn in order: the first section at the bottom. */
  sections: readonly MapSection[];
  shapes: readonly MapShape[];
  /** The coordinate system, printed under the scale bar. */
  crs: string;
  sources: readonly string[];
}

const WIDTH = 1800;
const HEIGHT = 1200;
const MAP = { x: 20, y: 20, w: 1200, h: 1160 };
const PANEL_X = 1250;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 1, 2 or 5 × 10ⁿ metres, about a quarter of the map's width. */
export function niceLength(metres: number): number {
  const target = metres / 4;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [5, 2, 1].find((s) => s * power <= target) ?? 1;
  return step * power;
}

const lengthText = (m: number) =>
  m >= 1000 ? `${(m / 1000).toLocaleString('es-CO')} km` : `${m.toLocaleString('es-CO')} m`;

/** Long source lines wrapped at about `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function legend(sections: readonly MapSection[]): { svg: string; bottom: number } {
  let y = 60;
  const out: string[] = [
    `<text x="${PANEL_X}" y="${y}" font-size="34" font-weight="bold">Convenciones</text>`,
  ];
  y += 30;
  for (const section of sections) {
    y += 44;
    out.push(
      `<text x="${PANEL_X}" y="${y}" font-size="30" font-weight="bold">${esc(section.title)}</text>`,
    );
    for (const s of section.symbols) {
      y += 44;
      const box = `x="${PANEL_X}" y="${y - 26}" width="48" height="32"`;
      out.push(
        s.style === 'fill'
          ? `<rect ${box} fill="${s.color}" stroke="#555" stroke-width="1.5"/>`
          : s.style === 'hatch'
            ? `<rect ${box} fill="url(#leg-${s.key})" stroke="${s.color}" stroke-width="3"/>`
            : `<rect ${box} fill="none" stroke="${s.color}" stroke-width="4"/>`,
        `<text x="${PANEL_X + 64}" y="${y}" font-size="28">${esc(s.label)}</text>`,
      );
    }
  }
  return { svg: out.join(''), bottom: y };
}

/** The map as an SVG document (1800 × 1200 px). */
export function mapSvg(fig: MapFigure): string {
  const [x0, y0, x1, y1] = fig.extent;
  const scale = Math.min(MAP.w / (x1 - x0), MAP.h / (y1 - y0));
  const ox = MAP.x + (MAP.w - (x1 - x0) * scale) / 2;
  const oy = MAP.y + (MAP.h - (y1 - y0) * scale) / 2;
  const px = (n: number) => n / scale; // pixels → map metres inside the scaled group
  const symbols = fig.sections.flatMap((s) => s.symbols);
  const patterns = symbols
    .filter((s) => s.style === 'hatch')
    .flatMap((s) => [
      `<pattern id="map-${s.key}" patternUnits="userSpaceOnUse" width="${px(14)}" height="${px(14)}" patternTransform="rotate(45)"><rect width="${px(14)}" height="${px(14)}" fill="${s.color}" fill-opacity="0.25"/><line x1="0" y1="0" x2="0" y2="${px(14)}" stroke="${s.color}" stroke-width="${px(5)}"/></pattern>`,
      `<pattern id="leg-${s.key}" patternUnits="userSpaceOnUse" width="14" height="14" patternTransform="rotate(45)"><rect width="14" height="14" fill="${s.color}" fill-opacity="0.25"/><line x1="0" y1="0" x2="0" y2="14" stroke="${s.color}" stroke-width="5"/></pattern>`,
    ]);
  const bySymbol = new Map(symbols.map((s) => [s.key, s]));
  const shapes = fig.shapes.map((shape) => {
    const s = bySymbol.get(shape.key);
    if (!s) return '';
    const paint =
      s.style === 'fill'
        ? `fill="${s.color}" stroke="#777" stroke-width="${px(0.6)}"`
        : s.style === 'hatch'
          ? `fill="url(#map-${s.key})" stroke="${s.color}" stroke-width="${px(1.5)}"`
          : `fill="none" stroke="${s.color}" stroke-width="${px(3)}"`;
    return `<path d="${shape.d}" ${paint} fill-rule="evenodd"/>`;
  });
  // Scale bar, bottom left of the map frame.
  const barM = niceLength(x1 - x0);
  const barPx = barM * scale;
  const bx = MAP.x + 30;
  const by = MAP.y + MAP.h - 60;
  const bar = [
    `<rect x="${bx - 14}" y="${by - 44}" width="${barPx + 150}" height="92" fill="#fff" fill-opacity="0.85"/>`,
    `<rect x="${bx}" y="${by}" width="${barPx / 2}" height="12" fill="#222"/>`,
    `<rect x="${bx + barPx / 2}" y="${by}" width="${barPx / 2}" height="12" fill="#fff" stroke="#222" stroke-width="2"/>`,
    `<text x="${bx}" y="${by - 10}" font-size="22" text-anchor="middle">0</text>`,
    `<text x="${bx + barPx}" y="${by - 10}" font-size="22" text-anchor="middle">${lengthText(barM)}</text>`,
    `<text x="${bx}" y="${by + 38}" font-size="18">${esc(fig.crs)}</text>`,
  ];
  // North arrow, top right of the map frame (grid north; EPSG:9377's convergence is under 1°
  // in the middle of the country, smaller than the arrow's drawing).
  const nx = MAP.x + MAP.w - 60;
  const ny = MAP.y + 40;
  const north = [
    `<polygon points="${nx},${ny} ${nx - 22},${ny + 70} ${nx},${ny + 54} ${nx + 22},${ny + 70}" fill="#222"/>`,
    `<text x="${nx}" y="${ny + 104}" font-size="30" font-weight="bold" text-anchor="middle">N</text>`,
  ];
  const { svg: legendSvg, bottom } = legend(fig.sections);
  let sy = Math.max(bottom + 80, 760);
  const sources = [
    `<text x="${PANEL_X}" y="${sy}" font-size="26" font-weight="bold">Fuentes</text>`,
    ...fig.sources.flatMap((line) =>
      wrap(line, 38).map((l) => {
        sy += 30;
        return `<text x="${PANEL_X}" y="${sy}" font-size="22">${esc(l)}</text>`;
      }),
    ),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans">`,
    `<defs>${patterns.join('')}<clipPath id="marco"><rect x="${MAP.x}" y="${MAP.y}" width="${MAP.w}" height="${MAP.h}"/></clipPath></defs>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<g clip-path="url(#marco)"><g transform="translate(${ox} ${oy}) scale(${scale}) translate(${-x0} ${y1})">${shapes.join('')}</g></g>`,
    `<rect x="${MAP.x}" y="${MAP.y}" width="${MAP.w}" height="${MAP.h}" fill="none" stroke="#333" stroke-width="2"/>`,
    ...bar,
    ...north,
    legendSvg,
    ...sources,
    `</svg>`,
  ].join('');
}

/** Map width on the page; the PNG keeps the SVG's 3:2 proportion. */
export const MAP_WIDTH_MM = 170;
export const MAP_HEIGHT_MM = (MAP_WIDTH_MM * HEIGHT) / WIDTH;

/** The map rasterised to PNG with the reports' own fonts. */
export function mapPng(fig: MapFigure): Uint8Array {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
    'ttf',
  );
  const resvg = new Resvg(mapSvg(fig), {
    font: {
      fontFiles: [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
