import { describe, expect, it } from 'vitest';

import { citasUnicas, insigniaConfianza, sinCodigosInternos, textoCita, urlSegura } from './model';

describe('textoCita', () => {
  it('antepone "art." a los números de artículo', () => {
    expect(textoCita({ norm: 'Ley 388 de 1997', article: '28' })).toBe('Ley 388 de 1997, art. 28');
    expect(textoCita({ norm: 'Ley 388 de 1997', article: '28 num. 4' })).toBe(
      'Ley 388 de 1997, art. 28 num. 4',
    );
  });

  it('respeta una denominación explícita o la ausencia de artículo', () => {
    expect(textoCita({ norm: 'Decreto 1077 de 2015', article: 'art. 2.2.2.1.2.6' })).toBe(
      'Decreto 1077 de 2015, art. 2.2.2.1.2.6',
    );
    expect(textoCita({ norm: 'Constitución Política', article: '' })).toBe('Constitución Política');
  });
});

describe('insigniaConfianza', () => {
  it('marca solo K y ?', () => {
    expect(insigniaConfianza('K')).toBe('porConfirmar');
    expect(insigniaConfianza('?')).toBe('interpretacion');
    expect(insigniaConfianza('V')).toBeNull();
    expect(insigniaConfianza('S')).toBeNull();
    expect(insigniaConfianza(undefined)).toBeNull();
  });
});

describe('urlSegura', () => {
  it('solo acepta http y https', () => {
    expect(urlSegura('https://www.funcionpublica.gov.co/x')).toBe(
      'https://www.funcionpublica.gov.co/x',
    );
    expect(urlSegura('javascript:alert(1)')).toBeNull();
    expect(urlSegura(undefined)).toBeNull();
  });
});

describe('citasUnicas', () => {
  it('elimina duplicados conservando el orden', () => {
    const a = { norm: 'Ley 388 de 1997', article: '28' };
    const b = { norm: 'Ley 388 de 1997', article: '23' };
    expect(citasUnicas([a, b, { ...a }])).toEqual([a, b]);
  });
});

describe('textos sin códigos internos (issue 12)', () => {
  it('quita R-…, Q… y § del texto y deja la norma y la explicación', () => {
    expect(
      sinCodigosInternos(
        'La norma dice «días» sin calificar: por la regla general se entienden hábiles (Ley 4 de 1913 art. 62, R-DAY-00).',
      ),
    ).toBe(
      'La norma dice «días» sin calificar: por la regla general se entienden hábiles (Ley 4 de 1913 art. 62).',
    );
    expect(sinCodigosInternos('Sin concertación el plan es anulable (Montería, 2003). Q3.')).toBe(
      'Sin concertación el plan es anulable (Montería, 2003).',
    );
    expect(sinCodigosInternos('Convención del motor (R-TYPE-02): «superior» es estricto.')).toBe(
      'Convención del motor: «superior» es estricto.',
    );
    expect(sinCodigosInternos('Regla mayoritaria (§2.2): no se cuenta el período (Q5).')).toBe(
      'Regla mayoritaria: no se cuenta el período.',
    );
    expect(sinCodigosInternos('Pregunta abierta Q2.')).toBe('Pregunta abierta.');
    expect(sinCodigosInternos('Ley 388 de 1997')).toBe('Ley 388 de 1997');
  });

  it('no deja «, —» cuando la fuente no tiene artículo', () => {
    expect(textoCita({ norm: 'Consejo de Estado, concepto 2162 de 2013', article: '—' })).toBe(
      'Consejo de Estado, concepto 2162 de 2013',
    );
  });
});
