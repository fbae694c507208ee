import { describe, expect, it } from 'vitest';

import { assertTransition } from '../src/lifecycle/lifecycle.js';
import { assertKeepsAManager, assertMayGrant, INVITATION_LIFECYCLE } from '../src/team/team.js';

describe('team rules (issue 11)', () => {
  it('lets the planning office invite a consultant, not a consultant invite anyone', () => {
    expect(() =>
      assertMayGrant({ actorRoles: ['planeacion'], rol: 'consultor', esAdministrador: false }),
    ).not.toThrow();
    expect(() =>
      assertMayGrant({ actorRoles: ['consultor'], rol: 'consultor', esAdministrador: false }),
    ).toThrow(/Solo la alcaldía y la oficina de planeación/);
  });

  it('keeps platform-vouched roles out of the team page', () => {
    for (const rol of ['alcaldia', 'asesor', 'autoridad_ambiental'])
      expect(() =>
        assertMayGrant({ actorRoles: ['alcaldia'], rol, esAdministrador: false }),
      ).toThrow(/consola de la plataforma/);
    expect(() =>
      assertMayGrant({ actorRoles: ['alcaldia'], rol: 'rey', esAdministrador: false }),
    ).toThrow(/no es un rol que se pueda invitar/);
  });

  it('never leaves a municipality without a planning-office account', () => {
    expect(() => assertKeepsAManager({ remaining: 0 })).toThrow(/sin ninguna cuenta/);
    expect(() => assertKeepsAManager({ remaining: 1 })).not.toThrow();
  });

  it('accepts or revokes only a pending invitation, each by its own actor', () => {
    expect(
      assertTransition(INVITATION_LIFECYCLE, {
        from: 'pendiente',
        to: 'aceptada',
        roles: ['invitado'],
      }).action,
    ).toBe('aceptar');
    expect(() =>
      assertTransition(INVITATION_LIFECYCLE, {
        from: 'pendiente',
        to: 'revocada',
        roles: ['invitado'],
      }),
    ).toThrow(/Su rol no le permite/);
    expect(() =>
      assertTransition(INVITATION_LIFECYCLE, {
        from: 'aceptada',
        to: 'revocada',
        roles: ['planeacion'],
      }),
    ).toThrow(/no puede pasar/);
  });
});
