import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { readTar } from './tar';

const require = createRequire(import.meta.url);
const bundle = join(dirname(require.resolve('@electric-sql/pglite-postgis')), 'postgis.tar.gz');

describe('tar', () => {
  const archive = gunzipSync(readFileSync(bundle));
  const entries = readTar(archive);

  it('reads every entry of the real PostGIS bundle with its full path and size', () => {
    const library = entries.find((e) => e.name === 'lib/postgresql/postgis-3.so');
    expect(library?.type).toBe('0');
    // WebAssembly magic number: the data slice starts exactly at the file's first byte.
    expect([...library!.data.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
    expect(entries.some((e) => e.name === 'share/postgresql/extension/postgis.control')).toBe(true);
    // 57 files and 488 symbolic links (the upgrade scripts point at one file).
    expect(entries.filter((e) => e.type === '0').length).toBe(57);
    expect(entries.filter((e) => e.type === '2').length).toBe(488);
  });

  it('refuses a truncated archive', () => {
    const cut = archive.subarray(0, archive.length / 2);
    expect(() => readTar(cut)).toThrow(/truncado/);
  });
});
