import type { ErrorApi, Resultado } from '../../app/http';
import { pedir } from '../../app/http';
import { interpretarError } from '../../app/model';
import { t } from '../../i18n/es-CO';
import type {
  CambioItem,
  CuerpoConcepto,
  CuerpoEvento,
  Evento,
  Evidencia,
  Item,
  Proceso,
  Propuesta,
  TipoEvento,
} from './types';

/** Como Resultado, pero conserva `error.detalles` (p. ej. los requisitos que faltan). */
export type ResultadoEnvio<T> =
  | { ok: true; estado: number; datos: T }
  | { ok: false; estado: number; error: ErrorApi; detalles: unknown };

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

interface Envio {
  metodo: 'POST' | 'PATCH';
  /** Cuerpo JSON, o un formulario multipart (subida de archivos). */
  cuerpo?: unknown;
  formulario?: FormData;
}

function detallesDe(cuerpo: unknown): unknown {
  if (typeof cuerpo !== 'object' || cuerpo === null || !('error' in cuerpo)) return null;
  const error = cuerpo.error;
  if (typeof error !== 'object' || error === null || !('detalles' in error)) return null;
  return error.detalles;
}

/** POST/PATCH a la API. Nunca lanza: devuelve un resultado con el mensaje del servidor. */
export async function enviar<T>(url: string, envio: Envio): Promise<ResultadoEnvio<T>> {
  const cabeceras: Record<string, string> = { Accept: 'application/json' };
  let cuerpo: BodyInit | null = null;
  if (envio.formulario) cuerpo = envio.formulario;
  else if (envio.cuerpo !== undefined) {
    cabeceras['Content-Type'] = 'application/json';
    cuerpo = JSON.stringify(envio.cuerpo);
  }
  let respuesta: Response;
  try {
    respuesta = await fetch(url, {
      method: envio.metodo,
      headers: cabeceras,
      credentials: 'same-origin',
      body: cuerpo,
    });
  } catch {
    return { ok: false, estado: 0, error: interpretarError(0, null, RESPALDO), detalles: null };
  }
  const texto = await respuesta.text().catch(() => '');
  let datos: unknown = null;
  try {
    datos = texto.length > 0 ? (JSON.parse(texto) as unknown) : null;
  } catch {
    datos = null;
  }
  if (!respuesta.ok) {
    return {
      ok: false,
      estado: respuesta.status,
      error: interpretarError(respuesta.status, datos, RESPALDO),
      detalles: detallesDe(datos),
    };
  }
  return { ok: true, estado: respuesta.status, datos: datos as T };
}

export function baseMunicipio(codigo: string): string {
  return `/api/v1/municipios/${encodeURIComponent(codigo)}`;
}

function baseProceso(codigo: string, procesoId: string): string {
  return `${baseMunicipio(codigo)}/procesos/${encodeURIComponent(procesoId)}`;
}

function baseItem(codigo: string, procesoId: string, itemId: string): string {
  return `${baseProceso(codigo, procesoId)}/items/${encodeURIComponent(itemId)}`;
}

export function urlArchivo(codigo: string, evidenciaId: string): string {
  return `${baseMunicipio(codigo)}/evidencias/${encodeURIComponent(evidenciaId)}/archivo`;
}

export function obtenerProcesoActual(
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<Proceso>> {
  return pedir<Proceso>(`${baseMunicipio(codigo)}/procesos/actual`, { senal });
}

export function obtenerPropuesta(
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<Propuesta>> {
  return pedir<Propuesta>(`${baseMunicipio(codigo)}/procesos/propuesta`, { senal });
}

export function iniciarProceso(
  codigo: string,
  tipoRevision: string,
): Promise<ResultadoEnvio<Proceso>> {
  return enviar<Proceso>(`${baseMunicipio(codigo)}/procesos`, {
    metodo: 'POST',
    cuerpo: { tipoRevision },
  });
}

export function radicarAnteConcejo(
  codigo: string,
  procesoId: string,
): Promise<ResultadoEnvio<Proceso>> {
  return enviar<Proceso>(`${baseProceso(codigo, procesoId)}/radicacion-concejo`, {
    metodo: 'POST',
  });
}

export interface RefItem {
  codigo: string;
  procesoId: string;
  itemId: string;
}

export function guardarItem(ref: RefItem, cambio: CambioItem): Promise<ResultadoEnvio<Item>> {
  return enviar<Item>(baseItem(ref.codigo, ref.procesoId, ref.itemId), {
    metodo: 'PATCH',
    cuerpo: cambio,
  });
}

export function subirEvidencia(ref: RefItem, archivo: File): Promise<ResultadoEnvio<Evidencia>> {
  const formulario = new FormData();
  formulario.append('archivo', archivo, archivo.name);
  return enviar<Evidencia>(`${baseItem(ref.codigo, ref.procesoId, ref.itemId)}/evidencias`, {
    metodo: 'POST',
    formulario,
  });
}

export function emitirConcepto(
  ref: RefItem,
  cuerpo: CuerpoConcepto,
): Promise<ResultadoEnvio<Item>> {
  return enviar<Item>(`${baseItem(ref.codigo, ref.procesoId, ref.itemId)}/conceptos`, {
    metodo: 'POST',
    cuerpo,
  });
}

export function obtenerTiposEvento(
  senal?: AbortSignal,
): Promise<Resultado<{ tipos: TipoEvento[] }>> {
  return pedir<{ tipos: TipoEvento[] }>('/api/v1/norma/eventos-tramite', { senal });
}

export function registrarEvento(
  codigo: string,
  procesoId: string,
  cuerpo: CuerpoEvento,
): Promise<ResultadoEnvio<Evento>> {
  return enviar<Evento>(`${baseProceso(codigo, procesoId)}/eventos`, { metodo: 'POST', cuerpo });
}
