import { describe, expect, it } from 'vitest';

import {
  diaJuliano,
  esFechaIso,
  fechaHoraColombia,
  fechaLarga,
  formatearEntero,
  hoyIso,
  parsearFecha,
} from './model';

describe('fechaLarga', () => {
  it('escribe la fecha en forma larga en español', () => {
    expect(fechaLarga('2027-12-31')).toBe('31 de diciembre de 2027');
    expect(fechaLarga('2024-01-01')).toBe('1 de enero de 2024');
    expect(fechaLarga('2024-09-15')).toBe('15 de septiembre de 2024');
  });

  it('acepta el prefijo de fecha de un ISO completo sin cambiar el día', () => {
    expect(fechaLarga('2002-03-15T00:00:00.000Z')).toBe('15 de marzo de 2002');
  });

  it('devuelve el texto igual si no es una fecha válida', () => {
    expect(fechaLarga('2023-02-29')).toBe('2023-02-29');
    expect(fechaLarga('mañana')).toBe('mañana');
    expect(fechaLarga(null)).toBe('');
  });
});

describe('parsearFecha y esFechaIso', () => {
  it('valida años bisiestos', () => {
    expect(parsearFecha('2024-02-29')).toEqual({ anio: 2024, mes: 2, dia: 29 });
    expect(parsearFecha('1900-02-29')).toBeNull();
    expect(parsearFecha('2000-02-29')).not.toBeNull();
  });

  it('rechaza formatos que no son YYYY-MM-DD', () => {
    expect(esFechaIso('31/12/2027')).toBe(false);
    expect(esFechaIso('2027-13-01')).toBe(false);
    expect(esFechaIso('2027-12-31T00:00:00Z')).toBe(false);
    expect(esFechaIso('2027-12-31')).toBe(true);
  });
});

describe('diaJuliano', () => {
  it('cuenta días civiles sin importar la zona horaria', () => {
    expect(diaJuliano({ anio: 1970, mes: 1, dia: 1 })).toBe(0);
    expect(
      diaJuliano({ anio: 2024, mes: 3, dia: 1 }) - diaJuliano({ anio: 2024, mes: 2, dia: 28 }),
    ).toBe(2);
  });
});

describe('hoyIso', () => {
  it('usa la fecha civil local del reloj recibido', () => {
    expect(hoyIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('fechaHoraColombia', () => {
  it('convierte de UTC a la hora de Colombia (UTC−5)', () => {
    expect(fechaHoraColombia('2025-03-03T14:05:00Z')).toBe('3 de marzo de 2025, 09:05');
    expect(fechaHoraColombia('2025-01-01T03:30:00.123Z')).toBe('31 de diciembre de 2024, 22:30');
  });

  it('respeta un desfase explícito', () => {
    expect(fechaHoraColombia('2025-03-03T09:05:00-05:00')).toBe('3 de marzo de 2025, 09:05');
  });

  it('si solo hay fecha, la escribe en forma larga', () => {
    expect(fechaHoraColombia('2025-03-03')).toBe('3 de marzo de 2025');
  });
});

describe('formatearEntero', () => {
  it('usa punto como separador de miles', () => {
    expect(formatearEntero(1234567)).toBe('1.234.567');
    expect(formatearEntero(999)).toBe('999');
    expect(formatearEntero(1000)).toBe('1.000');
    expect(formatearEntero(-2500)).toBe('−2.500');
  });
});
