import { describe, expect, it } from 'vitest';

import { sniffUpload, storedFileName } from './sniff';
import { inspectZip } from './zip-inspect';

interface Entry {
  name: string;
  data?: string;
  /** Claimed expanded size (to model a bomb without building one). */
  size?: number;
  symlink?: boolean;
}

/** A minimal stored (uncompressed) ZIP: local headers, central directory, end record. */
function makeZip(entries: Entry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const data = enc.encode(e.data ?? 'x');
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    // A claimed size models a deflated entry (method 8): a stored one must match its bytes.
    if (e.size !== undefined) cv.setUint16(10, 8, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, e.size ?? data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, e.symlink ? (0o120777 << 16) >>> 0 : 0, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

/** The signature and the IHDR chunk of a 1×1 PNG: what identifies a PNG by its bytes. */
const PNG_HEADER = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x44, 0x41, 0x54,
]);

describe(sniffUpload.name, () => {
  it('recognises documents by their bytes, not their names', async () => {
    expect(await sniffUpload(text('%PDF-1.7\n...'))).toMatchObject({ ok: true, kind: 'pdf' });
    expect(
      await sniffUpload(makeZip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml' }])),
    ).toMatchObject({ ok: true, kind: 'docx' });
    expect(
      await sniffUpload(makeZip([{ name: '[Content_Types].xml' }, { name: 'xl/workbook.xml' }])),
    ).toMatchObject({ ok: true, kind: 'xlsx' });
    expect(
      await sniffUpload(makeZip([{ name: 'amenaza.shp' }, { name: 'amenaza.dbf' }])),
    ).toMatchObject({
      ok: true,
      kind: 'zip',
    });
    expect(await sniffUpload(text('{"type":"FeatureCollection","features":[]}'))).toMatchObject({
      ok: true,
      kind: 'geojson',
    });
    expect(await sniffUpload(PNG_HEADER)).toMatchObject({ ok: true, kind: 'png' });
  });

  it('refuses executables, HTML and empty files with a Spanish reason', async () => {
    for (const bytes of [
      text('MZ\x90\x00binary'),
      text('<html><script>alert(1)</script>'),
      new Uint8Array(),
    ]) {
      const result = await sniffUpload(bytes);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).toMatch(/archivo/i);
    }
  });
});

describe(inspectZip.name, () => {
  it('refuses zip slip, absolute paths, symbolic links and duplicates', async () => {
    expect(await inspectZip(makeZip([{ name: '../../etc/passwd' }]))).toMatchObject({ ok: false });
    expect(await inspectZip(makeZip([{ name: '/etc/passwd' }]))).toMatchObject({ ok: false });
    expect(await inspectZip(makeZip([{ name: 'capa/enlace', symlink: true }]))).toMatchObject({
      ok: false,
    });
    expect(await inspectZip(makeZip([{ name: 'a.shp' }, { name: 'a.shp' }]))).toMatchObject({
      ok: false,
    });
  });

  it('refuses compression bombs and archives with too many entries', async () => {
    const bomb = await inspectZip(
      makeZip([{ name: 'grande.tif', data: 'xxxxxxxxxx', size: 5_000_000 }]),
    );
    expect(bomb.ok ? '' : bomb.reason).toMatch(/bomba/);
    const many = await inspectZip(
      makeZip(Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}.txt` }))),
    );
    expect(many.ok ? '' : many.reason).toMatch(/máximo es 1000/);
  });

  it('accepts an ordinary archive of layers', async () => {
    expect(
      await inspectZip(
        makeZip([{ name: 'veredas.shp' }, { name: 'veredas.dbf' }, { name: 'veredas.prj' }]),
      ),
    ).toMatchObject({ ok: true, names: ['veredas.shp', 'veredas.dbf', 'veredas.prj'] });
  });
});

describe('uploaded names and macros (issue 12)', () => {
  it('refuses Office documents that carry macros, with a Spanish message', async () => {
    const docm = makeZip([
      { name: '[Content_Types].xml' },
      { name: 'word/document.xml' },
      { name: 'word/vbaProject.bin' },
    ]);
    const result = await sniffUpload(docm);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/contiene macros/);
    const plain = makeZip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml' }]);
    expect(await sniffUpload(plain)).toMatchObject({ ok: true, kind: 'docx' });
  });

  it('refuses legacy Office files, with macros named as such', async () => {
    const ole = (extra: Uint8Array) => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
      bytes.set(extra, 1024);
      return bytes;
    };
    const withMacros = await sniffUpload(
      ole(new Uint8Array(Buffer.from('_VBA_PROJECT', 'utf16le'))),
    );
    expect(!withMacros.ok && withMacros.reason).toMatch(/contiene macros/);
    const legacy = await sniffUpload(ole(new Uint8Array()));
    expect(!legacy.ok && legacy.reason).toMatch(/formatos antiguos de Office/);
  });

  it('strips bidirectional and control characters and makes the extension match the bytes', () => {
    expect(storedFileName('informe\u202Egpj.exe', 'pdf')).toBe('informegpj.pdf');
    expect(storedFileName('foto.exe', 'png')).toBe('foto.png');
    expect(storedFileName('C:\\temp\\acta\u0007 final.PDF', 'pdf')).toBe('acta final.pdf');
    expect(storedFileName('plano', 'gpkg')).toBe('plano.gpkg');
    expect(storedFileName('foto.jpeg', 'jpeg')).toBe('foto.jpeg');
    expect(storedFileName('\u200B', 'zip')).toBe('archivo.zip');
  });
});
