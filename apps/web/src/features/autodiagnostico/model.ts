import type { Membresia } from '../sesion/types';
import type { EtapaCuestionario, Respuesta, Respuestas, Riesgo, Severidad } from './types';

/** Orden de gravedad: la lista de riesgos se lee de lo más grave a lo menos grave. */
export const SEVERIDADES: readonly Severidad[] = ['alta', 'media', 'baja'];

/** Solo la alcaldía y la oficina de planeación registran el autodiagnóstico (igual que la API). */
const ROLES_QUE_REGISTRAN = new Set(['alcaldia', 'planeacion']);

/** Si el usuario puede guardar respuestas; los demás participantes solo consultan. */
export function puedeRegistrar(membresia: Membresia | null, esAdministrador: boolean): boolean {
  return esAdministrador || (membresia !== null && ROLES_QUE_REGISTRAN.has(membresia.rol));
}

const VALORES: readonly Respuesta[] = ['si', 'parcial', 'no', 'no_sabe'];

/** Lee el valor de un botón de opción; cualquier otro texto se ignora (null). */
export function leerRespuesta(valor: string): Respuesta | null {
  return (VALORES as readonly string[]).includes(valor) ? (valor as Respuesta) : null;
}

/**
 * Respuestas que se envían: solo las de preguntas del cuestionario actual, para que una respuesta
 * guardada a una pregunta retirada no haga rechazar todo el envío.
 */
export function cuerpoRespuestas(
  respuestas: Respuestas,
  etapas: readonly EtapaCuestionario[],
): Respuestas {
  const validas = new Set(etapas.flatMap((e) => e.preguntas.map((p) => p.id)));
  return Object.fromEntries(Object.entries(respuestas).filter(([id]) => validas.has(id)));
}

/** Avance de una etapa del formulario: respondidas / total. */
export function avanceEtapa(etapa: EtapaCuestionario, respuestas: Respuestas) {
  const respondidas = etapa.preguntas.filter((p) => respuestas[p.id] !== undefined).length;
  return { respondidas, total: etapa.preguntas.length };
}

/** Si el formulario difiere de lo último guardado (para avisar antes de salir sin guardar). */
export function hayCambios(guardadas: Respuestas, actuales: Respuestas): boolean {
  const a = Object.entries(guardadas).filter(([, v]) => v !== undefined);
  const b = Object.entries(actuales).filter(([, v]) => v !== undefined);
  return a.length !== b.length || b.some(([id, v]) => guardadas[id] !== v);
}

/** Riesgos agrupados por gravedad, en orden alta → media → baja, sin grupos vacíos. */
export function riesgosPorSeveridad(
  riesgos: readonly Riesgo[],
): { severidad: Severidad; riesgos: Riesgo[] }[] {
  return SEVERIDADES.map((severidad) => ({
    severidad,
    riesgos: riesgos.filter((r) => r.severity === severidad),
  })).filter((g) => g.riesgos.length > 0);
}

/** Puntaje de una etapa como texto; sin respuestas no hay puntaje (no es lo mismo que cero). */
export function textoPuntaje(puntaje: number | null): string | null {
  return puntaje === null ? null : `${puntaje} / 100`;
}

/**
 * Texto de una etapa sin retos: una etapa sin respuestas no está «sin retos», está sin responder
 * (issue 12); solo una etapa respondida sin acciones pendientes se lee como «sin retos».
 */
export function claveSinAcciones(
  respondidas: number,
): 'autodiagnostico.sinResponder' | 'autodiagnostico.sinAcciones' {
  return respondidas === 0 ? 'autodiagnostico.sinResponder' : 'autodiagnostico.sinAcciones';
}
