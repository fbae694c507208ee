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
