import { ImportError } from './import-error';

/** Encodings accepted for catalog imports (what DANE, datos.gov.co and Excel produce). */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/** Result of {@link decodeText}: the text and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const BYTE_ORDER_MARK = '\uFEFF';
/** DOS end-of-file marker that some old exporters append; harmless, so it is dropped. */
const DOS_EOF = '\u001A';

/** C0/C1 controls that never appear in a CSV (tab, LF, VT, FF and CR are allowed). */
function isControlChar(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}

/** Index of the first control character, or -1. */
function findControlChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (isControlChar(text.charCodeAt(i))) return i;
  }
  return -1;
}

/**
 * Windows-1252 code points for bytes 0x80–0x9F (WHATWG Encoding Standard; the five undefined
 * bytes map to their C1 control). Every other byte is its own code point, as in Latin-1.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CP1252_CHARS = Array.from({ length: 256 }, (_, byte) =>
  String.fromCodePoint(byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte),
);

/**
 * Decodes Windows-1252 bytes. Hand-written because Node's own `TextDecoder("windows-1252")`
 * decodes as Latin-1 since v20.18.3 (nodejs/node#60888, still so in 20.20.2), which would turn
 * Excel's curly quotes and dashes into invisible control characters. A test fails once Node is
 * fixed, so this table can then give way to `TextDecoder` (ADR 0023).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (const byte of bytes) parts.push(CP1252_CHARS[byte] ?? '');
  return parts.join('');
}

/**
 * Characters that a UTF-8 continuation byte (0x80–0xBF) becomes when UTF-8 bytes are wrongly
 * read as Windows-1252 or Latin-1.
 */
const CONTINUATION_CHARS = (() => {
  const chars = new Set(CP1252_CHARS.slice(0x80, 0xc0));
  for (let code = 0x80; code <= 0xbf; code++) chars.add(String.fromCodePoint(code));
  return [...chars].map((c) => `\\u{${c.codePointAt(0)?.toString(16)}}`).join('');
})();

/**
 * Mojibake left by a UTF-8 file read as Windows-1252 and saved again as UTF-8: every Spanish
 * accented letter starts with byte 0xC3 («Ã»), symbols like «°» with 0xC2 («Â»), and curly
 * quotes with 0xE2 0x80 («â€»). Real Spanish text never has these pairs.
 */
const MOJIBAKE = new RegExp(
  `[\\u{C2}\\u{C3}][${CONTINUATION_CHARS}]|\\u{E2}[\\u{20AC}\\u{80}][${CONTINUATION_CHARS}]`,
  'u',
);

/** Reverse of {@link CP1252_CHARS}, used to show users what a mojibake word should have said. */
const CP1252_BYTE = new Map(CP1252_CHARS.map((char, byte) => [char, byte]));

/**
 * Decodes the bytes of an uploaded CSV. Users upload files saved by Excel (Windows-1252 in
 * Colombia), by datos.gov.co (UTF-8 with BOM) or re-saved by hand, and a wrong guess silently
 * corrupts every name with accents («MEDELLÍN»). So: UTF-8 (BOM stripped) when the bytes are
 * valid UTF-8, else Windows-1252; binary files, UTF-16 and already-corrupted (double-encoded)
 * text are rejected with a Spanish `ImportError` instead of being imported wrong.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  rejectUtf16(bytes);
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    throw new ImportError(
      `El archivo no parece un archivo de texto (CSV): contiene bytes nulos (línea ${lineOfByte(body, nul)}). ` +
        'Exporte la hoja como «CSV UTF-8 (delimitado por comas)» e inténtelo de nuevo.',
    );
  }
  const utf8 = tryDecodeUtf8(body);
  if (utf8 !== null) {
    const text = stripDosEof(utf8);
    rejectMojibake(text, 'utf-8');
    rejectControlChars(text, 'utf-8');
    return { text, encoding: 'utf-8' };
  }
  const text = stripDosEof(decodeWindows1252(body));
  rejectMojibake(text, 'windows-1252');
  rejectControlChars(text, 'windows-1252');
  return { text, encoding: 'windows-1252' };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Excel's «Texto Unicode» is UTF-16 with a BOM; say so instead of calling it binary. */
function rejectUtf16(bytes: Uint8Array): void {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    throw new ImportError(
      'El archivo está en UTF-16 («Texto Unicode» de Excel), que no se admite. ' +
        'Guárdelo como «CSV UTF-8 (delimitado por comas)» e inténtelo de nuevo.',
    );
  }
}

function tryDecodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function stripDosEof(text: string): string {
  const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  return withoutBom.endsWith(DOS_EOF) ? withoutBom.slice(0, -1) : withoutBom;
}

function rejectMojibake(text: string, encoding: TextEncodingName): void {
  const match = MOJIBAKE.exec(text);
  if (!match) return;
  const line = lineOfIndex(text, match.index);
  const word = wordAround(text, match.index);
  const fixed = repairWord(word);
  const hint = fixed !== null && fixed !== word ? ` (debería decir «${fixed}»)` : '';
  const message =
    encoding === 'utf-8'
      ? `El archivo tiene tildes dañadas: en la línea ${line} dice «${visible(word)}»${hint}. ` +
        'Suele pasar cuando un archivo UTF-8 se abre y se guarda de nuevo con otra codificación. ' +
        'Descargue otra vez el archivo original o guárdelo como «CSV UTF-8» sin convertirlo.'
      : `El archivo mezcla codificaciones (UTF-8 y Windows-1252): en la línea ${line} dice ` +
        `«${visible(word)}»${hint}. Guarde todo el archivo como «CSV UTF-8» e inténtelo de nuevo.`;
  throw new ImportError(message, [
    { line, message: `Línea ${line}: texto dañado «${visible(word)}».` },
  ]);
}

function rejectControlChars(text: string, encoding: TextEncodingName): void {
  const index = findControlChar(text);
  if (index === -1) return;
  const line = lineOfIndex(text, index);
  const code = text.charCodeAt(index);
  if (encoding === 'windows-1252' && code >= 0x80) {
    throw new ImportError(
      `El archivo no está en UTF-8 ni en Windows-1252/Latin-1 válido: la línea ${line} tiene el ` +
        `byte 0x${code.toString(16).toUpperCase()}, que no es un carácter. ` +
        'Guárdelo como «CSV UTF-8 (delimitado por comas)» e inténtelo de nuevo.',
    );
  }
  throw new ImportError(
    `El archivo no parece un archivo de texto (CSV): la línea ${line} tiene caracteres de control. ` +
      'Exporte la hoja como «CSV UTF-8 (delimitado por comas)» e inténtelo de nuevo.',
  );
}

/** 1-based line of a string index, counting CRLF, LF and lone CR as line breaks. */
function lineOfIndex(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** The run of text around `index` up to whitespace or a CSV delimiter, to quote in messages. */
function wordAround(text: string, index: number): string {
  const stop = /[\s,;"]/u;
  let start = index;
  while (start > 0 && !stop.test(text[start - 1] ?? ' ')) start--;
  let end = index;
  while (end < text.length && !stop.test(text[end] ?? ' ')) end++;
  return text.slice(start, Math.min(end, start + 60));
}

/** Reverses the double encoding of one word, or `null` when it is not reversible. */
function repairWord(word: string): string | null {
  const bytes: number[] = [];
  for (const char of word) {
    const byte = CP1252_BYTE.get(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return tryDecodeUtf8(Uint8Array.from(bytes));
}

/** Makes invisible characters (soft hyphen, C1 controls) visible in a message. */
function visible(word: string): string {
  return [...word]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      const hidden = isControlChar(code) || code === 0xad;
      return hidden ? `\\x${code.toString(16).toUpperCase()}` : char;
    })
    .join('');
}
