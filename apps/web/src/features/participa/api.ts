import { pedir, type Resultado } from '../../app/http';
import { type DocumentoPublico, normalizarDocumentos } from './model';

interface MunicipioPublico {
  codigo: string;
  nombre: string;
  departamento: string;
}

export interface ParticipacionPublica {
  municipio: MunicipioPublico;
  eventos: { tipo: string; titulo: string; fecha: string; lugar: string; asistentes: number }[];
  columnas: string[];
  matriz: string[][];
}

export interface AporteEnviado {
  codigo: string;
  estado: 'por_confirmar' | 'recibido';
  confirmacion: { enviado: boolean; enlace: string | null; aviso: string | null } | null;
  seguimiento: string | null;
}

export interface AporteConfirmado {
  codigo: string;
  municipio: string | MunicipioPublico;
  seguimiento: string;
}

export interface SeguimientoAporte {
  municipio: MunicipioPublico;
  codigo: string;
  estado: string;
  estadoEtiqueta: string;
  texto: string;
  tema: string | null;
  recibidoEn: string;
  grupo: string | null;
  respuesta: {
    resultado: string;
    etiqueta: string;
    razones: string | null;
    documentoVersion: string | number | null;
    articulo: string | null;
    elementoMapa: string | null;
  } | null;
  lineaTiempo: { en: string; texto: string }[];
}

const base = (codigo: string) => `/api/v1/publico/${encodeURIComponent(codigo)}/participacion`;

export const urlLimite = (codigo: string) => `${base(codigo)}/limite.geojson`;

export const obtenerParticipacion = (codigo: string, senal?: AbortSignal) =>
  pedir<ParticipacionPublica>(base(codigo), { senal });

export async function obtenerDocumentos(
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<DocumentoPublico[]>> {
  const r = await pedir<unknown>(`${base(codigo)}/documentos`, { senal });
  return r.ok ? { ...r, datos: normalizarDocumentos(codigo, r.datos) } : r;
}

export const enviarAporte = (codigo: string, formulario: FormData) =>
  pedir<AporteEnviado>(`${base(codigo)}/aportes`, { metodo: 'POST', formulario });

export const confirmarAporte = (enlace: string, senal?: AbortSignal) =>
  pedir<AporteConfirmado>('/api/v1/publico/participacion/confirmacion', {
    metodo: 'POST',
    cuerpo: { enlace },
    senal,
  });

export const consultarSeguimiento = (enlace: string, senal?: AbortSignal) =>
  pedir<SeguimientoAporte>('/api/v1/publico/participacion/seguimiento', {
    metodo: 'POST',
    cuerpo: { enlace },
    senal,
  });
