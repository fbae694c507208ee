import { describe, expect, it } from 'vitest';

import { problemasDe } from './problemas';

describe('problemasDe', () => {
  it('reads the per-row problems of a refused import and drops malformed ones', () => {
    expect(
      problemasDe({ problemas: [{ linea: 3, columna: 'nombre', mensaje: 'x' }, { nada: 1 }] }),
    ).toEqual([{ linea: 3, columna: 'nombre', mensaje: 'x' }]);
    expect(problemasDe(null)).toEqual([]);
    expect(problemasDe({ problemas: 'no' })).toEqual([]);
  });
});
