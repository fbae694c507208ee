import { describe, expect, it } from 'vitest';

import { PASSWORD_MIN, passwordProblem } from './password-policy';

const email = 'lucia.restrepo@alcaldia.gov.co';
const TOO_COMMON =
  'Esa contraseña es de las más usadas y se adivina fácilmente. Elija otra, por ejemplo una frase de varias palabras.';

describe('passwordProblem', () => {
  it.each([
    'contraseña123',
    'contrasena123',
    'password1234',
    'password123456',
    'qwertyuiop123',
    'colombia2026',
    // Spanish common words (not in the breached-passwords list) with digits or symbols around.
    'bicicleta2024',
    'Murciélago2024!',
    '2024.biblioteca',
    'aaaaaaaaaaaaaa',
    'rutapot12345',
    'contrasenaa123',
    '1234567890123',
  ])('refuses the common password %s', (password) => {
    expect(passwordProblem(password, { email })).toBe(TOO_COMMON);
  });

  it.each(['una frase de montaña y río', 'caballo batería grapa correcta', 'sol9384720165'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password, { email })).toBeNull();
    },
  );

  it('refuses 11 characters with the length message', () => {
    expect(passwordProblem('xk7#pq2!mz9', { email })).toBe(
      `La contraseña debe tener al menos ${PASSWORD_MIN} caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.`,
    );
  });

  it('refuses a password that contains the local part of the email', () => {
    expect(passwordProblem('mi clave Lucia.Restrepo del POT', { email })).toBe(
      'La contraseña no debe contener su correo. Elija otra.',
    );
  });
});
