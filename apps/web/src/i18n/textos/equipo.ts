// Textos de la interfaz de cuentas y equipos (ADR 0007). Se unen al catálogo en ../es-CO.ts.
export const textosEquipo = {
  'cuenta.enlaceTitulo': 'Defina su contraseña',
  'cuenta.enlaceIntro':
    'Este enlace es de un solo uso. Elija una contraseña de al menos 12 caracteres; una frase de varias palabras es fácil de recordar y difícil de adivinar.',
  'cuenta.enlaceSinToken':
    'Falta el código del enlace. Abra el enlace completo que recibió, o pida uno nuevo a quien administra Ruta POT.',
  'cuenta.nuevaContrasena': 'Contraseña nueva',
  'cuenta.repetirContrasena': 'Repita la contraseña',
  'cuenta.reglaContrasena': 'Al menos 12 caracteres. Puede usar espacios.',
  'cuenta.definirContrasena': 'Guardar contraseña',
  'cuenta.contrasenaCorta': 'La contraseña debe tener al menos 12 caracteres.',
  'cuenta.contrasenasDistintas': 'Las dos contraseñas no coinciden.',
  'cuenta.enlaceListo': 'Listo: la contraseña de {email} quedó guardada. Ya puede ingresar.',
} as const satisfies Record<string, string>;
