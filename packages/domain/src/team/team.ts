import { DomainError } from '../errors.js';
import { defineLifecycle } from '../lifecycle/lifecycle.js';

/**
 * Who brings people into a municipality's team, and with which role (issue 11).
 *
 * A municipality's own managers (alcaldía and oficina de planeación) invite the people who work
 * on its plan. The alcaldía's and the planning office's first accounts, the environmental
 * authority's reviewers and the advisors' grants come from the platform console instead: a
 * municipal manager cannot give a role the platform vouches for. These are product rules, not
 * legal ones: no norm governs accounts on a platform.
 */
export const TEAM_MANAGER_ROLES = ['alcaldia', 'planeacion'] as const;
export type TeamManagerRole = (typeof TEAM_MANAGER_ROLES)[number];

/** Roles a municipal manager may invite, change to, or remove. */
export const INVITABLE_ROLES = [
  'planeacion',
  'consultor',
  'interventor',
  'consejo_territorial',
  'concejo',
] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** Roles only a platform administrator grants (first accounts and advisors). */
export const PLATFORM_GRANTED_ROLES = ['alcaldia', 'planeacion', 'asesor'] as const;

/** Days an invitation link works: a week to open it; the inviter can resend it. */
export const INVITATION_DAYS = 7;

export const isInvitableRole = (rol: string): rol is InvitableRole =>
  (INVITABLE_ROLES as readonly string[]).includes(rol);

/** A Spanish refusal when `actorRoles` may not give `rol` in the municipality's team. */
export function assertMayGrant(input: {
  actorRoles: readonly string[];
  rol: string;
  esAdministrador: boolean;
}): asserts input is typeof input & { rol: InvitableRole } {
  const manages =
    input.esAdministrador ||
    input.actorRoles.some((r) => (TEAM_MANAGER_ROLES as readonly string[]).includes(r));
  if (!manages)
    throw new DomainError(
      'invalid_input',
      'Solo la alcaldía y la oficina de planeación administran el equipo del municipio.',
      { motivo: 'rol' },
    );
  if (!isInvitableRole(input.rol))
    throw new DomainError(
      'invalid_input',
      input.rol === 'alcaldia' || input.rol === 'asesor' || input.rol === 'autoridad_ambiental'
        ? 'Ese rol lo asigna quien administra Ruta POT desde la consola de la plataforma, no el equipo del municipio.'
        : `«${input.rol}» no es un rol que se pueda invitar. Elija consultor, interventor, Consejo Territorial de Planeación, concejo u oficina de planeación.`,
      { motivo: 'rol_no_invitable', rol: input.rol },
    );
}

/**
 * A municipality never loses its last planning-office account: it runs the process and is the
 * only one who can bring people back in. `remaining` counts the planning-office members left
 * after the change.
 */
export function assertKeepsAManager(input: { remaining: number }) {
  if (input.remaining < 1)
    throw new DomainError(
      'invalid_input',
      'El municipio quedaría sin ninguna cuenta de la oficina de planeación. Invite primero a otra persona de planeación y después retire o cambie esta.',
      { motivo: 'ultimo_gestor' },
    );
}

export type InvitationActor = TeamManagerRole | 'invitado';

/**
 * An invitation: pending until the invited person accepts it, or a manager revokes it. A resend
 * replaces its link (the old one stops working) and renews its expiry. Expiry itself is a date,
 * not a state: an expired invitation is pending with a dead link, which a resend revives.
 */
export const INVITATION_LIFECYCLE = defineLifecycle({
  name: 'invitación',
  states: ['pendiente', 'aceptada', 'revocada'],
  initial: 'pendiente',
  terminal: ['aceptada', 'revocada'],
  labels: { pendiente: 'Pendiente', aceptada: 'Aceptada', revocada: 'Revocada' },
  transitions: [
    {
      from: 'pendiente',
      to: 'aceptada',
      action: 'aceptar',
      roles: ['invitado'],
      label: 'Aceptar la invitación',
    },
    {
      from: 'pendiente',
      to: 'pendiente',
      action: 'reenviar',
      roles: ['alcaldia', 'planeacion'],
      label: 'Reenviar',
    },
    {
      from: 'pendiente',
      to: 'revocada',
      action: 'revocar',
      roles: ['alcaldia', 'planeacion'],
      label: 'Revocar',
    },
  ],
});
export type InvitationState = (typeof INVITATION_LIFECYCLE.states)[number];
