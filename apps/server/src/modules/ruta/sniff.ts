import { inspectZip } from './zip-inspect';

/** What an uploaded file really is, decided from its bytes, never from its name. */
export type SniffedType =
  | {
      ok: true;
      mime: string;
      kind: 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg' | 'tiff' | 'gpkg' | 'geojson' | 'zip';
    }
  | { ok: false; reason: string };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((b, i) => bytes[offset + i] === b);

function looksLikeGeoJson(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return (
    head.startsWith('{') &&
    /"type"\s*:\s*"(FeatureCollection|Feature|Polygon|MultiPolygon|Point|LineString)"/.test(head)
  );
}

/**
 * Identifies PDF, Office Open XML (DOCX/XLSX), images, GeoPackage, GeoJSON and ZIP archives of
 * layers by their signatures. Anything else (executables, HTML, scripts) is refused, and ZIP
 * archives must pass the bomb and path checks of {@link inspectZip}.
 */
export function sniffUpload(bytes: Uint8Array): SniffedType {
  if (bytes.length === 0) return { ok: false, reason: 'El archivo está vacío.' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { ok: true, mime: 'application/pdf', kind: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, mime: 'image/png', kind: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mime: 'image/jpeg', kind: 'jpeg' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { ok: true, mime: 'image/tiff', kind: 'tiff' };
  }
  if (startsWith(bytes, [...new TextEncoder().encode('SQLite format 3'), 0])) {
    return { ok: true, mime: 'application/geopackage+sqlite3', kind: 'gpkg' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const zip = inspectZip(bytes);
    if (!zip.ok) return zip;
    // Office documents with macros (docm/xlsm, or a vbaProject part in any OOXML): code that runs
    // when a colleague opens the evidence has no place in the expediente (issue 12).
    if (zip.names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /(^|\/)vbaData\.xml$/i.test(n)))
      return {
        ok: false,
        reason:
          'El documento contiene macros y no se acepta. Guárdelo sin macros (.docx o .xlsx) o como PDF y vuelva a cargarlo.',
      };
    if (zip.names.includes('[Content_Types].xml') && zip.names.some((n) => n.startsWith('word/'))) {
      return {
        ok: true,
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        kind: 'docx',
      };
    }
    if (zip.names.includes('[Content_Types].xml') && zip.names.some((n) => n.startsWith('xl/'))) {
      return {
        ok: true,
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        kind: 'xlsx',
      };
    }
    return { ok: true, mime: 'application/zip', kind: 'zip' };
  }
  if (looksLikeGeoJson(bytes)) return { ok: true, mime: 'application/geo+json', kind: 'geojson' };
  return {
    ok: false,
    reason:
      'Tipo de archivo no admitido. Se aceptan PDF, DOCX, XLSX, imágenes (PNG, JPEG, TIFF), GeoJSON, GeoPackage o capas comprimidas en ZIP.',
  };
}

/** File extensions a name may carry for each type; the first is the one written when it does not. */
const EXTENSIONS: Record<Extract<SniffedType, { ok: true }>['kind'], readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  tiff: ['tif', 'tiff'],
  gpkg: ['gpkg'],
  geojson: ['geojson', 'json'],
  zip: ['zip'],
};

/**
 * The stored display name of an upload: no path, no control or bidirectional-format characters
 * (U+202E can make «gpj.exe» read «exe.jpg»), and an extension that matches what the bytes are:
 * a «foto.exe» that is a PNG is stored as «foto.png», a name without extension gets one.
 */
export function storedFileName(
  name: string,
  kind: Extract<SniffedType, { ok: true }>['kind'],
): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}\p{Cf}"<>|:*?]/gu, '')
    .trim()
    .slice(0, 200);
  const allowed = EXTENSIONS[kind];
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim() || 'archivo';
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return allowed.includes(ext) ? `${stem}.${ext}` : `${stem}.${allowed[0]}`;
}
