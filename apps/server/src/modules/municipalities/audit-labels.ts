/** Spanish labels for audit actions, so people read "Registró el plan vigente", not a code. */
const LABELS: Record<string, string> = {
  'plan_vigente.registrar': 'Registró el plan vigente',
  'plan_vigente.actualizar': 'Actualizó el plan vigente',
  'sesion.iniciar': 'Inició sesión',
  'sesion.cerrar': 'Cerró sesión',
  'catalogo.importar_divipola': 'Importó la DIVIPOLA',
  'catalogo.importar_poblacion': 'Importó la población DANE',
  'demo.cargar': 'Cargó los datos de demostración',
};

export const auditActionLabel = (accion: string) => LABELS[accion] ?? accion;

/** One line summarising an entry's detail (flat key: value pairs; nested values as JSON). */
export function auditSummary(detalle: Record<string, unknown>): string {
  const source = (detalle.despues as Record<string, unknown> | undefined) ?? detalle;
  return Object.entries(source)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}
