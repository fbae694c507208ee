import type { Preparacion } from './types';

/** «$4.135.956.000»: pesos colombianos sin decimales, con punto de miles. */
export function pesos(valor: number): string {
  return `$${Math.round(valor)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** Conteo para el resumen «lo que tiene / lo que falta». */
export function conteoResumen(p: Pick<Preparacion, 'resumen'>) {
  return {
    tiene: p.resumen.tiene.length,
    desactualizado: p.resumen.desactualizado.length,
    falta: p.resumen.falta.length,
    sinRevisar: p.resumen.sin_revisar.length,
  };
}

/** Quien gestiona la preparación: alcaldía, planeación o administrador. */
export function puedeEditar(roles: readonly string[], administrador: boolean): boolean {
  return administrador || roles.includes('alcaldia') || roles.includes('planeacion');
}

/** Solo se pide a otra entidad lo que falta o está desactualizado y no tiene ya una solicitud abierta. */
export function puedeSolicitar(p: Preparacion, itemId: string): boolean {
  const item = p.items.find((i) => i.id === itemId);
  if (!item || (item.estado !== 'falta' && item.estado !== 'desactualizado')) return false;
  return !p.solicitudes.some((s) => s.itemId === itemId && s.estado !== 'respondida');
}

/** Consulta del banco a partir del formulario (solo los filtros con valor). */
export function consultaBanco(filtros: Record<string, string>): string {
  const pares = Object.entries(filtros).filter(([, v]) => v.trim() !== '');
  if (pares.length === 0) return '';
  return `?${pares.map(([k, v]) => `${k}=${encodeURIComponent(v.trim())}`).join('&')}`;
}
