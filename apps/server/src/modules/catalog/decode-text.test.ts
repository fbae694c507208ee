import { describe, expect, it } from 'vitest';

import { decodeText, decodeWindows1252 } from './decode-text';
import { ImportError } from './import-error';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array =>
  Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0xff) throw new Error(`not latin-1: ${char}`);
    return code;
  });
/** What happens when a UTF-8 file is opened as Windows-1252 and saved again as UTF-8. */
const doubleEncoded = (text: string): Uint8Array => utf8(decodeWindows1252(utf8(text)));

function decodeError(bytes: Uint8Array): ImportError {
  try {
    decodeText(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('decodeText did not throw');
}

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the Windows-1252 characters (not Latin-1 controls)', () => {
    const bytes = new Uint8Array([
      0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0xd1, 0xe9,
    ]);
    expect(decodeWindows1252(bytes)).toBe('€‘’“”–—™ŸÑé');
  });

  it('keeps the five undefined bytes as C1 controls, like the WHATWG decoder', () => {
    const bytes = new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    expect(decodeWindows1252(bytes)).toBe('\u0081\u008D\u008F\u0090\u009D');
  });

  it('is still needed: Node decodes windows-1252 as Latin-1 (nodejs/node#60888, ADR 0023)', () => {
    // When this fails, Node's TextDecoder is fixed: replace decodeWindows1252 with it.
    const bytes = new Uint8Array(Array.from({ length: 256 }, (_, byte) => byte));
    const node = new TextDecoder('windows-1252').decode(bytes);
    expect(node).not.toBe(decodeWindows1252(bytes));
    expect(node.slice(0x80, 0x81)).toBe('\u0080');
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and strips the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('cod,nombre\n05001,MEDELLÍN\n')]);
    expect(decodeText(bytes)).toEqual({ text: 'cod,nombre\n05001,MEDELLÍN\n', encoding: 'utf-8' });
  });

  it('reads plain ASCII and empty input as UTF-8', () => {
    expect(decodeText(utf8('a,b\n1,2'))).toEqual({ text: 'a,b\n1,2', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for Excel/Latin-1 files and keeps the accents', () => {
    const result = decodeText(latin1('nombre\nBOGOTÁ, D.C.\nCÚCUTA\nPEÑOL\nMEDELLÍN\n'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('nombre\nBOGOTÁ, D.C.\nCÚCUTA\nPEÑOL\nMEDELLÍN\n');
  });

  it('decodes Windows-1252-only characters (curly quotes, euro)', () => {
    const bytes = new Uint8Array([...latin1('nota '), 0x93, ...latin1('sí'), 0x94, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'nota “sí” €', encoding: 'windows-1252' });
  });

  it('drops a trailing DOS end-of-file marker', () => {
    expect(decodeText(utf8('a\n1\n\u001A')).text).toBe('a\n1\n');
  });

  it('rejects binary files (NUL bytes)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeError(png).message).toMatch(/no parece un archivo de texto \(CSV\)/);
    expect(decodeError(utf8('a,b\n1\u00002\n')).message).toContain('línea 2');
  });

  it('rejects garbage without NUL bytes (control characters)', () => {
    const garbage = new Uint8Array([0x1f, 0x8b, 0x08, 0x08, 0x7a, 0x03, 0x01, 0x02, 0xff, 0x13]);
    expect(decodeError(garbage).message).toMatch(/no parece un archivo de texto \(CSV\)/);
  });

  it('rejects bytes that are not characters in Windows-1252', () => {
    const error = decodeError(new Uint8Array([...latin1('nombre\nPEÑOL'), 0x81, 0x0a]));
    expect(error.message).toContain('no está en UTF-8 ni en Windows-1252/Latin-1 válido');
    expect(error.message).toContain('línea 2');
    expect(error.message).toContain('0x81');
  });

  it('rejects UTF-16 («Texto Unicode» of Excel) with a specific message', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    expect(decodeError(utf16).message).toContain('UTF-16');
  });

  it('rejects mojibake from a UTF-8 file saved twice, showing the broken and fixed word', () => {
    const error = decodeError(doubleEncoded('cod,nombre\n05001,Medellín\n'));
    expect(error.message).toContain('tildes dañadas');
    expect(error.message).toContain('línea 2');
    expect(error.message).toContain('«Medellín»');
    expect(error.problems).toEqual([
      { line: 2, message: 'Línea 2: texto dañado «MedellÃ\\xADn».' },
    ]);
  });

  it('rejects mojibake of upper-case accents whose byte is undefined in Windows-1252 (Í → 0x8D)', () => {
    const error = decodeError(doubleEncoded('nombre\nBOGOTÁ\nMEDELLÍN\n'));
    expect(error.message).toContain('tildes dañadas');
    expect(error.message).toContain('línea 2');
  });

  it('rejects mojibake written as visible text («MedellÃ­n», «Ã‘»)', () => {
    expect(decodeError(utf8('n\nMedellÃ­n\n')).message).toContain('«Medellín»');
    expect(decodeError(utf8('n\nPEÃ‘OL\n')).message).toContain('«PEÑOL»');
  });

  it('rejects files that mix UTF-8 and Windows-1252', () => {
    const bytes = new Uint8Array([...utf8('n\nMEDELLÍN\n'), ...latin1('PEÑOL\n')]);
    const error = decodeError(bytes);
    expect(error.message).toContain('mezcla codificaciones');
    expect(error.message).toContain('línea 2');
  });

  it('does not mistake ordinary Spanish text for mojibake', () => {
    const text = 'nombre\n“CANCIÓN” ÑUÑOA ¿Qué? ¡Sí! 3° Â Ã\n';
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });
});
