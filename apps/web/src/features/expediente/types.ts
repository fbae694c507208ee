import type { Cita } from '../../ui/citas/model';

export type EstadoIndicador = 'sin_datos' | 'sin_meta' | 'cumplida' | 'en_camino' | 'rezagada';

export interface Medicion {
  anio: number;
  valor: number;
  evidencia?: string | null;
}

/** A row of the indicators list: status without the series (fetched when the row opens). */
export type IndicadorResumen = Omit<
  Indicador,
  'mediciones' | 'definicion' | 'formula' | 'fuente' | 'citas'
> & {
  nMediciones: number;
};

export interface Indicador {
  id: string;
  nombre: string;
  dimension: 'suficiencia' | 'articulacion' | 'ejecucion' | 'modelo_ocupacion';
  definicion: string;
  unidad: string;
  formula: string;
  fuente: string;
  sentido: 'aumentar' | 'disminuir';
  automatico: string | null;
  lineaBase: { anio: number; valor: number } | null;
  lineaBaseAutomatica: boolean;
  /** «Tomado de la capa …» when the baseline comes from the municipality's cartography. */
  origenLineaBase: string | null;
  /** What the layers measure now (hectares in EPSG:9377), offered even over a typed baseline. */
  cartografia: { valor: number; anio: number; texto: string; supuesto: string } | null;
  meta: { anio: number; valor: number } | null;
  mediciones: Medicion[];
  seguimiento: {
    estado: EstadoIndicador;
    ultima: Medicion | null;
    esperado: number | null;
    explicacion: string;
  };
  citas: Cita[];
}

export interface CoberturaPlan {
  plan: { id: string; nombre: string; anioInicio: number; anioFin: number };
  programados: number;
  incluidos: number;
  faltantes: { id: string; codigo: string; nombre: string; costoCop: number }[];
  costoProgramadoCop: number;
  costoIncluidoCop: number;
  costoFaltanteCop: number;
  ejecutadoEnPeriodoCop: number;
}

export interface Expediente {
  anio: number;
  tipoPlan: 'POT' | 'PBOT' | 'EOT' | null;
  poblacion: { anio: number; poblacion: number } | null;
  indicadores: IndicadorResumen[];
  rezagados: number;
  ejecucion: {
    proyectos: number;
    costoTotalCop: number;
    ejecutadoCop: number;
    ejecucionFinanciera: number | null;
    ejecucionFisica: number | null;
    articulacion: number | null;
    porFuente: { fuente: string; etiqueta: string; costoCop: number; ejecutadoCop: number }[];
    porPlanDesarrollo: CoberturaPlan[];
    citas: Cita[];
  };
  planDesarrolloActual: CoberturaPlan | null;
  suficiencia: {
    contenidos: {
      contenido: { id: string; componente: string; texto: string; citas: Cita[] };
      respuesta: 'contiene' | 'parcial' | 'no_contiene' | null;
    }[];
    porcentaje: number | null;
    respondidos: number;
    requeridos: number;
  } | null;
  conclusiones: { conclusiones: string; recomendaciones: string } | null;
  destinatarios: {
    destinatarios: string[];
    etiquetas: string[];
    explicacion: string;
    citas: Cita[];
  };
}

export interface EntradaArchivo {
  origen: 'archivo' | 'acto' | 'evidencia';
  id: string;
  tipo: string;
  titulo: string;
  descripcion: string;
  fecha: string;
  version: number;
  referencia: string | null;
  /** The version's file name, when a file was attached. */
  archivo: string | null;
  serie: string | null;
}
