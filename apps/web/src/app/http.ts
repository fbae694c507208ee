// Cliente JSON para nuestra propia API (/api). Nunca lanza: devuelve un resultado.
import { t } from '../i18n/es-CO';
import type { ErrorApi } from './model';
import { interpretarError } from './model';

export type { ErrorApi } from './model';
export { construirUrl } from './model';

export type Resultado<T> =
  | { ok: true; estado: number; datos: T }
  | {
      ok: false;
      estado: number;
      error: ErrorApi;
      abortado?: boolean;
      /** `error.detalles` of the answer (e.g. the legal requirements still missing). */
      detalles?: unknown;
    };

export interface OpcionesPedido {
  metodo?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON body. */
  cuerpo?: unknown;
  /** Multipart body (file uploads); takes precedence over `cuerpo`. */
  formulario?: FormData;
  senal?: AbortSignal | undefined;
}

function detallesDe(cuerpo: unknown): unknown {
  if (typeof cuerpo !== 'object' || cuerpo === null || !('error' in cuerpo)) return null;
  const error = cuerpo.error;
  if (typeof error !== 'object' || error === null || !('detalles' in error)) return null;
  return error.detalles;
}

const RESPALDO = {
  get red() {
    return t('error.red');
  },
  get sesion() {
    return t('error.sesion');
  },
  get acceso() {
    return t('error.acceso');
  },
  get noEncontrado() {
    return t('error.noEncontrado');
  },
  get servidor() {
    return t('error.servidor');
  },
  get generico() {
    return t('error.generico');
  },
};

async function leerJson(respuesta: Response): Promise<unknown> {
  const texto = await respuesta.text();
  if (texto.length === 0) return null;
  try {
    return JSON.parse(texto) as unknown;
  } catch {
    return null;
  }
}

export async function pedir<T>(url: string, opciones: OpcionesPedido = {}): Promise<Resultado<T>> {
  const cabeceras: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | null = null;
  if (opciones.formulario) body = opciones.formulario;
  else if (opciones.cuerpo !== undefined) {
    cabeceras['Content-Type'] = 'application/json';
    body = JSON.stringify(opciones.cuerpo);
  }
  let respuesta: Response;
  try {
    respuesta = await fetch(url, {
      method: opciones.metodo ?? 'GET',
      headers: cabeceras,
      credentials: 'same-origin',
      body,
      signal: opciones.senal ?? null,
    });
  } catch {
    const abortado = opciones.senal?.aborted === true;
    return { ok: false, estado: 0, error: interpretarError(0, null, RESPALDO), abortado };
  }
  const cuerpo = respuesta.status === 204 ? null : await leerJson(respuesta).catch(() => null);
  if (!respuesta.ok) {
    return {
      ok: false,
      estado: respuesta.status,
      error: interpretarError(respuesta.status, cuerpo, RESPALDO),
      detalles: detallesDe(cuerpo),
    };
  }
  return { ok: true, estado: respuesta.status, datos: cuerpo as T };
}
