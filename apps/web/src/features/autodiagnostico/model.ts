import type { Membresia } from '../sesion/types';
import type { EtapaCuestionario, Respuesta, Respuestas, Riesgo, Severidad } from './types';

/** Orden de gravedad: la lista de riesgos se lee de lo más grave a lo menos grave. */
const SEVERIDADES: readonly Severidad[] = ['alta', 'media', 'baja'];

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

/** Avance de una etapa del formulario: respondidas / total. */
export function avanceEtapa(etapa: EtapaCuestionario, respuestas: Respuestas) {
  const respondidas = etapa.preguntas.filter((p) => respuestas[p.id] !== undefined).length;
  return { respondidas, total: etapa.preguntas.length };
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

/** Etapa que muestra la página: la de `?etapa=` si existe en el cuestionario; si no, la primera. */
export function etapaElegida(
  busqueda: URLSearchParams,
  etapas: readonly EtapaCuestionario[],
): EtapaCuestionario | null {
  const id = busqueda.get('etapa');
  return etapas.find((e) => e.id === id) ?? etapas[0] ?? null;
}

/** Dirección de una etapa del autodiagnóstico (recargar la página conserva el lugar). */
export function urlEtapa(codigo: string, etapa: string): string {
  return `/m/${encodeURIComponent(codigo)}/autodiagnostico?etapa=${encodeURIComponent(etapa)}`;
}

/** Etapas anterior y siguiente de una etapa (null en los extremos). */
export function etapasVecinas(
  etapas: readonly EtapaCuestionario[],
  id: string,
): { anterior: EtapaCuestionario | null; siguiente: EtapaCuestionario | null } {
  const i = etapas.findIndex((e) => e.id === id);
  if (i < 0) return { anterior: null, siguiente: null };
  return { anterior: etapas[i - 1] ?? null, siguiente: etapas[i + 1] ?? null };
}

/** Solo las respuestas a preguntas de la etapa. */
export function respuestasDeEtapa(respuestas: Respuestas, etapa: EtapaCuestionario): Respuestas {
  return Object.fromEntries(
    etapa.preguntas.flatMap((p) => {
      const valor = respuestas[p.id];
      return valor ? [[p.id, valor] as const] : [];
    }),
  );
}

/**
 * Respuestas que se ven en la página: las guardadas con los cambios sin guardar encima. Los
 * cambios de todas las etapas se conservan mientras la persona pasa de una etapa a otra.
 */
export function respuestasVisibles(guardadas: Respuestas, borrador: Respuestas): Respuestas {
  return { ...guardadas, ...borrador };
}

/** Si la etapa tiene respuestas cambiadas que no se han guardado. */
export function etapaSinGuardar(
  etapa: EtapaCuestionario,
  guardadas: Respuestas,
  borrador: Respuestas,
): boolean {
  return etapa.preguntas.some(
    (p) => borrador[p.id] !== undefined && borrador[p.id] !== guardadas[p.id],
  );
}

/** Cuerpo para guardar una etapa: todas sus respuestas visibles (guardadas y cambiadas). */
export function cuerpoEtapa(
  etapa: EtapaCuestionario,
  guardadas: Respuestas,
  borrador: Respuestas,
): Respuestas {
  return respuestasDeEtapa(respuestasVisibles(guardadas, borrador), etapa);
}

/** El borrador sin los cambios de la etapa (tras guardarla); los de las demás etapas siguen. */
export function borradorSinEtapa(borrador: Respuestas, etapa: EtapaCuestionario): Respuestas {
  const ids = new Set(etapa.preguntas.map((p) => p.id));
  return Object.fromEntries(Object.entries(borrador).filter(([id]) => !ids.has(id)));
}

/** Avance de una etapa en la lista: «sin responder» cuando no tiene ninguna respuesta. */
export function claveAvanceEtapa(
  respondidas: number,
): 'autodiagnostico.etapaSinResponder' | 'autodiagnostico.avanceCorto' {
  return respondidas === 0 ? 'autodiagnostico.etapaSinResponder' : 'autodiagnostico.avanceCorto';
}
