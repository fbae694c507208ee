import { UPLOAD_LIMITS } from './upload-limits';

export type ZipInspection =
  { ok: true; names: string[]; uncompressed: number } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 65_557);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function unsafeName(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split(/[\\/]/).includes('..') ||
    name.includes('\0')
  );
}

/**
 * Reads a ZIP's central directory without extracting anything and refuses archives that could
 * hurt the server: zip slip (`../`, absolute paths), symbolic links, duplicate names, too many
 * entries, an expanded size or compression ratio beyond the limits (zip bombs), or ZIP64.
 */
export function inspectZip(bytes: Uint8Array): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, reason: 'El ZIP está dañado: no se encontró su índice.' };
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === 0xffffffff)
    return { ok: false, reason: 'Los ZIP de formato ZIP64 no se admiten.' };
  if (entries > UPLOAD_LIMITS.maxZipEntries)
    return {
      ok: false,
      reason: `El ZIP tiene ${entries} archivos; el máximo es ${UPLOAD_LIMITS.maxZipEntries}.`,
    };
  const names: string[] = [];
  let uncompressed = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL) {
      return { ok: false, reason: 'El ZIP está dañado: su índice no es válido.' };
    }
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const externalAttributes = view.getUint32(offset + 38, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (unsafeName(name))
      return { ok: false, reason: `El ZIP contiene una ruta no permitida: «${name}».` };
    // Unix mode in the high 16 bits: 0o120000 marks a symbolic link.
    if (((externalAttributes >>> 16) & 0o170000) === 0o120000)
      return { ok: false, reason: `El ZIP contiene un enlace simbólico: «${name}».` };
    if (names.includes(name)) return { ok: false, reason: `El ZIP repite el archivo «${name}».` };
    if (size > 0 && size / Math.max(compressedSize, 1) > UPLOAD_LIMITS.maxCompressionRatio) {
      return {
        ok: false,
        reason: `El ZIP parece una bomba de compresión («${name}» se expande más de ${UPLOAD_LIMITS.maxCompressionRatio} veces).`,
      };
    }
    uncompressed += size;
    if (uncompressed > UPLOAD_LIMITS.maxUncompressedBytes) {
      return { ok: false, reason: 'El contenido del ZIP supera 200 MB al descomprimirse.' };
    }
    names.push(name);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, names, uncompressed };
}
