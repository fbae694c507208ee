import { describe, expect, it } from 'vitest';

import { esCO, t } from './es-CO';
import { interpolar } from './model';

describe('interpolar', () => {
  it('sustituye variables y deja las faltantes', () => {
    expect(interpolar('Hola {nombre}, {x}', { nombre: 'Ana' })).toBe('Hola Ana, {x}');
    expect(interpolar('{n} días', { n: 5 })).toBe('5 días');
  });
});

describe('catálogo es-CO', () => {
  it('t() devuelve el texto con variables', () => {
    expect(t('estado.titulo', { nombre: 'Jardín' })).toBe('Estado del POT de Jardín');
  });

  it('no tiene textos vacíos', () => {
    for (const [clave, texto] of Object.entries(esCO)) {
      expect(texto.trim().length, clave).toBeGreaterThan(0);
    }
  });

  it('incluye el texto exigido para planes vencidos', () => {
    expect(t('estado.vencido')).toContain('Ley 388 art. 28 num. 4');
  });
});
