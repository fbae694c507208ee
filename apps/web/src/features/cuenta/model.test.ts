import { describe, expect, it } from 'vitest';

import { problemaContrasena } from './model';

describe('contraseña nueva', () => {
  it('pide 12 caracteres y que ambas coincidan, sin reglas de composición', () => {
    expect(problemaContrasena('corta', 'corta')).toBe('cuenta.contrasenaCorta');
    expect(problemaContrasena('una frase larga de verdad', 'una frase larga')).toBe(
      'cuenta.contrasenasDistintas',
    );
    expect(problemaContrasena('una frase larga de verdad', 'una frase larga de verdad')).toBeNull();
  });
});
