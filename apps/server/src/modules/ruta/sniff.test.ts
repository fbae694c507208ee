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

describe(sniffUpload.name, () => {
  it('recognises documents by their bytes, not their names', () => {
    expect(sniffUpload(text('%PDF-1.7\n...'))).toMatchObject({ ok: true, kind: 'pdf' });
    expect(
      sniffUpload(makeZip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml' }])),
    ).toMatchObject({ ok: true, kind: 'docx' });
    expect(
      sniffUpload(makeZip([{ name: '[Content_Types].xml' }, { name: 'xl/workbook.xml' }])),
    ).toMatchObject({ ok: true, kind: 'xlsx' });
    expect(sniffUpload(makeZip([{ name: 'amenaza.shp' }, { name: 'amenaza.dbf' }]))).toMatchObject({
      ok: true,
      kind: 'zip',
    });
    expect(sniffUpload(text('{"type":"FeatureCollection","features":[]}'))).toMatchObject({
      ok: true,
      kind: 'geojson',
    });
    expect(
      sniffUpload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toMatchObject({ ok: true, kind: 'png' });
  });

  it('refuses executables, HTML and empty files with a Spanish reason', () => {
    for (const bytes of [
      text('MZ\x90\x00binary'),
      text('<html><script>alert(1)</script>'),
      new Uint8Array(),
    ]) {
      const result = sniffUpload(bytes);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).toMatch(/archivo/i);
    }
  });
});

describe(inspectZip.name, () => {
  it('refuses zip slip, absolute paths, symbolic links and duplicates', () => {
    expect(inspectZip(makeZip([{ name: '../../etc/passwd' }]))).toMatchObject({ ok: false });
    expect(inspectZip(makeZip([{ name: '/etc/passwd' }]))).toMatchObject({ ok: false });
    expect(inspectZip(makeZip([{ name: 'capa/enlace', symlink: true }]))).toMatchObject({
      ok: false,
    });
    expect(inspectZip(makeZip([{ name: 'a.shp' }, { name: 'a.shp' }]))).toMatchObject({
      ok: false,
    });
  });

  it('refuses compression bombs and archives with too many entries', () => {
    const bomb = inspectZip(makeZip([{ name: 'grande.tif', data: 'xxxxxxxxxx', size: 5_000_000 }]));
    expect(bomb.ok ? '' : bomb.reason).toMatch(/bomba/);
    const many = inspectZip(
      makeZip(Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}.txt` }))),
    );
    expect(many.ok ? '' : many.reason).toMatch(/máximo es 1000/);
  });

  it('accepts an ordinary archive of layers', () => {
    expect(
      inspectZip(
        makeZip([{ name: 'veredas.shp' }, { name: 'veredas.dbf' }, { name: 'veredas.prj' }]),
      ),
    ).toMatchObject({ ok: true, names: ['veredas.shp', 'veredas.dbf', 'veredas.prj'] });
  });
});

describe('uploaded names and macros (issue 12)', () => {
  it('refuses Office documents that carry macros, with a Spanish message', () => {
    const docm = makeZip([
      { name: '[Content_Types].xml' },
      { name: 'word/document.xml' },
      { name: 'word/vbaProject.bin' },
    ]);
    const result = sniffUpload(docm);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/contiene macros/);
    const plain = makeZip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml' }]);
    expect(sniffUpload(plain)).toMatchObject({ ok: true, kind: 'docx' });
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
