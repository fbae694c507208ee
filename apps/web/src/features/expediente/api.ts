import type { Resultado } from '../../app/http';
import { pedir } from '../../app/http';
import type { EntradaArchivo, Expediente, Indicador } from './types';

const base = (codigo: string) => `/api/v1/municipios/${encodeURIComponent(codigo)}/expediente`;

export function obtenerExpediente(
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<Expediente>> {
  return pedir<Expediente>(base(codigo), { senal });
}

export function obtenerIndicador(codigo: string, id: string, senal?: AbortSignal) {
  return pedir<Indicador>(`${base(codigo)}/indicadores/${encodeURIComponent(id)}`, { senal });
}

export function agregarCatalogo(codigo: string) {
  return pedir<{ agregados: number }>(`${base(codigo)}/indicadores/catalogo`, { metodo: 'POST' });
}

export function registrarMedicion(
  codigo: string,
  medicion: { indicadorId: string; anio: number; valor: number; evidencia: string | null },
) {
  return pedir<{ guardadas: number }>(`${base(codigo)}/mediciones`, {
    metodo: 'POST',
    cuerpo: { mediciones: [medicion] },
  });
}

export function importar(
  codigo: string,
  tipo: 'mediciones' | 'proyectos' | 'ejecucion',
  archivo: File,
) {
  const formulario = new FormData();
  formulario.append('archivo', archivo);
  return pedir<Record<string, number>>(`${base(codigo)}/importar/${tipo}`, {
    metodo: 'POST',
    formulario,
  });
}

export function guardarSuficiencia(codigo: string, respuestas: Record<string, string>) {
  return pedir<unknown>(`${base(codigo)}/suficiencia`, { metodo: 'PUT', cuerpo: { respuestas } });
}

export function guardarConclusiones(
  codigo: string,
  anio: number,
  textos: { conclusiones: string; recomendaciones: string },
) {
  return pedir<unknown>(`${base(codigo)}/conclusiones/${anio}`, { metodo: 'PUT', cuerpo: textos });
}

export function buscarArchivo(codigo: string, q: string, senal?: AbortSignal) {
  const query = q.trim() ? `?q=${encodeURIComponent(q.trim())}` : '';
  return pedir<{ total: number; entradas: EntradaArchivo[] }>(`${base(codigo)}/archivo${query}`, {
    senal,
  });
}

/** Where the generated documento de seguimiento y evaluación is downloaded from. */
export const urlDocumento = (
  codigo: string,
  anio: number,
  documento: { formato: 'docx' | 'pdf'; tipo?: 'dse' | 'informe' },
) =>
  `${base(codigo)}/documento?anio=${anio}&formato=${documento.formato}&tipo=${documento.tipo ?? 'dse'}`;

/** Attaches the generated DSE to the DSE item of the revision in course (La Ruta). */
export function adjuntarARuta(codigo: string, anio: number) {
  return pedir<{ id: string; version: number }>(`${base(codigo)}/documento/${anio}/adjuntar`, {
    metodo: 'POST',
  });
}

/** Adopts what the cartography measures as the indicator's baseline (cited, audited). */
export function usarLineaBaseDeCapa(codigo: string, id: string) {
  return pedir<{ lineaBase: number; anioBase: number; origen: string }>(
    `${base(codigo)}/indicadores/${encodeURIComponent(id)}/linea-base-capa`,
    { metodo: 'POST' },
  );
}

/** Registers an archive document version with its file (multipart). */
export function guardarDocumentoConArchivo(
  codigo: string,
  campos: { tipo: string; titulo: string; fecha: string; serie?: string },
  archivo: File,
) {
  const formulario = new FormData();
  for (const [k, v] of Object.entries(campos)) if (v) formulario.append(k, v);
  formulario.append('archivo', archivo);
  return pedir<{ id: string; version: number }>(`${base(codigo)}/archivo/carga`, {
    metodo: 'POST',
    formulario,
  });
}

/** Where an archive document version's file is downloaded from. */
export const urlArchivo = (codigo: string, id: string) =>
  `${base(codigo)}/archivo/${encodeURIComponent(id)}/descarga`;
