import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Content-addressed storage: a file lives at <root>/<municipality>/<sha[0..2]>/<sha256> and is
 * never overwritten (the same bytes always have the same name). Writes go to a temporary name
 * first and are renamed into place, so a crash never leaves a half-written evidence file.
 */
export class FileStore {
  constructor(readonly root: string) {}

  static sha256(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  private pathFor(municipio: string, sha: string) {
    if (!/^\d{5}$/.test(municipio) || !/^[0-9a-f]{64}$/.test(sha))
      throw new Error('Ruta de archivo no válida.');
    return join(this.root, municipio, sha.slice(0, 2), sha);
  }

  /**
   * Stores the bytes; returns their hash and whether this call created the file. `sha256` saves
   * hashing the bytes twice when the caller already has it (it must be `FileStore.sha256(bytes)`).
   */
  put(
    municipio: string,
    bytes: Uint8Array,
    sha256 = FileStore.sha256(bytes),
  ): { sha256: string; created: boolean } {
    const path = this.pathFor(municipio, sha256);
    if (existsSync(path)) return { sha256, created: false };
    mkdirSync(join(this.root, municipio, sha256.slice(0, 2)), { recursive: true });
    const partial = `${path}.${randomBytes(6).toString('hex')}.parcial`;
    writeFileSync(partial, bytes);
    renameSync(partial, path);
    return { sha256, created: true };
  }

  /** Removes a file this request created, when its database transaction did not commit. */
  discard(municipio: string, sha256: string): void {
    rmSync(this.pathFor(municipio, sha256), { force: true });
  }

  /** Where a file lives: backups copy from and restore to here, so the layout stays defined once. */
  locate(municipio: string, sha256: string): string {
    return this.pathFor(municipio, sha256);
  }

  read(municipio: string, sha256: string): Uint8Array {
    return new Uint8Array(readFileSync(this.pathFor(municipio, sha256)));
  }
}
