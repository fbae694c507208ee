// Lógica pura del responsable de un ítem (persona y rol): etiquetas, opciones y avisos.
import { RESPONSIBLE_ROLES, type ResponsibleRole } from '@ruta-pot/domain';

import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import type { Participante } from './types';

// Los roles vienen del motor normativo (una sola lista); aquí solo sus nombres en español.
const ETIQUETA_ROL: Record<ResponsibleRole, ClaveTexto> = {
  planeacion: 'ruta.rol.planeacion',
  alcaldia: 'ruta.rol.alcaldia',
  consultor: 'ruta.rol.consultor',
  interventor: 'ruta.rol.interventor',
  consejo_territorial: 'ruta.rol.consejo_territorial',
  concejo: 'ruta.rol.concejo',
};

/** Nombre en español de un rol; un valor nuevo del servidor se muestra tal cual. */
export function etiquetaRol(rol: string): string {
  return Object.hasOwn(ETIQUETA_ROL, rol) ? t(ETIQUETA_ROL[rol as ResponsibleRole]) : rol;
}

/** ¿Es uno de los roles que el motor normativo asigna (los que el servidor acepta)? */
export function esRolResponsable(rol: string): rol is ResponsibleRole {
  return (RESPONSIBLE_ROLES as readonly string[]).includes(rol);
}

/** Roles que se pueden elegir; el actual siempre figura, aunque el servidor ya no lo ofrezca. */
export function opcionesRol(actual: string): string[] {
  const opciones: string[] = [...RESPONSIBLE_ROLES];
  if (actual !== '' && !opciones.includes(actual)) opciones.unshift(actual);
  return opciones;
}

export interface Persona {
  usuarioId: string;
  nombre: string;
  /** Etiquetas de todos sus roles en el municipio. */
  roles: string[];
}

const puedeResponder = (p: Participante) =>
  (RESPONSIBLE_ROLES as readonly string[]).includes(p.rol);

/**
 * Una entrada por persona (el servidor lista una por cada rol que tiene), en el orden recibido.
 * Solo quien tiene un rol que responde por productos: ni la ciudadanía ni los asesores (issue 12).
 */
export function personasDe(participantes: readonly Participante[]): Persona[] {
  const porId = new Map<string, Persona>();
  for (const p of participantes.filter(puedeResponder)) {
    const persona = porId.get(p.usuarioId);
    if (persona) persona.roles.push(p.rolEtiqueta);
    else
      porId.set(p.usuarioId, { usuarioId: p.usuarioId, nombre: p.nombre, roles: [p.rolEtiqueta] });
  }
  return [...porId.values()];
}

/**
 * El rol que queda al elegir una persona: se conserva si la persona lo tiene; si no, el rol
 * sugerido para el ítem cuando la persona lo tiene, y si no, el primero de sus roles que responde.
 */
export function rolAlElegir(
  participantes: readonly Participante[],
  eleccion: { responsableId: string; rolActual: string; sugerido: string | null },
): string {
  const roles = participantes
    .filter((p) => p.usuarioId === eleccion.responsableId && puedeResponder(p))
    .map((p) => p.rol);
  if (roles.length === 0) return eleccion.rolActual;
  if (roles.includes(eleccion.rolActual)) return eleccion.rolActual;
  if (eleccion.sugerido && roles.includes(eleccion.sugerido)) return eleccion.sugerido;
  return roles[0]!;
}

/** ¿La persona elegida tiene el rol elegido en el municipio? null si falta una de las dos. */
export function tieneRol(
  participantes: readonly Participante[],
  eleccion: { responsableId: string; responsableRol: string },
): boolean | null {
  if (eleccion.responsableId === '' || eleccion.responsableRol === '') return null;
  return participantes.some(
    (p) => p.usuarioId === eleccion.responsableId && p.rol === eleccion.responsableRol,
  );
}

/** Aviso (no bloqueo) si la persona no tiene el rol del ítem; null si no hay nada que avisar. */
export function avisoRol(persona: string, rol: string, conRol: boolean | null): string | null {
  if (conRol !== false) return null;
  return t('ruta.item.personaSinRol', { persona, rol: etiquetaRol(rol) });
}
