import yauzl from 'yauzl';

import { UPLOAD_LIMITS } from './upload-limits';

export type ZipInspection =
  { ok: true; names: string[]; uncompressed: number } | { ok: false; reason: string };

interface ZipEntry {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
  externalFileAttributes: number;
}

const refuse = (reason: string): ZipInspection => ({ ok: false, reason });

/** yauzl's own refusals of a name (absolute, `..`, drive letters), worded for the office. */
function describeYauzlError(error: Error): string {
  const message = error.message;
  if (/absolute path|invalid relative path|invalid characters/i.test(message)) {
    const name = /: (.*)$/.exec(message)?.[1] ?? '';
    return `El ZIP contiene una ruta no permitida: «${name}».`;
  }
  if (/zip64/i.test(message)) return 'Los ZIP de formato ZIP64 no se admiten.';
  return 'El ZIP está dañado: su índice no es válido.';
}

/** The project's rules over one entry of the central directory; null when it passes. */
function entryProblem(entry: ZipEntry, seen: Set<string>): string | null {
  const name = entry.fileName;
  if (name.startsWith('\\') || name.split(/[\\/]/).includes('..') || name.includes('\0'))
    return `El ZIP contiene una ruta no permitida: «${name}».`;
  // Unix mode in the high 16 bits: 0o120000 marks a symbolic link.
  if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000)
    return `El ZIP contiene un enlace simbólico: «${name}».`;
  if (seen.has(name)) return `El ZIP repite el archivo «${name}».`;
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > 0 && ratio > UPLOAD_LIMITS.maxCompressionRatio)
    return `El ZIP parece una bomba de compresión («${name}» se expande más de ${UPLOAD_LIMITS.maxCompressionRatio} veces).`;
  return null;
}

/**
 * Reads a ZIP's central directory with yauzl, extracting nothing, and refuses archives that could
 * hurt the server: zip slip (`../`, absolute paths), symbolic links, duplicate names, too many
 * entries, an expanded size or compression ratio beyond the limits (zip bombs).
 */
export function inspectZip(bytes: Uint8Array): Promise<ZipInspection> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: true }, (error, zip) => {
      if (error || !zip) return resolve(refuse(damaged(error)));
      if (zip.entryCount > UPLOAD_LIMITS.maxZipEntries)
        return resolve(
          refuse(
            `El ZIP tiene ${zip.entryCount} archivos; el máximo es ${UPLOAD_LIMITS.maxZipEntries}.`,
          ),
        );
      const names: string[] = [];
      const seen = new Set<string>();
      let uncompressed = 0;
      const stop = (result: ZipInspection) => {
        zip.close();
        resolve(result);
      };
      zip.on('error', (e: Error) => stop(refuse(describeYauzlError(e))));
      zip.on('end', () => resolve({ ok: true, names, uncompressed }));
      zip.on('entry', (entry: ZipEntry) => {
        const problem = entryProblem(entry, seen);
        if (problem) return stop(refuse(problem));
        uncompressed += entry.uncompressedSize;
        if (uncompressed > UPLOAD_LIMITS.maxUncompressedBytes)
          return stop(refuse('El contenido del ZIP supera 200 MB al descomprimirse.'));
        seen.add(entry.fileName);
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.readEntry();
    });
  });
}

function damaged(error: Error | null): string {
  if (error && /central directory|signature/i.test(error.message))
    return 'El ZIP está dañado: no se encontró su índice.';
  return error ? describeYauzlError(error) : 'El ZIP está dañado: no se encontró su índice.';
}
