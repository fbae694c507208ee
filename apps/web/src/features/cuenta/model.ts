import type { ClaveTexto } from '../../i18n/es-CO';

/** The same first checks as the server (12 characters or more, both fields equal), in the form. */
export function problemaContrasena(contrasena: string, repetida: string): ClaveTexto | null {
  if ([...contrasena].length < 12) return 'cuenta.contrasenaCorta';
  if (contrasena !== repetida) return 'cuenta.contrasenasDistintas';
  return null;
}
