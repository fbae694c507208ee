import { readFile } from 'node:fs/promises';

import { ImportError } from './import-error';

/** Largest source accepted: DIVIPOLA is ~100 KB and population ~1 MB; 50 MB leaves room. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Reads an import source: a local file, or an http(s) URL that is downloaded (how a user with
 * internet gets the official list, e.g. datos.gov.co gdxc-w37w as CSV).
 */
export async function readSource(
  pathOrUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(pathOrUrl)) {
    let response: Response;
    try {
      response = await fetchImpl(pathOrUrl, {
        signal: AbortSignal.timeout(60_000),
        redirect: 'follow',
      });
    } catch (error) {
      throw new ImportError(
        `No se pudo descargar «${pathOrUrl}»: ${(error as Error).message}. Revise la conexión o descargue el archivo y páselo como ruta.`,
      );
    }
    if (!response.ok)
      throw new ImportError(`La descarga de «${pathOrUrl}» respondió ${response.status}.`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new ImportError('El archivo descargado supera 50 MB.');
    return bytes;
  }
  try {
    const bytes = await readFile(pathOrUrl);
    if (bytes.length > MAX_BYTES) throw new ImportError('El archivo supera 50 MB.');
    return new Uint8Array(bytes);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `No se pudo leer el archivo «${pathOrUrl}»: no existe o no se puede abrir.`,
    );
  }
}
