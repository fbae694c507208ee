import { defineLifecycle } from '../lifecycle/lifecycle.js';

/** Who moves a checklist item; the platform administrator acts as the municipality's managers. */
export type ItemActor = 'alcaldia' | 'planeacion' | 'consultor' | 'interventor' | 'administrador';

const builders: ItemActor[] = ['alcaldia', 'planeacion', 'consultor', 'administrador'];
const managers: ItemActor[] = ['alcaldia', 'planeacion', 'administrador'];
const reviewers: ItemActor[] = ['interventor', 'alcaldia', 'planeacion', 'administrador'];

/**
 * A checklist item of La Ruta (issue 12): it is worked on, sent to review, and either approved or
 * returned for adjustments, which sends it back to work. Only a product in review can be rated.
 * Which products need the supervisor's verdict is a contract matter (the interventoría, Ley 1474
 * de 2011 art. 83), not a norm of Ley 388: the municipality's managers may also approve its own
 * documents (an acta, a decree). A product-level rule, hence no legal citation on the moves.
 */
export const ITEM_LIFECYCLE = defineLifecycle({
  name: 'ítem de la lista',
  states: ['pendiente', 'en_curso', 'en_revision', 'devuelto', 'aprobado', 'no_aplica'],
  initial: 'pendiente',
  terminal: [],
  labels: {
    pendiente: 'Pendiente',
    en_curso: 'En curso',
    en_revision: 'En revisión',
    devuelto: 'Devuelto para ajustes',
    aprobado: 'Aprobado',
    no_aplica: 'No aplica',
  },
  transitions: [
    { from: 'pendiente', to: 'en_curso', action: 'empezar', roles: builders, label: 'Empezar' },
    {
      from: 'en_curso',
      to: 'en_revision',
      action: 'enviar_a_revision',
      roles: builders,
      label: 'Enviar a revisión',
    },
    {
      from: 'en_revision',
      to: 'en_curso',
      action: 'retirar_de_revision',
      roles: builders,
      label: 'Retirar de revisión',
    },
    {
      from: 'en_revision',
      to: 'aprobado',
      action: 'aprobar',
      roles: reviewers,
      label: 'Aprobar',
    },
    {
      from: 'en_revision',
      to: 'devuelto',
      action: 'devolver',
      roles: reviewers,
      label: 'Devolver para ajustes',
    },
    {
      from: 'devuelto',
      to: 'en_curso',
      action: 'retomar',
      roles: builders,
      label: 'Retomar los ajustes',
    },
    {
      from: 'devuelto',
      to: 'en_revision',
      action: 'reenviar_a_revision',
      roles: builders,
      label: 'Enviar de nuevo a revisión',
    },
    {
      from: 'aprobado',
      to: 'en_curso',
      action: 'reabrir',
      roles: managers,
      label: 'Reabrir',
    },
    {
      from: 'pendiente',
      to: 'no_aplica',
      action: 'marcar_no_aplica',
      roles: managers,
      label: 'No aplica',
    },
    {
      from: 'en_curso',
      to: 'no_aplica',
      action: 'marcar_no_aplica',
      roles: managers,
      label: 'No aplica',
    },
    {
      from: 'no_aplica',
      to: 'pendiente',
      action: 'volver_a_aplicar',
      roles: managers,
      label: 'Sí aplica',
    },
  ],
});
export type ItemState = (typeof ITEM_LIFECYCLE.states)[number];

/** The lifecycle's actors among a person's roles in the municipality. */
export function itemActorsOf(roles: readonly string[], admin: boolean): ItemActor[] {
  const actors = roles.filter((r): r is ItemActor =>
    ['alcaldia', 'planeacion', 'consultor', 'interventor'].includes(r),
  );
  return admin ? [...actors, 'administrador'] : actors;
}
