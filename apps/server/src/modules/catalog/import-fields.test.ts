import { describe, expect, it } from 'vitest';

import {
  joinSpanish,
  normalizeCode,
  normalizeHeader,
  parseDecimal,
  parseInteger,
} from './import-fields';

describe('normalizeHeader', () => {
  it('removes accents and case and collapses punctuation', () => {
    expect(normalizeHeader('AÑO')).toBe('ano');
    expect(normalizeHeader(' Población Total ')).toBe('poblacion_total');
    expect(normalizeHeader('TIPO: MUNICIPIO / ISLA / ÁREA NO MUNICIPALIZADA')).toBe(
      'tipo_municipio_isla_area_no_municipalizada',
    );
  });
});

describe('normalizeCode', () => {
  it.each([
    ['05001', 5, '05001'],
    ['5001', 5, '05001'],
    ['5,001', 5, '05001'],
    ['5.001', 5, '05001'],
    ['11,001', 5, '11001'],
    ['5001.0', 5, '05001'],
    ["'05001", 5, '05001'],
    [' 05001 ', 5, '05001'],
    ['5', 2, '05'],
    ['05', 2, '05'],
    ['5.0', 2, '05'],
  ])('repairs %s to %i digits', (raw, digits, expected) => {
    expect(normalizeCode(raw, { digits })).toBe(expected);
  });

  it.each([
    ['5A01', 5],
    ['050011', 5],
    ['', 5],
    ['00000', 5],
    ['-5001', 5],
    ['5.5', 2],
    ['123', 2],
  ])('rejects %s', (raw, digits) => {
    expect(normalizeCode(raw, { digits })).toBeNull();
  });
});

describe('parseDecimal', () => {
  it('accepts point and comma decimals, null when empty, NaN when wrong', () => {
    expect(parseDecimal('6.25184')).toBe(6.25184);
    expect(parseDecimal('-75,56359')).toBe(-75.56359);
    expect(parseDecimal(' 7 ')).toBe(7);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('6.257.590.259')).toBeNaN();
    expect(parseDecimal('N/A')).toBeNaN();
  });
});

describe('parseInteger', () => {
  it('accepts thousands separators and spreadsheet floats', () => {
    expect(parseInteger('1.234.567')).toBe(1234567);
    expect(parseInteger('1,234,567')).toBe(1234567);
    expect(parseInteger('1 234 567')).toBe(1234567);
    expect(parseInteger('1234567')).toBe(1234567);
    expect(parseInteger('1234567.0')).toBe(1234567);
    expect(parseInteger('-5')).toBe(-5);
    expect(parseInteger('')).toBeNull();
  });

  it('rejects decimals, mixed separators and bad groups', () => {
    expect(parseInteger('12.5')).toBeNaN();
    expect(parseInteger('1.234,567')).toBeNaN();
    expect(parseInteger('12,34')).toBeNaN();
    expect(parseInteger('abc')).toBeNaN();
    expect(parseInteger('99999999999999999999')).toBeNaN();
  });
});

describe('joinSpanish', () => {
  it('joins with commas and «y»', () => {
    expect(joinSpanish(['2'])).toBe('2');
    expect(joinSpanish(['2', '9'])).toBe('2 y 9');
    expect(joinSpanish(['2', '9', '15'])).toBe('2, 9 y 15');
  });
});
