import { pedir, type Resultado } from '../../app/http';

export interface MiCuenta {
  esCiudadano: boolean;
  sesiones: { id: string; creadaEn: string; expiraEn: string; actual: boolean }[];
  siguiendo: { codigo: string; nombre: string; departamento: string }[];
}

export interface OfertaInvitacion {
  municipio: { codigo: string; nombre: string; departamento: string };
  email: string;
  rol: string;
  rolEtiqueta: string;
  cuentaExistente: boolean;
  expiraEn: string;
}

export const obtenerCuenta = (senal?: AbortSignal): Promise<Resultado<MiCuenta>> =>
  pedir<MiCuenta>('/api/v1/cuenta', { senal });

export const cambiarContrasena = (actual: string, nueva: string) =>
  pedir<null>('/api/v1/cuenta/contrasena', { metodo: 'PUT', cuerpo: { actual, nueva } });

export const cerrarMiSesion = (id: string) =>
  pedir<null>(`/api/v1/cuenta/sesiones/${encodeURIComponent(id)}`, { metodo: 'DELETE' });

export const dejarDeSeguir = (codigo: string) =>
  pedir<null>(`/api/v1/publico/${encodeURIComponent(codigo)}/seguimiento`, { metodo: 'DELETE' });

export const seguir = (codigo: string) =>
  pedir<null>(`/api/v1/publico/${encodeURIComponent(codigo)}/seguimiento`, { metodo: 'POST' });

export const pedirRestablecer = (email: string) =>
  pedir<{ mensaje: string }>('/api/v1/cuenta/restablecer', { metodo: 'POST', cuerpo: { email } });

export const registrarCiudadano = (email: string, nombre: string, politica?: string) =>
  pedir<{ mensaje: string }>('/api/v1/cuenta/registro', {
    metodo: 'POST',
    cuerpo: politica ? { email, nombre, politica } : { email, nombre },
  });

export interface Politica {
  version: string;
  titulo: string;
  parrafos: string[];
}

export const obtenerPolitica = (senal?: AbortSignal) =>
  pedir<Politica>('/api/v1/publico/politica-datos', { senal });

export interface MisDatos {
  versionVigente: string;
  autorizacion: { version: string; aceptadaEn: string; revocadaEn: string | null } | null;
  solicitudes: {
    id: string;
    tipo: string;
    tipoEtiqueta: string;
    detalle: string;
    recibidaEl: string;
    venceEl: string;
    estado: string;
  }[];
}

export const obtenerMisDatos = (senal?: AbortSignal) =>
  pedir<MisDatos>('/api/v1/cuenta/datos-personales', { senal });

export const aceptarPolitica = (version: string) =>
  pedir<null>('/api/v1/cuenta/datos-personales/autorizacion', {
    metodo: 'POST',
    cuerpo: { version },
  });

export const solicitarSobreDatos = (tipo: string, detalle: string) =>
  pedir<{ id: string; venceEl: string }>('/api/v1/cuenta/datos-personales/solicitudes', {
    metodo: 'POST',
    cuerpo: { tipo, detalle },
  });

export const consultarInvitacion = (enlace: string, senal?: AbortSignal) =>
  pedir<OfertaInvitacion>('/api/v1/cuenta/invitacion/consulta', {
    metodo: 'POST',
    cuerpo: { enlace },
    senal,
  });

export const aceptarInvitacion = (enlace: string, contrasena: string, nombre?: string) =>
  pedir<{ email: string; municipio: string }>('/api/v1/cuenta/invitacion', {
    metodo: 'POST',
    cuerpo: nombre === undefined ? { enlace, contrasena } : { enlace, contrasena, nombre },
  });
