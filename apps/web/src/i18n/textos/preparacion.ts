// Textos de la interfaz de esta funcionalidad (ADR 0007). Se unen al catálogo en ../es-CO.ts.
export const textosPreparacion = {} as const satisfies Record<string, string>;
