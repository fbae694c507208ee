import type { Cita } from '../../ui/citas/model';
import type { AlertaPlazo, EstadoProceso } from '../ruta/types';

export type Severidad = 'alta' | 'media' | 'baja';

export interface Riesgo {
  titulo: string;
  severidad: Severidad;
  etapa: string;
}

export interface Tablero {
  municipio: { codigo: string; nombre: string; departamento: string };
  fecha: string;
  plan: {
    estado: 'vigente' | 'vencido' | 'sin_plan';
    explicacion: string;
    tipoPlan: string | null;
    vigenciaLargoPlazo: string | null;
    citas: Cita[];
  };
  proceso: null | {
    id: string;
    tipoRevisionEtiqueta: string;
    estado: EstadoProceso;
    etapaActual: string;
    etapaActualNombre: string;
    progresoPorEtapa: { etapa: string; nombre: string; total: number; hechos: number }[];
    devueltos: { id: string; nombre: string; etapa: string }[];
    vencidos: AlertaPlazo[];
    proximos: AlertaPlazo[];
    /** Every late task (the list carries at most 50). */
    totalVencidos?: number;
  };
  riesgos: Riesgo[];
}
