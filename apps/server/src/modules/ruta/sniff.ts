import { fileTypeFromBuffer } from 'file-type';

import { inspectZip } from './zip-inspect';

/** What an uploaded file really is, decided from its bytes, never from its name. */
export type SniffedType =
  | {
      ok: true;
      mime: string;
      kind: 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg' | 'tiff' | 'gpkg' | 'geojson' | 'zip';
    }
  | { ok: false; reason: string };

/** OOXML formats that carry macros by definition (file-type reads their content types). */
const MACRO_FORMATS = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm', 'xlam']);
const ZIP_FORMATS = new Set(['zip', 'docx', 'xlsx', 'pptx', ...MACRO_FORMATS]);

const MACROS: SniffedType = {
  ok: false,
  reason:
    'El documento contiene macros y no se acepta. Guárdelo sin macros (.docx o .xlsx) o como PDF y vuelva a cargarlo.',
};
const UNSUPPORTED: SniffedType = {
  ok: false,
  reason:
    'Tipo de archivo no admitido. Se aceptan PDF, DOCX, XLSX, imágenes (PNG, JPEG, TIFF), GeoJSON, GeoPackage o capas comprimidas en ZIP.',
};

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

/** A legacy Office file (OLE compound document) whose VBA project storage is present. */
const oleHasMacros = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from('_VBA_PROJECT', 'utf16le'),
  );

/** Classifies an archive the bomb and path checks accepted: Office document or layers. */
function classifyZip(names: string[]): SniffedType {
  // Office documents with macros (a vbaProject part in any OOXML): code that runs when a
  // colleague opens the evidence has no place in the expediente (issue 12).
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /(^|\/)vbaData\.xml$/i.test(n)))
    return MACROS;
  const office = names.includes('[Content_Types].xml');
  if (office && names.some((n) => n.startsWith('word/')))
    return {
      ok: true,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      kind: 'docx',
    };
  if (office && names.some((n) => n.startsWith('xl/')))
    return {
      ok: true,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      kind: 'xlsx',
    };
  return { ok: true, mime: 'application/zip', kind: 'zip' };
}

const SIMPLE: Record<string, Extract<SniffedType, { ok: true }>> = {
  pdf: { ok: true, mime: 'application/pdf', kind: 'pdf' },
  png: { ok: true, mime: 'image/png', kind: 'png' },
  jpg: { ok: true, mime: 'image/jpeg', kind: 'jpeg' },
  tif: { ok: true, mime: 'image/tiff', kind: 'tiff' },
  sqlite: { ok: true, mime: 'application/geopackage+sqlite3', kind: 'gpkg' },
};

/**
 * Identifies PDF, Office Open XML (DOCX/XLSX), images, GeoPackage, GeoJSON and ZIP archives of
 * layers by their bytes with `file-type`. Anything else (executables, HTML, scripts, legacy
 * Office) is refused; ZIP archives must pass the bomb and path checks of {@link inspectZip}, and
 * documents with macros are refused (issue 12).
 */
export async function sniffUpload(bytes: Uint8Array): Promise<SniffedType> {
  if (bytes.length === 0) return { ok: false, reason: 'El archivo está vacío.' };
  const found = await fileTypeFromBuffer(bytes);
  const ext = found?.ext ?? '';
  if (SIMPLE[ext]) return SIMPLE[ext];
  if (ext === 'cfb')
    return oleHasMacros(bytes)
      ? MACROS
      : {
          ok: false,
          reason:
            'Los formatos antiguos de Office (.doc, .xls) no se admiten. Guárdelo como .docx, .xlsx o PDF y vuelva a cargarlo.',
        };
  if (ZIP_FORMATS.has(ext)) {
    const zip = await inspectZip(bytes);
    if (!zip.ok) return zip;
    return MACRO_FORMATS.has(ext) ? MACROS : classifyZip(zip.names);
  }
  if (!found && looksLikeGeoJson(bytes))
    return { ok: true, mime: 'application/geo+json', kind: 'geojson' };
  return UNSUPPORTED;
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
