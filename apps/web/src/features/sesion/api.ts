import type { Resultado } from '../../app/http';
import { pedir } from '../../app/http';
import type { Sesion } from './types';

const URL_SESION = '/api/v1/sesion';

export function obtenerSesion(senal?: AbortSignal): Promise<Resultado<Sesion>> {
  return pedir<Sesion>(URL_SESION, { senal });
}

export function iniciarSesion(email: string, contrasena: string): Promise<Resultado<Sesion>> {
  return pedir<Sesion>(URL_SESION, { metodo: 'POST', cuerpo: { email, contrasena } });
}

export function cerrarSesion(): Promise<Resultado<null>> {
  return pedir<null>(URL_SESION, { metodo: 'DELETE' });
}
