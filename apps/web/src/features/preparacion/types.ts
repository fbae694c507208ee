import type { Cita } from '../../ui/citas/model';

export type EstadoItem = 'tiene' | 'desactualizado' | 'falta' | 'sin_revisar';
export type Alerta = 'sin_radicar' | 'en_termino' | 'por_vencer' | 'vencida' | 'respondida';

export interface ItemInventario {
  id: string;
  name: string;
  entidad: string;
  holder: string;
  scales: string[];
  required: boolean;
  condition?: string;
  citations: Cita[];
  estado: EstadoItem;
  archivo: string | null;
  escala: string | null;
  fecha: string | null;
  version: number;
}

export interface Solicitud {
  id: string;
  itemId: string;
  entidad: string;
  estado: 'borrador' | 'radicada' | 'respondida';
  radicado: string | null;
  venceEn: string | null;
  alerta: Alerta;
  respuestaArchivo: string | null;
  version: number;
}

export interface Preparacion {
  municipio: { codigo: string; nombre: string; departamento: string };
  tipoPlan: string | null;
  tipoRevision: string;
  tipoRevisionNombre: string;
  tiposRevision: Array<{ id: string; nombre: string }>;
  area: { km2: number; fuente: string } | null;
  faltantes: string[];
  advertencias: Array<{ code: string; message: string; citations: Cita[] }>;
  ajustes: {
    opcionSuburbano: string;
    modalidad: string;
    planDesarrollo: string;
    /** Year of the pesos of the cost, the bank comparison and the terms. */
    anioPrecios: number;
    /** Null: the municipality did not choose; the latest IPC year applies. */
    anioPreciosElegido: number | null;
    aniosPrecios: number[];
    version: number;
  };
  items: ItemInventario[];
  resumen: { tiene: string[]; desactualizado: string[]; falta: string[]; sin_revisar: string[] };
  solicitudes: Solicitud[];
}

export interface LineaCosto {
  id: string;
  paso: number;
  concepto: string;
  supuesto: string;
  bajo: number;
  esperado: number;
  alto: number;
}

export interface CasoBanco {
  id: string;
  /** DANE code of the case's municipality (where advisors curate it). */
  codigo?: string;
  municipio: string;
  departamento: string;
  tipoPlan: string;
  tipoRevision: string;
  tipoRevisionNombre?: string;
  anioFin: number | null;
  costoCop: number | null;
  anioCosto: number | null;
  resultado: string;
  acto: string | null;
  objeto: string;
  lecciones: string;
  fuente: string;
  documentos: Array<{ tipo: string; titulo: string; referencia: string; sha256?: string }>;
  costoAjustado?: number | null;
  /** The case's cost converted by IPC to the municipality's price year, stated. */
  conversion?: { valor: number; anio: number; texto: string } | null;
}

export interface Costo {
  faltantes: string[];
  estimacion: null | {
    estimate: {
      bajo: number;
      esperado: number;
      alto: number;
      anioPrecios: number;
      supuestos: LineaCosto[];
      citas: Cita[];
    };
    financiacion: {
      fuentes: Array<{
        id: string;
        name: string;
        description: string;
        requirements: string[];
        citations: Cita[];
      }>;
      advertencias: Array<{ code: string; message: string; citations: Cita[] }>;
    };
    similares: CasoBanco[];
  };
}

export type BloqueTerminos =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface Terminos {
  faltantes: string[];
  terminos: null | {
    title: string;
    subtitle: string;
    blocks: BloqueTerminos[];
    products: Array<{ id: string; name: string }>;
  };
}

export interface ResultadoBanco {
  casos: CasoBanco[];
  tiposRevision: Array<{ id: string; nombre: string }>;
}
