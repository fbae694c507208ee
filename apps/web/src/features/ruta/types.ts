// Tipos de la API de La Ruta (/api/v1/municipios/:codigo/procesos/…), tal como los publica el servidor.
import type { ItemState, ProcessState } from '@ruta-pot/domain';

import type { Advertencia, Cita } from '../../ui/citas/model';

/** The states come from the domain's transition tables (one list, issue 17). */
export type EstadoProceso = ProcessState;
export type EstadoItem = ItemState;
export type Veredicto = 'cumple' | 'cumple_parcialmente' | 'no_cumple';
export type Decision = 'aprobado' | 'devuelto';

export interface Evidencia {
  id: string;
  version: number;
  nombreArchivo: string;
  sha256: string;
  bytes: number;
  tipoMime: string;
  subidoPor: string;
  subidoEn: string;
}

export interface Concepto {
  id: string;
  revisor: string;
  calidad: Veredicto;
  suficiencia: Veredicto;
  pertinencia: Veredicto;
  comentarios: string;
  decision: Decision;
  emitidoEn: string;
}

/** Por qué el motor normativo sugiere un rol responsable (la norma o la práctica del producto). */
export interface RolSugerido {
  rol: string;
  /** Rol si el municipio hace el producto sin consultor. */
  rolDirecto: string | null;
  base: 'norma' | 'practica';
  nota: string;
  citas: Cita[];
}

export interface Item {
  id: string;
  etapa: string;
  nombre: string;
  descripcion: string;
  requerido: boolean;
  condicion: string | null;
  escalas: string[];
  citas: Cita[];
  responsable: { id: string; nombre: string } | null;
  responsableRol: string | null;
  /** null sin persona o sin rol; false si la persona no tiene ese rol en el municipio (se avisa). */
  responsableTieneRol: boolean | null;
  rolSugerido: RolSugerido | null;
  venceEl: string | null;
  estado: EstadoItem;
  motivoNoAplica: string | null;
  version: number;
  /** Las versiones más recientes (a lo sumo 10); `evidenciasTotal` cuenta todas. */
  evidencias: Evidencia[];
  evidenciasTotal?: number;
  /** Los conceptos más recientes (a lo sumo 10); `conceptosTotal` cuenta todos. */
  conceptos: Concepto[];
  conceptosTotal?: number;
}

export interface Etapa {
  id: string;
  nombre: string;
  items: Item[];
  progreso: { total: number; aprobados: number; noAplica: number; enCurso: number };
}

export interface Evento {
  id: string;
  tipo: string;
  etiqueta: string;
  fecha: string;
  venceEl: string | null;
  tipoDias: 'habiles' | 'calendario' | null;
  tramite: string | null;
  citas: Cita[];
  nota: string | null;
  /** What is due on `venceEl` («Concepto del Consejo Territorial de Planeación»). */
  queVence?: string | null;
  anulado?: { en: string; motivo: string } | null;
  reemplazaA?: string | null;
  /** When recording: what the law's order says about it (recorded anyway). */
  advertencias?: { nivel: string; mensaje: string; citas: Cita[] }[];
}

export interface AlertaPlazo {
  titulo: string;
  venceEl: string;
  diasRestantes: number;
  itemId?: string;
  eventoId?: string;
}

export interface Faltante {
  requisito: string;
  mensaje: string;
  citas: Cita[];
}

export interface Participante {
  usuarioId: string;
  nombre: string;
  rol: string;
  rolEtiqueta: string;
}

export interface Permisos {
  editarItems: boolean;
  aprobar: boolean;
  subirEvidencia: boolean;
  emitirConcepto: boolean;
  registrarEventos: boolean;
  radicar: boolean;
}

export interface Proceso {
  id: string;
  tipoRevision: string;
  tipoRevisionEtiqueta: string;
  tipoPlan: string;
  estado: EstadoProceso;
  etapaActual: string;
  iniciadoEn: string;
  fechaBase: string;
  version: number;
  etapas: Etapa[];
  /** Los 50 eventos más recientes, del más reciente al más antiguo. */
  eventos: Evento[];
  /** Eventos del proceso en total. */
  eventosTotal: number;
  /** Cursor para pedir los eventos anteriores (GET …/eventos?antesDe=); null si no hay más. */
  eventosSiguiente: string | null;
  /** A lo sumo 50 de cada clase (las más próximas); los totales cuentan todas. */
  alertas: {
    proximos: AlertaPlazo[];
    vencidos: AlertaPlazo[];
    totalProximos?: number;
    totalVencidos?: number;
  };
  compuerta: { ok: boolean; faltantes: Faltante[]; advertencias: Advertencia[] };
  /** «¿Aplica consulta previa?», answered by the municipality with its reason (issue 18). */
  consultaPrevia?: { decision: 'sin_determinar' | 'no_aplica' | 'aplica'; motivo: string | null };
  participantes: Participante[];
  permisos: Permisos;
}

export interface TipoRevisionPropuesta {
  type: string;
  label: string;
  open: boolean;
  reasons: string[];
  mayChange: string[];
  requires: string[];
  citations: Cita[];
  warnings: Advertencia[];
}

export interface Propuesta {
  fecha: string;
  tipoPlan: {
    planType: string;
    explanation: string;
    citations: Cita[];
    warnings: Advertencia[];
  } | null;
  propuesta: string | null;
  tiposRevision: TipoRevisionPropuesta[];
  /** The plan in force; null when the municipality has not registered it yet. */
  plan: { instrumento: string; adopcion: string } | null;
}

export interface TipoEvento {
  tipo: string;
  etiqueta: string;
  tramite: string | null;
  citas: Cita[];
}

export interface CambioItem {
  estado?: EstadoItem;
  responsableId?: string | null;
  responsableRol?: string | null;
  venceEl?: string | null;
  motivoNoAplica?: string;
  version: number;
}

export interface CuerpoConcepto {
  calidad: Veredicto;
  suficiencia: Veredicto;
  pertinencia: Veredicto;
  comentarios: string;
  decision: Decision;
}

export interface CuerpoEvento {
  tipo: string;
  fecha: string;
  nota?: string;
}

/** Lo que cada sección de la página necesita: municipio, proceso y cómo volver a cargarlo. */
/** Una página de GET …/procesos/:procesoId/eventos (del más reciente al más antiguo). */
export interface PaginaEventos {
  eventos: Evento[];
  total: number;
  siguiente: string | null;
}

export interface ContextoRuta {
  codigo: string;
  proceso: Proceso;
  refrescar: () => Promise<void>;
}
