import type { Cita } from '../../ui/citas/model';

// Formas de las respuestas de la API del autodiagnóstico (ver apps/server/.../autodiagnostico).

export type Respuesta = 'si' | 'no' | 'parcial' | 'no_sabe';
export type Severidad = 'alta' | 'media' | 'baja';
export type Respuestas = Record<string, Respuesta>;

export interface Pregunta {
  id: string;
  texto: string;
  riesgo: { titulo: string; severidad: Severidad };
  citas: Cita[];
}

export interface EtapaCuestionario {
  id: string;
  nombre: string;
  preguntas: Pregunta[];
}

export interface Cuestionario {
  respuestasPosibles: { valor: Respuesta; etiqueta: string }[];
  etapas: EtapaCuestionario[];
}

export interface Riesgo {
  id: string;
  questionId: string;
  stage: string;
  kind: 'incumplimiento' | 'parcial' | 'falta_informacion';
  title: string;
  description: string;
  severity: Severidad;
  actions: string[];
  citations: Cita[];
}

interface EvaluacionEtapa {
  stage: string;
  name: string;
  answered: number;
  total: number;
  score: number | null;
  riskCount: number;
  actions: string[];
}

export interface Evaluacion {
  risks: Riesgo[];
  stages: EvaluacionEtapa[];
  counts: { alta: number; media: number; baja: number; total: number };
  answered: number;
  total: number;
}

export interface EntradaHistorial {
  id: string;
  respondidoEn: string;
  respondidoPor: string | null;
  resumen: {
    alta: number;
    media: number;
    baja: number;
    total: number;
    respondidas: number;
    preguntas: number;
  };
}

export interface EstadoAutodiagnostico {
  ultimo: {
    id: string;
    respondidoEn: string;
    respondidoPor: string | null;
    respuestas: Respuestas;
  } | null;
  evaluacion: Evaluacion;
  historial: EntradaHistorial[];
}
