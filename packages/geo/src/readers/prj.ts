/**
 * WKT (a Shapefile's .prj, a GeoPackage's srs definition) → EPSG code for the systems Ruta POT
 * supports. Projected systems are matched by their Transverse Mercator parameters, not by name,
 * because ESRI, GDAL and QGIS write different names for the same system.
 */
type WktValue = string | number | WktNode;
interface WktNode {
  keyword: string;
  children: WktValue[];
}

export interface PrjMatch {
  /** The EPSG code, or null when the system is not recognised. */
  epsg: number | null;
  /** The WKT's own name (PROJCS/GEOGCS…), kept for the error message. */
  name: string | null;
}

class WktParser {
  private index = 0;
  constructor(private readonly text: string) {}

  parse(): WktNode | null {
    const value = this.value();
    return typeof value === 'object' ? value : null;
  }

  private skipSpace(): void {
    while (/\s/.test(this.text[this.index] ?? '')) this.index += 1;
  }

  private value(): WktValue {
    this.skipSpace();
    const char = this.text[this.index];
    if (char === '"') return this.string();
    const match = /^[A-Za-z_][A-Za-z0-9_]*|^[-+]?[0-9.]+(?:[eE][-+]?\d+)?/.exec(
      this.text.slice(this.index, this.index + 64),
    );
    if (match === null) throw new Error('WKT mal formado');
    this.index += match[0].length;
    if (/^[-+0-9.]/.test(match[0])) return Number(match[0]);
    this.skipSpace();
    const open = this.text[this.index];
    if (open !== '[' && open !== '(') return match[0];
    this.index += 1;
    const children: WktValue[] = [];
    for (;;) {
      children.push(this.value());
      this.skipSpace();
      const next = this.text[this.index];
      this.index += 1;
      if (next === ']' || next === ')') return { keyword: match[0].toUpperCase(), children };
      if (next !== ',') throw new Error('WKT mal formado');
    }
  }

  private string(): string {
    let result = '';
    this.index += 1;
    while (this.index < this.text.length) {
      const char = this.text[this.index] ?? '';
      this.index += 1;
      if (char !== '"') result += char;
      else if (this.text[this.index] === '"') {
        result += '"';
        this.index += 1;
      } else return result;
    }
    throw new Error('WKT mal formado');
  }
}

const nodes = (node: WktNode): WktNode[] =>
  node.children.filter((child): child is WktNode => typeof child === 'object');
const child = (node: WktNode, ...keywords: string[]): WktNode | undefined =>
  nodes(node).find((item) => keywords.includes(item.keyword));
const nameOf = (node: WktNode | undefined): string | null =>
  typeof node?.children[0] === 'string' ? node.children[0] : null;
const text = (value: WktValue | undefined): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const normalise = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** All the names inside a subtree (datum, ellipsoid, …), for matching the datum. */
function allNames(node: WktNode | undefined): string {
  if (node === undefined) return '';
  return [nameOf(node) ?? '', ...nodes(node).map(allNames)].join(' ');
}

function authorityCode(node: WktNode): number | null {
  const authority = child(node, 'AUTHORITY', 'ID');
  if (authority === undefined || text(authority.children[0]).toUpperCase() !== 'EPSG') return null;
  const code = Number(authority.children[1]);
  return Number.isInteger(code) ? code : null;
}

const PARAMETER_ALIASES: Record<string, string> = {
  centralmeridian: 'lon0',
  longitudeofnaturalorigin: 'lon0',
  longitudeoforigin: 'lon0',
  latitudeoforigin: 'lat0',
  latitudeofnaturalorigin: 'lat0',
  falseeasting: 'x0',
  falsenorthing: 'y0',
  scalefactor: 'k0',
  scalefactoratnaturalorigin: 'k0',
};

function parameters(node: WktNode): Record<string, number> {
  const result: Record<string, number> = {};
  const conversion = child(node, 'CONVERSION');
  for (const item of [...nodes(node), ...(conversion ? nodes(conversion) : [])]) {
    if (item.keyword !== 'PARAMETER') continue;
    const key = PARAMETER_ALIASES[normalise(text(item.children[0]))];
    const value = item.children[1];
    if (key !== undefined && typeof value === 'number') result[key] = value;
  }
  return result;
}

interface TmDefinition {
  epsg: number;
  lon0: number;
  lat0: number;
  k0: number;
  x0: number;
  y0: number;
}

const GAUSS_KRUGER = (epsg: number, lon0: number): TmDefinition => ({
  epsg,
  lon0,
  lat0: 4.596200416666666,
  k0: 1,
  x0: 1_000_000,
  y0: 1_000_000,
});

/** MAGNA-SIRGAS Gauss-Krüger origins (EPSG 3114–3118) and CTM12 / Origen-Nacional (EPSG 9377). */
const TRANSVERSE_MERCATOR: TmDefinition[] = [
  GAUSS_KRUGER(3114, -80.07750791666666), // Colombia Far West zone
  GAUSS_KRUGER(3115, -77.07750791666666), // Colombia West zone
  GAUSS_KRUGER(3116, -74.07750791666666), // Colombia Bogota zone
  GAUSS_KRUGER(3117, -71.07750791666666), // Colombia East Central zone
  GAUSS_KRUGER(3118, -68.07750791666666), // Colombia East zone
  { epsg: 9377, lon0: -73, lat0: 4, k0: 0.9992, x0: 5_000_000, y0: 2_000_000 },
];

function matchesTm(found: Record<string, number>, definition: TmDefinition): boolean {
  const near = (key: keyof TmDefinition, tolerance: number): boolean =>
    Math.abs((found[key] ?? (key === 'k0' ? 1 : Number.NaN)) - definition[key]) <= tolerance;
  return (
    near('lon0', 1e-6) &&
    near('lat0', 1e-6) &&
    near('k0', 1e-7) &&
    near('x0', 0.01) &&
    near('y0', 0.01)
  );
}

const MAGNA = /magna|marco.?geoc|sirgas/i;
const WGS84 = /wgs.?(19)?84/i;

function projectedEpsg(node: WktNode): number | null {
  const method = `${nameOf(child(node, 'PROJECTION')) ?? ''} ${allNames(child(node, 'CONVERSION'))}`;
  const datum = allNames(child(node, 'GEOGCS', 'BASEGEOGCRS', 'BASEGEODCRS'));
  if (!/transverse|gauss/i.test(method) || !MAGNA.test(datum)) return null;
  const found = parameters(node);
  return TRANSVERSE_MERCATOR.find((definition) => matchesTm(found, definition))?.epsg ?? null;
}

function geographicEpsg(node: WktNode): number | null {
  const datum = allNames(node);
  if (MAGNA.test(datum) && !/2018/.test(datum)) return 4686;
  if (WGS84.test(datum)) return 4326;
  return null;
}

/** The EPSG code of a WKT1 (OGC or ESRI) or WKT2 definition; `epsg` null when unknown. */
export function epsgFromPrj(wkt: string): PrjMatch {
  let root: WktNode | null;
  try {
    root = new WktParser(wkt.trim()).parse();
  } catch {
    return { epsg: null, name: null };
  }
  if (root === null) return { epsg: null, name: null };
  if (root.keyword === 'COMPD_CS' || root.keyword === 'COMPOUNDCRS') {
    root = nodes(root)[0] ?? root;
  }
  const name = nameOf(root);
  const projected = ['PROJCS', 'PROJCRS', 'PROJECTEDCRS'].includes(root.keyword);
  const geographic = ['GEOGCS', 'GEOGCRS', 'GEODCRS', 'GEOGRAPHICCRS'].includes(root.keyword);
  const byDefinition = projected ? projectedEpsg(root) : geographic ? geographicEpsg(root) : null;
  return { epsg: byDefinition ?? authorityCode(root), name };
}
