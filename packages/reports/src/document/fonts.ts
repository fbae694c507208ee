import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Fonts embedded in PDFs: DejaVu Sans covers Spanish and the symbols reports use (≤, m², →). */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

let cached: PdfFonts | undefined;

/** DejaVu Sans from the `dejavu-fonts-ttf` package, read once per process. */
export function defaultFonts(): PdfFonts {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const read = (file: string) => new Uint8Array(readFileSync(join(dir, file)));
  cached = {
    regular: read('DejaVuSans.ttf'),
    bold: read('DejaVuSans-Bold.ttf'),
    italic: read('DejaVuSans-Oblique.ttf'),
  };
  return cached;
}
