/** Sustituye {variable} por su valor; deja intactas las variables que no se proporcionan. */
export function interpolar(
  plantilla: string,
  variables: Record<string, string | number> = {},
): string {
  return plantilla.replace(/\{(\w+)\}/g, (completo, nombre: string) =>
    Object.hasOwn(variables, nombre) ? String(variables[nombre]) : completo,
  );
}
