import type { Resultado } from '../../app/http';
import { construirUrl, pedir } from '../../app/http';

export interface MunicipioDetalle {
  codigo: string;
  nombre: string;
  departamento: string;
  codigoDepartamento: string;
  tipo: string | null;
  poblacion: number | null;
  anioPoblacion: number | null;
  fuentePoblacion: string | null;
  latitud: number | null;
  longitud: number | null;
}

export interface Miembro {
  usuarioId: string;
  nombre: string;
  email: string;
  rol: string;
  rolEtiqueta: string;
}

export interface EntradaAuditoria {
  secuencia: number;
  ocurridoEn: string;
  actor: string;
  accion: string;
  accionEtiqueta?: string;
  resumen?: string;
  detalle: unknown;
}

function base(codigo: string): string {
  return `/api/v1/municipios/${encodeURIComponent(codigo)}`;
}

export function obtenerMunicipio(
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<MunicipioDetalle>> {
  return pedir<MunicipioDetalle>(base(codigo), { senal });
}

export function obtenerMiembros(
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<{ miembros: Miembro[] }>> {
  return pedir<{ miembros: Miembro[] }>(`${base(codigo)}/miembros`, { senal });
}

export function obtenerAuditoria(
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<{ entradas: EntradaAuditoria[] }>> {
  return pedir<{ entradas: EntradaAuditoria[] }>(
    construirUrl(`${base(codigo)}/auditoria`, { limite: 10 }),
    { senal },
  );
}
