import type { Resultado } from '../../app/http';
import { construirUrl, pedir } from '../../app/http';
import type { CuerpoActo, CuerpoPlanVigente, EstadoPot } from './types';

function base(codigo: string): string {
  return `/api/v1/municipios/${encodeURIComponent(codigo)}`;
}

/** Sin fecha, el servidor evalúa con la fecha de hoy. */
export function obtenerEstadoPot(
  codigo: string,
  fecha: string | null,
  senal?: AbortSignal,
): Promise<Resultado<EstadoPot>> {
  return pedir<EstadoPot>(construirUrl(`${base(codigo)}/estado-pot`, { fecha }), { senal });
}

export function registrarPlanVigente(
  codigo: string,
  cuerpo: CuerpoPlanVigente,
): Promise<Resultado<unknown>> {
  return pedir<unknown>(`${base(codigo)}/plan-vigente`, { metodo: 'PUT', cuerpo });
}

export function registrarActo(codigo: string, cuerpo: CuerpoActo): Promise<Resultado<unknown>> {
  return pedir<unknown>(`${base(codigo)}/actos-plan`, { metodo: 'POST', cuerpo });
}
