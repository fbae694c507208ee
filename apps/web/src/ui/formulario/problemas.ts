/** A row-by-row problem of a refused import (`error.detalles.problemas` in the API's errors). */
export interface Problema {
  linea: number;
  columna?: string;
  mensaje: string;
}

/** Los problemas fila por fila de una importación rechazada (`error.detalles.problemas`). */
export function problemasDe(detalles: unknown): Problema[] {
  if (typeof detalles !== 'object' || detalles === null || !('problemas' in detalles)) return [];
  const lista = detalles.problemas;
  if (!Array.isArray(lista)) return [];
  return lista.filter(
    (p): p is Problema =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as Problema).linea === 'number' &&
      typeof (p as Problema).mensaje === 'string',
  );
}
