import { pedir, type Resultado } from '../../app/http';
import { consultaAportes, type Filtros } from './model';

export interface AporteFila {
  id: string;
  codigo: string;
  origen: string;
  estado: string;
  estadoEtiqueta: string;
  texto: string;
  tema: string | null;
  grupo: string | null;
  recibidoEn: string;
  venceEn: string | null;
  esPeticion: boolean;
  tieneGeometria: boolean;
}

export interface PaginaAportes {
  aportes: AporteFila[];
  siguiente: string | null;
  porEstado: Record<string, number>;
}

interface Accion {
  accion: string;
  a: string;
  etiqueta: string;
}

export interface AporteDetalle extends Omit<AporteFila, 'tieneGeometria' | 'esPeticion'> {
  etapa: string | null;
  documento: string | null;
  articulo: string | null;
  capa: string | null;
  evento: string | null;
  peticion: { tipo: string; radicado: string | null } | null;
  autor: { nombre: string | null; correo: string | null } | null;
  geometria: unknown;
  adjuntos: { id: string; nombre: string; tipo: string; bytes: number }[];
  respuesta: {
    resultado: string;
    etiqueta: string;
    razones: string;
    documentoVersion: string | null;
    articulo: string | null;
    elementoMapa: string | null;
  } | null;
  lineaTiempo: { en: string; texto: string }[];
  acciones: Accion[];
}

export interface Grupo {
  id: string;
  codigo: string;
  tema: string;
  aportes: number;
}

export interface EstadoTras {
  estado: string;
  id?: string;
  codigo?: string;
  venceEn?: string | null;
  respondidos?: number;
  grupo?: { id: string; codigo: string };
}

const base = (codigo: string) => `/api/v1/municipios/${encodeURIComponent(codigo)}/participacion`;
const aporte = (codigo: string, id: string) => `${base(codigo)}/aportes/${encodeURIComponent(id)}`;

/** The public pseudonymised matrix (CSV), for the «Descargar matriz» link. */
export const urlMatrizCsv = (codigo: string) =>
  `/api/v1/publico/${encodeURIComponent(codigo)}/participacion/matriz.csv`;

/** The evidence pack (memoria DOCX and PDF, matrix, cited files, manifest) as one ZIP. */
export const urlPaquete = (codigo: string) => `${base(codigo)}/paquete.zip`;

export const listarAportes = (
  codigo: string,
  pedido: { filtros: Filtros; despues?: string | null; limite?: number },
  senal?: AbortSignal,
): Promise<Resultado<PaginaAportes>> =>
  pedir<PaginaAportes>(`${base(codigo)}/aportes?${consultaAportes(pedido.filtros, pedido)}`, {
    senal,
  });

export const obtenerAporte = (codigo: string, id: string, senal?: AbortSignal) =>
  pedir<AporteDetalle>(aporte(codigo, id), { senal });

export const listarGrupos = (codigo: string, senal?: AbortSignal) =>
  pedir<{ grupos: Grupo[] }>(`${base(codigo)}/grupos`, { senal });

export const registrarAporte = (codigo: string, cuerpo: Record<string, unknown>) =>
  pedir<EstadoTras>(`${base(codigo)}/aportes`, { metodo: 'POST', cuerpo });

/** Which aporte an action is on. */
interface Ref {
  codigo: string;
  d: { id: string };
}

/** POST to one of the aporte's action routes (clasificacion, grupo, respuesta, …). */
export const actuar = (ref: Ref, ruta: string, cuerpo: unknown = {}) =>
  pedir<EstadoTras>(`${aporte(ref.codigo, ref.d.id)}/${ruta}`, { metodo: 'POST', cuerpo });

export const desagrupar = (ref: Ref) =>
  pedir<EstadoTras>(`${aporte(ref.codigo, ref.d.id)}/grupo`, { metodo: 'DELETE' });
