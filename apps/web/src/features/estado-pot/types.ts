import type { PlanActType, PlanType } from '@ruta-pot/domain';

import type { Esquema } from '../../api/tipos';
import type { Advertencia, Cita } from '../../ui/citas/model';

type TipoDias = 'habiles' | 'calendario';
type TipoPlan = PlanType;
type Contenido = 'corto' | 'mediano' | 'largo';

export interface PlanVigente {
  instrumento: string;
  adopcion: string;
  revisionGeneral?: string;
  vigenciasDeclaradas?: { shortTermEnd?: string; mediumTermEnd?: string; longTermEnd?: string };
}

export interface VigenciaContenido {
  content: Contenido;
  end: string;
  expired: boolean;
  label: string;
}

export interface Vigencias {
  basisDate: string;
  basis: 'adopcion' | 'revision_general';
  shortTermEnd: string;
  mediumTermEnd: string;
  longTermEnd: string;
  formulationStart: string;
  status: 'vigente' | 'vencido';
  statusExplanation: string;
  contents: VigenciaContenido[];
  belowLegalMinimum: string[];
  interpretation: { countAdoptionPeriod: boolean; description: string };
  citations: Cita[];
  warnings: Advertencia[];
}

export interface Periodo {
  start: string;
  end: string;
  years: number;
}

export interface TipoRevision {
  type: string;
  label: string;
  open: boolean;
  reasons: string[];
  mayChange: string[];
  requires: string[];
  citations: Cita[];
  warnings: Advertencia[];
}

export interface Plazo {
  step: string;
  label: string;
  startsOn: string;
  dueOn: string;
  dayKind: TipoDias;
  citations: Cita[];
}

export interface UltimaFechaUtil {
  termEnd: string;
  latestPresentationToConcejo: string;
  explanation: string;
  citations: Cita[];
}

export interface EstadoPot {
  municipio: {
    codigo: string;
    nombre: string;
    departamento: string;
    poblacion: number | null;
    anioPoblacion: number | null;
    fuentePoblacion: string | null;
  };
  fecha: string;
  plan: PlanVigente | null;
  /** Null when the municipality has no population on record. */
  tipoPlan: {
    planType: TipoPlan;
    explanation: string;
    citations: Cita[];
    warnings: Advertencia[];
  } | null;
  vigencias: Vigencias | null;
  periodos: Periodo[];
  tiposRevision: TipoRevision[];
  propuesta: string | null;
  plazos: Plazo[];
  ultimaFechaUtil: UltimaFechaUtil | null;
  /** Historia del plan (opcional: respuestas anteriores no la traen). */
  actos?: ActoPlan[];
  /** Suspensión o nulidad vigente a la fecha consultada. */
  judicial?: DecisionJudicial | null;
}

export interface CuerpoPlanVigente {
  instrumento: string;
  adopcion: string;
  revisionGeneral?: string;
  vigenciaLargoPlazoDeclarada?: string;
}

/** The kinds of act are the domain's list (one list, issue 17). */
export type TipoActo = PlanActType;

/** One act of the plan's history (schema «ActoPlan»). */
export type ActoPlan = Esquema<'ActoPlan'>;

/** A suspension or annulment in force on the date asked (schema «DecisionJudicialPlan»). */
export type DecisionJudicial = NonNullable<Esquema<'DecisionJudicialPlan'>>;

export interface CuerpoActo {
  tipo: TipoActo;
  instrumento: string;
  fecha: string;
  emisor?: string;
  objeto?: string;
  vigenciaLargoDeclarada?: string;
  actoAplicable?: string;
}
