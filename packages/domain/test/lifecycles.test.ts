import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { availableTransitions, statesCheckSql } from '../src/lifecycle/lifecycle.js';
import { PETITION_LIFECYCLE } from '../src/preparation/petitions.js';
import { ITEM_LIFECYCLE } from '../src/route/item-lifecycle.js';
import { PROCESS_LIFECYCLE } from '../src/route/process-lifecycle.js';
import { INVITATION_LIFECYCLE } from '../src/team/team.js';

const MIGRATIONS = new URL('../../db/migrations/', import.meta.url);
const allMigrations = readdirSync(MIGRATIONS)
  .sort()
  .map((name) => readFileSync(new URL(name, MIGRATIONS), 'utf8'))
  .join('\n');

describe('lifecycles and the database agree (one transition table, ADR 0019)', () => {
  it('lets the database hold exactly the states of each lifecycle', () => {
    expect(allMigrations).toContain(statesCheckSql('estado', ITEM_LIFECYCLE));
    expect(allMigrations).toContain(statesCheckSql('estado', INVITATION_LIFECYCLE));
    expect(allMigrations).toContain(statesCheckSql('estado', PROCESS_LIFECYCLE));
    expect(allMigrations).toContain(statesCheckSql('estado', PETITION_LIFECYCLE));
  });

  it('gives a returned item a way back to review, and the supervisor only the verdict', () => {
    const consultant = availableTransitions(ITEM_LIFECYCLE, {
      from: 'devuelto',
      roles: ['consultor'],
    }).map((t) => t.to);
    expect(consultant).toEqual(['en_curso', 'en_revision']);
    const supervisor = availableTransitions(ITEM_LIFECYCLE, {
      from: 'en_revision',
      roles: ['interventor'],
    }).map((t) => t.to);
    expect(supervisor).toEqual(['aprobado', 'devuelto']);
    expect(
      availableTransitions(ITEM_LIFECYCLE, { from: 'pendiente', roles: ['interventor'] }),
    ).toEqual([]);
  });
});
