import type { Citation } from '../citations.js';
import { DomainError } from '../errors.js';

/**
 * One allowed move of a lifecycle: from a state to another, by an action, for some roles.
 * A lifecycle (a checklist item, a process, an aporte, a concertation round) is declared once as a
 * table of these; the server enforces it, the database CHECK and the web's options derive from it.
 */
export interface Transition<S extends string, R extends string> {
  readonly from: S;
  readonly to: S;
  /** Stable action id (snake_case, Spanish, as in the glossary), e.g. `enviar_a_revision`. */
  readonly action: string;
  /** Roles that may perform it. */
  readonly roles: readonly R[];
  /** Spanish label of the action, as the web shows it on its button. */
  readonly label: string;
  /** Legal basis, when the move is ordered by a norm. */
  readonly citations?: readonly Citation[];
}

export interface Lifecycle<S extends string, R extends string> {
  /** Spanish name of the thing that moves («ítem de la lista», «aporte»), for messages. */
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  /** States from which nothing moves any more. */
  readonly terminal: readonly S[];
  /** Spanish label per state. */
  readonly labels: Readonly<Record<S, string>>;
  readonly transitions: readonly Transition<S, R>[];
}

/** Declares a lifecycle, checking that every transition names declared states. */
export function defineLifecycle<const S extends string, const R extends string>(
  lifecycle: Lifecycle<S, R>,
): Lifecycle<S, R> {
  const known = new Set<string>(lifecycle.states);
  for (const t of lifecycle.transitions) {
    if (!known.has(t.from) || !known.has(t.to))
      throw new Error(`Transición ${t.action} de ${lifecycle.name} con un estado no declarado.`);
    if (lifecycle.terminal.includes(t.from))
      throw new Error(`Transición ${t.action} de ${lifecycle.name} sale de un estado final.`);
  }
  return lifecycle;
}

/** The moves available from a state for a set of roles (what the web offers as buttons). */
export function availableTransitions<S extends string, R extends string>(
  lifecycle: Lifecycle<S, R>,
  input: { from: S; roles: readonly R[] },
): Transition<S, R>[] {
  return lifecycle.transitions.filter(
    (t) => t.from === input.from && t.roles.some((r) => input.roles.includes(r)),
  );
}

/**
 * The transition that takes `from` to `to` for one of `roles`, or a `DomainError` in Spanish that
 * says why not (no such move, or not for this role). Every path that changes a state calls this.
 */
export function assertTransition<S extends string, R extends string>(
  lifecycle: Lifecycle<S, R>,
  input: { from: S; to: S; roles: readonly R[] },
): Transition<S, R> {
  const moves = lifecycle.transitions.filter((t) => t.from === input.from && t.to === input.to);
  const allowed = moves.find((t) => t.roles.some((r) => input.roles.includes(r)));
  if (allowed) return allowed;
  const from = lifecycle.labels[input.from];
  const to = lifecycle.labels[input.to];
  throw new DomainError(
    'invalid_input',
    moves.length === 0
      ? `Un ${lifecycle.name} en estado «${from}» no puede pasar a «${to}».`
      : `Su rol no le permite pasar un ${lifecycle.name} de «${from}» a «${to}».`,
    { from: input.from, to: input.to, motivo: moves.length === 0 ? 'transicion' : 'rol' },
  );
}

/** `CHECK (column IN (…))` text for a migration, so the database accepts exactly these states. */
export function statesCheckSql(column: string, lifecycle: Lifecycle<string, string>): string {
  return `CHECK (${column} IN (${lifecycle.states.map((s) => `'${s}'`).join(', ')}))`;
}
