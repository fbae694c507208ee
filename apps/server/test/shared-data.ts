import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The public data the tests read: ../shared/data next to this repository (see CONTRIBUTING.md). */
const SHARED_DATA = new URL('../../../../shared/data/', import.meta.url);

/**
 * The absolute path of `relativePath` inside ../shared/data; fails with a clear message naming the
 * missing path (instead of an fs stack trace) when it is not there. Tests never skip without it.
 */
export function requireSharedData(relativePath: string): string {
  const path = fileURLToPath(new URL(relativePath, SHARED_DATA));
  if (!existsSync(path)) {
    throw new Error(
      `Falta el dato compartido «${path}»: las pruebas leen los datos públicos de ../shared/data (vea CONTRIBUTING.md).`,
    );
  }
  return path;
}
