import { pedir, type Resultado } from '../../app/http';
import { interpretarError } from '../../app/model';
import { t } from '../../i18n/es-CO';
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

const RESPALDO = {
  red: t('error.red'),
  sesion: t('error.sesion'),
  acceso: t('error.acceso'),
  noEncontrado: t('error.noEncontrado'),
  servidor: t('error.servidor'),
  generico: t('error.generico'),
};

/**
 * Sube la capa con XMLHttpRequest para informar el avance del envío (fetch no lo ofrece): en una
 * conexión lenta se ve cuánto falta y, si se corta, un mensaje claro en vez de una espera muda.
 */
export function subirCapa(
  codigo: string,
  formulario: FormData,
  alAvanzar: (fraccion: number) => void,
): Promise<Resultado<ResultadoImportacion>> {
  return new Promise((resolver) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', base(codigo));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) alAvanzar(e.loaded / e.total);
    };
    const fallo = (mensaje: string) =>
      resolver({ ok: false, estado: 0, error: { codigo: 'red', mensaje } });
    xhr.onerror = () => fallo(t('carto.subidaCortada'));
    xhr.ontimeout = () => fallo(t('carto.subidaCortada'));
    xhr.onload = () => {
      let cuerpo: unknown = null;
      try {
        cuerpo = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : null;
      } catch {
        cuerpo = null;
      }
      if (xhr.status >= 200 && xhr.status < 300)
        return resolver({ ok: true, estado: xhr.status, datos: cuerpo as ResultadoImportacion });
      const error = (cuerpo as { error?: { detalles?: unknown } } | null)?.error;
      resolver({
        ok: false,
        estado: xhr.status,
        error: interpretarError(xhr.status, cuerpo, RESPALDO),
        detalles: error?.detalles ?? null,
      });
    };
    xhr.send(formulario);
  });
}
