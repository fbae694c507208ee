import type { Resultado } from '../../app/http';
import { pedir } from '../../app/http';
import type {
  AnulacionEvento,
  CambioItem,
  CuerpoAnulacion,
  CuerpoCierre,
  CuerpoConcepto,
  CuerpoConsultaPrevia,
  CuerpoEvento,
  EventoRegistrado,
  EvidenciaCargada,
  ItemProceso,
  PaginaEventos,
  Proceso,
  Propuesta,
  TipoEvento,
} from './types';

/** Same as Resultado; kept as a name because pages read `detalles` of refused actions. */
export type ResultadoEnvio<T> = Resultado<T>;

interface Envio {
  metodo: 'POST' | 'PATCH' | 'PUT';
  /** Cuerpo JSON, o un formulario multipart (subida de archivos). */
  cuerpo?: unknown;
  formulario?: FormData;
}

/** POST/PATCH/PUT a la API. Nunca lanza: devuelve un resultado con el mensaje del servidor. */
function enviar<T>(url: string, envio: Envio): Promise<ResultadoEnvio<T>> {
  return pedir<T>(url, envio);
}

function baseMunicipio(codigo: string): string {
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

/** Cierre del proceso: registrar su adopción o archivarlo (POST …/cierre). */
export function cerrarProceso(
  codigo: string,
  procesoId: string,
  cuerpo: CuerpoCierre,
): Promise<ResultadoEnvio<Proceso>> {
  return enviar<Proceso>(`${baseProceso(codigo, procesoId)}/cierre`, { metodo: 'POST', cuerpo });
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

export function guardarItem(
  ref: RefItem,
  cambio: CambioItem,
): Promise<ResultadoEnvio<ItemProceso>> {
  return enviar<ItemProceso>(baseItem(ref.codigo, ref.procesoId, ref.itemId), {
    metodo: 'PATCH',
    cuerpo: cambio,
  });
}

export function subirEvidencia(
  ref: RefItem,
  archivo: File,
): Promise<ResultadoEnvio<EvidenciaCargada>> {
  const formulario = new FormData();
  formulario.append('archivo', archivo, archivo.name);
  return enviar<EvidenciaCargada>(`${baseItem(ref.codigo, ref.procesoId, ref.itemId)}/evidencias`, {
    metodo: 'POST',
    formulario,
  });
}

export function emitirConcepto(
  ref: RefItem,
  cuerpo: CuerpoConcepto,
): Promise<ResultadoEnvio<Proceso>> {
  return enviar<Proceso>(`${baseItem(ref.codigo, ref.procesoId, ref.itemId)}/conceptos`, {
    metodo: 'POST',
    cuerpo,
  });
}

export function obtenerTiposEvento(
  senal?: AbortSignal,
): Promise<Resultado<{ tipos: TipoEvento[] }>> {
  return pedir<{ tipos: TipoEvento[] }>('/api/v1/norma/eventos-tramite', { senal });
}

/** La página de eventos anterior al cursor (del más reciente al más antiguo; máx. 100). */
export function obtenerEventos(
  ref: { codigo: string; procesoId: string; antesDe: string },
  senal?: AbortSignal,
): Promise<Resultado<PaginaEventos>> {
  const consulta = new URLSearchParams({ antesDe: ref.antesDe, limite: '50' });
  return pedir<PaginaEventos>(`${baseProceso(ref.codigo, ref.procesoId)}/eventos?${consulta}`, {
    senal,
  });
}

export function registrarEvento(
  codigo: string,
  procesoId: string,
  cuerpo: CuerpoEvento,
): Promise<ResultadoEnvio<EventoRegistrado>> {
  return enviar<EventoRegistrado>(`${baseProceso(codigo, procesoId)}/eventos`, {
    metodo: 'POST',
    cuerpo,
  });
}

/** Annuls an event with its reason; with `correccion`, records the corrected event in its place. */
export function anularEvento(
  ref: { codigo: string; procesoId: string; eventoId: string },
  cuerpo: CuerpoAnulacion,
): Promise<ResultadoEnvio<AnulacionEvento>> {
  return enviar<AnulacionEvento>(
    `${baseProceso(ref.codigo, ref.procesoId)}/eventos/${ref.eventoId}/anulacion`,
    { metodo: 'POST', cuerpo },
  );
}

/** The municipality's answer to «¿aplica consulta previa?», with its reason. */
export function responderConsultaPrevia(
  ref: { codigo: string; procesoId: string },
  cuerpo: CuerpoConsultaPrevia,
): Promise<ResultadoEnvio<Proceso>> {
  return enviar<Proceso>(`${baseProceso(ref.codigo, ref.procesoId)}/consulta-previa`, {
    metodo: 'PUT',
    cuerpo,
  });
}
