import { destinoSeguro } from '../../app/model';
import type { Membresia, Sesion } from './types';

/** Adónde ir tras ingresar: la ruta pedida (si es interna), el primer municipio o el inicio. */
export function destinoTrasIngresar(sesion: Sesion, volver: string | null): string {
  const pedido = destinoSeguro(volver);
  if (pedido && !pedido.startsWith('/ingresar')) return pedido;
  const primera = sesion.membresias[0];
  return primera ? `/m/${encodeURIComponent(primera.municipio.codigo)}` : '/';
}

export function membresiaEn(sesion: Sesion | null, codigo: string): Membresia | null {
  return sesion?.membresias.find((m) => m.municipio.codigo === codigo) ?? null;
}
