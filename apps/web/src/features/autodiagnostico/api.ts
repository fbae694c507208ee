import type { Resultado } from '../../app/http';
import { pedir } from '../../app/http';
import type { Cuestionario, EstadoAutodiagnostico, Evaluacion, Respuestas } from './types';

function base(codigo: string): string {
  return `/api/v1/municipios/${encodeURIComponent(codigo)}/autodiagnostico`;
}

/** Cuestionario público (no depende del municipio). */
export function obtenerCuestionario(senal?: AbortSignal): Promise<Resultado<Cuestionario>> {
  return pedir<Cuestionario>('/api/v1/autodiagnostico/preguntas', { senal });
}

export function obtenerAutodiagnostico(
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<EstadoAutodiagnostico>> {
  return pedir<EstadoAutodiagnostico>(base(codigo), { senal });
}

/** Guarda las respuestas de una etapa; el servidor las combina con las demás etapas guardadas. */
export function registrarEtapa(
  codigo: string,
  etapa: string,
  respuestas: Respuestas,
): Promise<
  Resultado<{ id: string; respondidoEn: string; respuestas: Respuestas; evaluacion: Evaluacion }>
> {
  return pedir(`${base(codigo)}/etapas/${encodeURIComponent(etapa)}`, {
    metodo: 'POST',
    cuerpo: { respuestas },
  });
}
