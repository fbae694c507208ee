import { destinoSeguro, type ErrorApi } from '../../app/model';
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

/**
 * Qué decir cuando el ingreso falla. El servidor ya explica en español cuánto esperar tras
 * demasiados intentos (429 `demasiados_intentos`); si un proxy respondió 429 sin ese cuerpo, se
 * usa `respaldo429` en vez del mensaje genérico.
 */
export function mensajeIngresoFallido(
  resultado: { estado: number; error: ErrorApi },
  respaldo429: string,
): string {
  const { estado, error } = resultado;
  return estado === 429 && error.codigo !== 'demasiados_intentos' ? respaldo429 : error.mensaje;
}
