import type { EntradaAuditoria } from './api';

/** 6.2518 → "6,2518"; −75.5636 → "−75,5636" (coma decimal, signo menos tipográfico). */
export function formatearCoordenada(valor: number): string {
  if (!Number.isFinite(valor)) return '';
  const texto = Math.abs(valor).toFixed(4).replace('.', ',');
  return valor < 0 ? `−${texto}` : texto;
}

/** Una sección secundaria se oculta si el servidor responde 403 o 404 (sin permiso o sin datos). */
export function ocultarSeccion(codigoHttp: number): boolean {
  return codigoHttp === 403 || codigoHttp === 404;
}

/** Entradas de auditoría, la más reciente primero. */
export function ordenarAuditoria(entradas: readonly EntradaAuditoria[]): EntradaAuditoria[] {
  return [...entradas].sort((a, b) => b.secuencia - a.secuencia);
}
