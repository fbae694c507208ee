import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import * as tar from 'tar';
import { afterAll, describe, expect, it } from 'vitest';

import { readBundleFiles } from './postgis-bundle';

const require = createRequire(import.meta.url);
const bundle = join(dirname(require.resolve('@electric-sql/pglite-postgis')), 'postgis.tar.gz');

describe(readBundleFiles.name, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'postgis-bundle-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads the regular files of the real PostGIS bundle with their full path and bytes', () => {
    const files = readBundleFiles(bundle, () => true);
    const library = files.find((f) => f.name === 'lib/postgresql/postgis-3.so');
    // WebAssembly magic number: the data starts exactly at the file's first byte.
    expect([...library!.data.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
    expect(files.some((f) => f.name === 'share/postgresql/extension/postgis.control')).toBe(true);
    // 57 files; the 488 symbolic links (upgrade scripts pointing at one file) are skipped.
    expect(files.length).toBe(57);
  });

  it('keeps only the wanted files', () => {
    const files = readBundleFiles(bundle, (name) => name.endsWith('.control'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.name.endsWith('.control'))).toBe(true);
  });

  // node-tar only warns about a truncated archive unless `strict` is set: these fail without it.
  it('refuses a truncated archive, compressed or not, in Spanish', () => {
    writeFileSync(join(scratch, 'postgis-3.so'), Buffer.alloc(20_000, 7));
    const whole = join(scratch, 'entero.tar.gz');
    tar.c({ file: whole, cwd: scratch, gzip: true, sync: true }, ['postgis-3.so']);
    expect(readBundleFiles(whole, () => true).map((f) => f.data.length)).toEqual([20_000]);
    const gz = readFileSync(whole);
    const cutGzip = join(scratch, 'cortado.tar.gz');
    writeFileSync(cutGzip, gz.subarray(0, gz.length / 2));
    expect(() => readBundleFiles(cutGzip, () => true)).toThrow(/dañado o truncado/);
    // A complete gzip stream around a tar cut inside the file's data.
    const cutTar = join(scratch, 'tar-cortado.tar.gz');
    writeFileSync(cutTar, gzipSync(gunzipSync(gz).subarray(0, 512 + 10_000)));
    expect(() => readBundleFiles(cutTar, () => true)).toThrow(/dañado o truncado/);
  });

  it('refuses a file that is not an archive', () => {
    const garbage = join(scratch, 'basura.tar.gz');
    writeFileSync(garbage, 'no soy un tar');
    expect(() => readBundleFiles(garbage, () => true)).toThrow(/dañado o truncado/);
  });
});
