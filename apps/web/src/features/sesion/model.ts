import { destinoSeguro, type ErrorApi } from '../../app/model';
import type { Membresia, Sesion } from './types';

/** Each municipality of the session once, with every role the person holds there. */
export function municipiosDe(sesion: Sesion) {
  const porCodigo = new Map<
    string,
    { codigo: string; nombre: string; departamento: string; roles: string[] }
  >();
  for (const m of sesion.membresias) {
    const actual = porCodigo.get(m.municipio.codigo) ?? { ...m.municipio, roles: [] };
    actual.roles.push(m.rolEtiqueta);
    porCodigo.set(m.municipio.codigo, actual);
  }
  return [...porCodigo.values()];
}

/**
 * Adónde ir tras ingresar: la ruta pedida (si es interna); con un solo municipio, ese; con
 * varios (CAR, asesor, consultor), la lista de los suyos; sin municipio, la consola o la cuenta.
 */
export function destinoTrasIngresar(sesion: Sesion, volver: string | null): string {
  const pedido = destinoSeguro(volver);
  if (pedido && !pedido.startsWith('/ingresar')) return pedido;
  const municipios = municipiosDe(sesion);
  if (municipios.length === 1) return `/m/${encodeURIComponent(municipios[0]!.codigo)}`;
  if (municipios.length > 1) return '/mis-municipios';
  return sesion.usuario.esAdministrador ? '/admin' : '/cuenta';
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
