/**
 * Password rules of OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters, at least 64 allowed,
 * no composition rules. Spaces count (passphrases are welcome); the text is checked as typed.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/**
 * Passwords people choose first, in Spanish and English: refused whatever their length rule
 * says, since they are the first an attacker tries. A short list here; a fuller breached list
 * is an open item of issue 11.
 */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  'contrasena123',
  'contraseña123',
  'contrasenaa123',
  'passwordpassword',
  'password1234',
  'qwertyuiop12',
  'colombia2024',
  'colombia2025',
  'colombia2026',
  'bogota123456',
  'medellin1234',
  'planeacion123',
  'alcaldia2024',
  'alcaldia2026',
  'rutapot12345',
  'administrador',
  'administrador1',
  'iloveyou1234',
  'teamo1234567',
]);

/** A Spanish message saying what is wrong with the password, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email: string }): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    return `La contraseña debe tener al menos ${PASSWORD_MIN} caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.`;
  if (length > PASSWORD_MAX) return `La contraseña puede tener hasta ${PASSWORD_MAX} caracteres.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password))
    return 'Esa contraseña es de las más usadas y se adivina fácilmente. Elija otra, por ejemplo una frase de varias palabras.';
  const local = context.email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local))
    return 'La contraseña no debe contener su correo. Elija otra.';
  return null;
}
