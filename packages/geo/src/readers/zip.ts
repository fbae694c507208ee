import { type UnzipFileInfo, unzipSync } from 'fflate';

import { LAYER_LIMITS } from './limits';
import { LayerReadError } from './types';

const MB = 1024 * 1024;

/** Why an entry's name may not be extracted (zip slip), or null. */
function nameProblem(name: string): string | null {
  const parts = name.split(/[\\/]/);
  if (
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[A-Za-z]:/.test(name) ||
    parts.includes('..') ||
    name.includes('\0')
  ) {
    return `El ZIP contiene una ruta no permitida: «${name}».`;
  }
  return null;
}

/** Checks one central-directory entry against the limits; adds its expanded size to the total. */
class ZipGuard {
  private entries = 0;
  private expanded = 0;
  private readonly seen = new Set<string>();

  check(file: UnzipFileInfo): void {
    this.entries += 1;
    if (this.entries > LAYER_LIMITS.maxZipEntries) {
      throw new LayerReadError(
        `El ZIP tiene más de ${LAYER_LIMITS.maxZipEntries} archivos; no se procesa.`,
      );
    }
    const problem = nameProblem(file.name);
    if (problem !== null) throw new LayerReadError(problem);
    if (this.seen.has(file.name))
      throw new LayerReadError(`El ZIP repite el archivo «${file.name}».`);
    this.seen.add(file.name);
    const ratio = file.originalSize / Math.max(file.size, 1);
    if (file.originalSize > 0 && ratio > LAYER_LIMITS.maxZipRatio) {
      throw new LayerReadError(
        `El ZIP parece una bomba de compresión («${file.name}» se expande más de ${LAYER_LIMITS.maxZipRatio} veces).`,
      );
    }
    this.expanded += file.originalSize;
    if (this.expanded > LAYER_LIMITS.maxZipExpandedBytes) {
      throw new LayerReadError(
        `El contenido del ZIP supera ${LAYER_LIMITS.maxZipExpandedBytes / MB} MB al descomprimirse.`,
      );
    }
  }
}

/**
 * The entries of a ZIP for which `wanted(name)` holds, after checking every entry of the central
 * directory against LAYER_LIMITS (entries, expanded size, ratio, `..`, absolute paths). Sizes are
 * checked again after inflating, in case the directory lies.
 */
export function unzipLayer(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Record<string, Uint8Array> {
  const guard = new ZipGuard();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        guard.check(file);
        return wanted(file.name);
      },
    });
  } catch (error) {
    if (error instanceof LayerReadError) throw error;
    throw new LayerReadError('El ZIP está dañado o usa un formato de compresión no admitido.');
  }
  let total = 0;
  for (const [name, content] of Object.entries(files)) {
    total += content.byteLength;
    if (total > LAYER_LIMITS.maxZipExpandedBytes) {
      throw new LayerReadError(
        `El contenido del ZIP supera ${LAYER_LIMITS.maxZipExpandedBytes / MB} MB al descomprimirse («${name}»).`,
      );
    }
  }
  return files;
}
