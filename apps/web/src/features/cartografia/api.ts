import { pedir } from '../../app/http';
import type { Cita } from '../../ui/citas/model';
import { type Bbox, type Categoria, consultaEntidades } from './model';

/** Contrato de /api/v1/municipios/{codigo}/capas (contrato-cartografia §3). */
export interface Metadatos {
  entidad: string | null;
  estudio: string | null;
  escala: number | null;
  fecha: string | null;
  autor: string | null;
}

export interface Capa {
  id: string;
  nombre: string;
  tipo: string;
  tipoEtiqueta: string;
  entidades: number;
  areaHa: number | null;
  crsOrigen: number;
  formato: string;
  publica: boolean;
  metadatos: Metadatos;
  categorias: Categoria[];
  bbox: Bbox | null;
  creadoEn: string;
}

export type Propiedades = Record<string, unknown> & { _id: number; categoria: string | null };

export interface Entidades {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: number; geometry: unknown; properties: Propiedades }[];
  numberMatched: number;
  truncated: boolean;
}

export interface Entidad {
  id: number;
  properties: Propiedades;
  categoriaEtiqueta?: string;
  areaHa: number;
}

export interface ResultadoImportacion {
  capaId: string;
  entidades: number;
  crsOrigen: number;
  areaHa: number;
  areaPorCategoriaHa: Record<string, number>;
  avisos: string[];
}

export interface Invalida {
  elemento: number | string;
  motivo: string;
  ubicacion: [number, number] | null;
}

export interface DetallesImportacion {
  invalidas?: Invalida[];
  pideCrs?: boolean;
  tablas?: string[];
}

export interface Veredicto {
  capaId: string;
  nombre: string;
  declarada: number | null;
  requerida: number | null;
  veredicto: string;
  mensaje: string;
  citas: Cita[];
}

export interface Analisis {
  id: string;
  suelo: string;
  amenaza: string;
  creadoEn: string;
  tabla: {
    clase: string;
    claseEtiqueta: string;
    categoria: string;
    categoriaEtiqueta?: string;
    ha: number;
    condicionAmenaza?: boolean;
  }[];
  totalHa: number;
  condicionAmenaza: { ha: number; porClase: Record<string, number> };
  condicionRiesgo: { ha: number } | null;
  prediosExpuestos: { entidad?: number; codigo: string | null; categoria: string; ha: number }[];
  prediosTotal: number;
  escala: Veredicto[];
  citas?: Cita[];
}

export interface AnalisisResumen {
  id: string;
  sueloNombre?: string;
  amenazaNombre?: string;
  creadoEn: string;
  totalHa?: number;
  condicionAmenazaHa?: number;
}

export const base = (codigo: string) => `/api/v1/municipios/${encodeURIComponent(codigo)}/capas`;

export const URL_LIMITE = (codigo: string) =>
  `/api/v1/publico/${encodeURIComponent(codigo)}/participacion/limite.geojson`;

export const obtenerCapas = (codigo: string, senal?: AbortSignal) =>
  pedir<{ capas: Capa[] }>(base(codigo), { senal });

export const obtenerEntidades = (
  codigo: string,
  vista: { capaId: string; bbox: Bbox | null; zoom: number; limite: number },
  senal?: AbortSignal,
) =>
  pedir<Entidades>(
    `${base(codigo)}/${vista.capaId}/entidades?${consultaEntidades(vista.bbox, vista.zoom, vista.limite)}`,
    { senal },
  );

export const obtenerEntidad = (codigo: string, capaId: string, id: number) =>
  pedir<Entidad>(`${base(codigo)}/${capaId}/entidades/${id}`);

export const cambiarCapa = (codigo: string, capaId: string, cambio: { publica: boolean }) =>
  pedir<Capa>(`${base(codigo)}/${capaId}`, { metodo: 'PATCH', cuerpo: cambio });

export const analizar = (codigo: string, suelo: string, amenaza: string) =>
  pedir<Analisis>(`${base(codigo)}/analisis`, { metodo: 'POST', cuerpo: { suelo, amenaza } });

export const obtenerAnalisisLista = (codigo: string, senal?: AbortSignal) =>
  pedir<{ analisis: AnalisisResumen[] }>(`${base(codigo)}/analisis`, { senal });

export const obtenerAnalisis = (codigo: string, id: string) =>
  pedir<Analisis>(`${base(codigo)}/analisis/${id}`);

export const urlInforme = (codigo: string, id: string, formato: 'docx' | 'pdf') =>
  `${base(codigo)}/analisis/${id}/informe/${formato}`;

/**
 * Importa una capa ya subida (subida reanudable, ADR 0028): el formulario lleva `subida` con el id
 * de la subida terminada y las respuestas (tipo, sistema de coordenadas, tabla, reparar), nunca el
 * archivo; así cada pregunta del importador se contesta sin volver a enviarlo.
 */
export const importarCapa = (codigo: string, formulario: FormData) =>
  pedir<ResultadoImportacion>(base(codigo), { metodo: 'POST', formulario });
