import pg from 'pg';
import { describe, expect, it } from 'vitest';

import { literal } from './plan-cache';

// The request path writes parameters as SQL literals (plan-cache.ts). They must quote exactly as
// node-postgres's public escapeLiteral does, which is right whether standard_conforming_strings
// is on or off: a backslash makes an escape string with the backslash doubled.
describe('SQL literals of parameters', () => {
  const values = [
    '',
    'Zipaquirá',
    "O'Brien",
    "''",
    'C:\\Planes\\POT',
    "\\' OR 1=1 --",
    'fin con barra \\',
    '\\\\ dos',
  ];

  it.each(values)('quotes %j as pg.escapeLiteral does', (value) => {
    expect(literal(value)).toBe(pg.escapeLiteral(value));
  });

  it('writes plain scalars as text and refuses what has no literal', () => {
    expect(literal(null)).toBe('NULL');
    expect(literal(2.5)).toBe("'2.5'");
    expect(literal(true)).toBe("'t'");
    expect(literal(new Date('2026-03-02T15:04:05.678Z'))).toBe("'2026-03-02T15:04:05.678Z'");
    expect(literal(Number.NaN)).toBeUndefined();
    expect(literal('a\0b')).toBeUndefined();
    expect(literal({ a: 1 })).toBeUndefined();
  });
});
