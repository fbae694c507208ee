import { construirUrl, pedir, type Resultado } from '../../app/http';
import type { Entrega } from '../equipo/api';

export interface Pagina {
  total: number;
  pagina: number;
  porPagina: number;
}
export interface MunicipioAdmin {
  codigo: string;
  nombre: string;
  departamento: string;
  gestores: number;
  miembros: number;
  autoridad: string | null;
}
export interface CuentaAdmin {
  id: string;
  nombre: string;
  email: string;
  activo: boolean;
  esAdministrador: boolean;
  esCiudadano: boolean;
  autoridad: string | null;
  roles: string[];
}
export interface Autoridad {
  id: string;
  sigla: string;
  nombre: string;
  municipios: { codigo: string; nombre: string }[];
  revisores: number;
}
export interface AccesoAsesor {
  usuarioId: string;
  nombre: string;
  email: string;
  codigo: string;
  municipio: string;
  desde: string | null;
  hasta: string | null;
  otorgadaPor: string | null;
}
export interface CuentaCreada extends Entrega {
  usuarioId: string;
  email: string;
  cuentaNueva: boolean;
}

const pagina = (ruta: string, q: string, n: number) =>
  construirUrl(ruta, { q: q.trim() || undefined, pagina: String(n) });

export const buscarMunicipios = (q: string, n: number, senal?: AbortSignal) =>
  pedir<Pagina & { municipios: MunicipioAdmin[] }>(pagina('/api/v1/admin/municipios', q, n), {
    senal,
  });

export const buscarCuentas = (q: string, n: number, senal?: AbortSignal) =>
  pedir<Pagina & { cuentas: CuentaAdmin[] }>(pagina('/api/v1/admin/cuentas', q, n), { senal });

export const crearCuentaMunicipal = (
  codigo: string,
  cuerpo: { email: string; nombre: string; rol: string },
) => pedir<CuentaCreada>(`/api/v1/admin/municipios/${codigo}/cuentas`, { metodo: 'POST', cuerpo });

export const activarCuenta = (id: string, activo: boolean) =>
  pedir<null>(`/api/v1/admin/cuentas/${id}/${activo ? 'activar' : 'desactivar'}`, {
    metodo: 'POST',
    cuerpo: {},
  });

export const enlaceRestablecer = (id: string) =>
  pedir<Entrega>(`/api/v1/admin/cuentas/${id}/restablecer`, { metodo: 'POST', cuerpo: {} });

export const obtenerAutoridades = (senal?: AbortSignal): Promise<Resultado<Autoridad[]>> =>
  pedir<Autoridad[]>('/api/v1/admin/autoridades', { senal });

export const crearAutoridad = (sigla: string, nombre: string) =>
  pedir<{ id: string }>('/api/v1/admin/autoridades', { metodo: 'POST', cuerpo: { sigla, nombre } });

export const guardarJurisdiccion = (id: string, municipios: string[]) =>
  pedir<{ trasladados: { municipio: string; autoridad: string }[] }>(
    `/api/v1/admin/autoridades/${id}/jurisdiccion`,
    { metodo: 'PUT', cuerpo: { municipios } },
  );

export const agregarRevisor = (id: string, email: string, nombre: string) =>
  pedir<CuentaCreada>(`/api/v1/admin/autoridades/${id}/revisores`, {
    metodo: 'POST',
    cuerpo: { email, nombre },
  });

export const obtenerAsesores = (senal?: AbortSignal) =>
  pedir<AccesoAsesor[]>('/api/v1/admin/asesores', { senal });

export const otorgarAsesor = (cuerpo: {
  email: string;
  nombre: string;
  municipios: string[];
  desde: string;
  hasta: string;
}) => pedir<CuentaCreada>('/api/v1/admin/asesores', { metodo: 'POST', cuerpo });

export const quitarAsesor = (usuarioId: string, codigo: string) =>
  pedir<null>(`/api/v1/admin/asesores/${usuarioId}/municipios/${codigo}`, { metodo: 'DELETE' });

/** «05001, 25899 05088» → ['05001', '25899', '05088'] */
export const codigosDe = (texto: string) => texto.split(/[\s,;]+/).filter(Boolean);
