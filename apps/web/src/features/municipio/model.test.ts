import { describe, expect, it } from 'vitest';

import { formatearCoordenada, ocultarSeccion, ordenarAuditoria } from './model';

describe('formatearCoordenada', () => {
  it('usa coma decimal y cuatro decimales', () => {
    expect(formatearCoordenada(6.2518)).toBe('6,2518');
    expect(formatearCoordenada(-75.56359)).toBe('−75,5636');
  });
});

describe('ocultarSeccion', () => {
  it('oculta solo ante 403 y 404', () => {
    expect(ocultarSeccion(403)).toBe(true);
    expect(ocultarSeccion(404)).toBe(true);
    expect(ocultarSeccion(500)).toBe(false);
    expect(ocultarSeccion(0)).toBe(false);
  });
});

describe('ordenarAuditoria', () => {
  it('pone primero la más reciente sin mutar la entrada', () => {
    const entradas = [
      { secuencia: 1, ocurridoEn: '2025-01-01T00:00:00Z', actor: 'a', accion: 'x', detalle: '' },
      { secuencia: 3, ocurridoEn: '2025-01-03T00:00:00Z', actor: 'a', accion: 'y', detalle: '' },
    ];
    expect(ordenarAuditoria(entradas).map((e) => e.secuencia)).toEqual([3, 1]);
    expect(entradas[0]?.secuencia).toBe(1);
  });
});
