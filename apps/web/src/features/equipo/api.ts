import { pedir, type Resultado } from '../../app/http';

export interface Entrega {
  enlace: string | null;
  enviado: boolean;
  aviso: string | null;
}

export interface Equipo {
  miembros: {
    usuarioId: string;
    nombre: string;
    email: string;
    activo: boolean;
    roles: { rol: string; etiqueta: string; gestionable: boolean; desde: string }[];
  }[];
  invitaciones: {
    id: string;
    email: string;
    rol: string;
    rolEtiqueta: string;
    creadaEn: string;
    expiraEn: string;
    vencida: boolean;
    invitadaPor: string | null;
  }[];
  historial: { ocurridoEn: string; actor: string; descripcion: string }[];
  rolesInvitables: { rol: string; etiqueta: string }[];
}

export interface Invitacion extends Entrega {
  invitacion: { id: string; email: string; rol: string; rolEtiqueta: string };
}

const base = (codigo: string) => `/api/v1/municipios/${encodeURIComponent(codigo)}/equipo`;

export const obtenerEquipo = (codigo: string, senal?: AbortSignal): Promise<Resultado<Equipo>> =>
  pedir<Equipo>(base(codigo), { senal });

export const invitar = (codigo: string, email: string, rol: string) =>
  pedir<Invitacion>(`${base(codigo)}/invitaciones`, { metodo: 'POST', cuerpo: { email, rol } });

export const reenviar = (codigo: string, id: string) =>
  pedir<Invitacion>(`${base(codigo)}/invitaciones/${id}/reenviar`, { metodo: 'POST', cuerpo: {} });

export const revocar = (codigo: string, id: string) =>
  pedir<null>(`${base(codigo)}/invitaciones/${id}`, { metodo: 'DELETE' });

export const cambiarRol = (codigo: string, usuarioId: string, rol: string) =>
  pedir<null>(`${base(codigo)}/miembros/${usuarioId}`, { metodo: 'PUT', cuerpo: { rol } });

export const retirar = (codigo: string, usuarioId: string) =>
  pedir<null>(`${base(codigo)}/miembros/${usuarioId}`, { metodo: 'DELETE' });
