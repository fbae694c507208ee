// A minimal reader for ustar archives, enough to slim the PostGIS bundle that
// pglite-postgis ships (docs/adr/0016-embedded-postgis-on-demand.md). No dependency: the format
// is 512-byte headers followed by the file data padded to 512 bytes.

const BLOCK = 512;

export interface TarEntry {
  /** Full path inside the archive (ustar prefix + name, or the pax/GNU long name). */
  name: string;
  /** '0' file, '5' directory, others kept as they come. */
  type: string;
  data: Uint8Array;
}

const text = (bytes: Uint8Array, start: number, length: number) => {
  const slice = bytes.subarray(start, start + length);
  const end = slice.indexOf(0);
  return new TextDecoder().decode(end === -1 ? slice : slice.subarray(0, end));
};

const paddedSize = (size: number) => Math.ceil(size / BLOCK) * BLOCK;

function paxPath(data: Uint8Array): string | undefined {
  for (const record of new TextDecoder().decode(data).split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}

/** Every entry of an uncompressed tar archive, in order. */
export function readTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(text(header, 124, 12).trim() || '0', 8);
    const type = text(header, 156, 1) || '0';
    const dataStart = offset + BLOCK;
    const next = dataStart + paddedSize(size);
    if (next > archive.length) throw new Error('Archivo tar truncado.');
    const data = archive.subarray(dataStart, dataStart + size);
    if (type === 'L' || type === 'x') {
      longName = type === 'L' ? text(data, 0, data.length) : paxPath(data);
    } else if (type !== 'g') {
      const prefix = text(header, 345, 155);
      const short = text(header, 0, 100);
      const name = longName ?? (prefix ? `${prefix}/${short}` : short);
      entries.push({ name, type, data });
      longName = undefined;
    }
    offset = next;
  }
  return entries;
}
