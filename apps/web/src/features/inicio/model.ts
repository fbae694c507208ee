const MINIMO_CARACTERES = 2;

export type ResumenBusqueda =
  | { clave: 'busqueda.ninguno'; variables: { q: string } }
  | { clave: 'busqueda.uno'; variables: Record<string, never> }
  | { clave: 'busqueda.varios'; variables: { n: number } }
  | { clave: 'busqueda.parcial'; variables: { n: number; total: number } };

export function consultaValida(q: string): boolean {
  return q.trim().length >= MINIMO_CARACTERES;
}

/** Mensaje que se anuncia tras una búsqueda (cuántos hay y cuántos se muestran). */
export function resumirBusqueda(q: string, mostrados: number, total: number): ResumenBusqueda {
  if (mostrados === 0) return { clave: 'busqueda.ninguno', variables: { q: q.trim() } };
  if (total > mostrados) return { clave: 'busqueda.parcial', variables: { n: mostrados, total } };
  if (mostrados === 1) return { clave: 'busqueda.uno', variables: {} };
  return { clave: 'busqueda.varios', variables: { n: mostrados } };
}

export function rutaEstadoPublico(codigo: string): string {
  return `/publico/${encodeURIComponent(codigo)}/estado-pot`;
}
