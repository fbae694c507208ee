import * as tar from 'tar';

/** One regular file read from a `.tar.gz` bundle. */
export interface BundleFile {
  /** Path inside the archive (long names and pax headers resolved by node-tar). */
  name: string;
  data: Buffer;
}

/**
 * The regular files of a gzipped tar archive for which `wanted(name)` holds, read with node-tar
 * (`tar.t`, synchronous) so that only those files are held in memory, never the whole unpacked
 * archive. Symbolic links and directories are skipped. `strict` makes a truncated or damaged
 * archive throw: node-tar's default only warns and returns what it read (ADR 0023).
 */
export function readBundleFiles(path: string, wanted: (name: string) => boolean): BundleFile[] {
  const files: BundleFile[] = [];
  try {
    tar.t({
      file: path,
      sync: true,
      strict: true,
      onReadEntry: (entry) => {
        if (entry.type !== 'File' || !wanted(entry.path)) {
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => files.push({ name: entry.path, data: Buffer.concat(chunks) }));
      },
    });
  } catch (error) {
    throw new Error(`El paquete ${path} está dañado o truncado y no se puede leer.`, {
      cause: error,
    });
  }
  return files;
}
