import { describe, expect, it } from 'vitest';

import { CITES } from '../src/citations.js';
import { parseIsoDate } from '../src/dates.js';
import type { PlanAct } from '../src/plans/plan-history.js';
import { summarizePlanHistory } from '../src/plans/plan-history.js';
import { computeVigencias } from '../src/vigencias.js';

const d = parseIsoDate;

// Zipaquirá-like history: adoption 2000, revisión general 2003, modificación excepcional 2013.
const ZIPAQUIRA: PlanAct[] = [
  { tipo: 'adopcion', instrumento: 'Acuerdo 012 de 2000', fecha: '2000-06-20' },
  { tipo: 'revision_general', instrumento: 'Acuerdo 008 de 2003', fecha: '2003-05-30' },
  {
    tipo: 'modificacion_excepcional',
    instrumento: 'Acuerdo 012 de 2013',
    fecha: '2013-08-28',
    objeto: 'Modificación excepcional de norma urbanística',
  },
];

const SUSPENSION: PlanAct = {
  tipo: 'suspension_provisional',
  instrumento: 'Auto del Tribunal Administrativo de Cundinamarca de 10-feb-2020',
  fecha: '2020-02-10',
  actoAplicable: 'Acuerdo 012 de 2000 y sus modificaciones',
};

interface Row {
  name: string;
  acts: PlanAct[];
  asOf: string;
  adoption?: string;
  revision?: string;
  declared?: string;
  modifications: number;
  judicial: null | { kind: string; code: string; actoAplicable: string | null };
}

const TABLE: Row[] = [
  {
    name: 'revisión general restarts the clock; a modificación excepcional does not',
    acts: ZIPAQUIRA,
    asOf: '2026-03-02',
    adoption: '2000-06-20',
    revision: '2003-05-30',
    modifications: 1,
    judicial: null,
  },
  {
    name: 'order of the input does not matter',
    acts: [...ZIPAQUIRA].reverse(),
    asOf: '2026-03-02',
    adoption: '2000-06-20',
    revision: '2003-05-30',
    modifications: 1,
    judicial: null,
  },
  {
    name: 'acts after the reference date are ignored',
    acts: ZIPAQUIRA,
    asOf: '2003-01-01',
    adoption: '2000-06-20',
    modifications: 0,
    judicial: null,
  },
  {
    name: 'a suspension not lifted is reported with the act that applies meanwhile',
    acts: [...ZIPAQUIRA, SUSPENSION],
    asOf: '2026-03-02',
    adoption: '2000-06-20',
    revision: '2003-05-30',
    modifications: 1,
    judicial: {
      kind: 'suspension_provisional',
      code: 'PLAN_SUSPENDIDO',
      actoAplicable: 'Acuerdo 012 de 2000 y sus modificaciones',
    },
  },
  {
    name: 'a lifted suspension no longer affects the plan',
    acts: [
      ...ZIPAQUIRA,
      SUSPENSION,
      {
        tipo: 'levantamiento_suspension',
        instrumento: 'Auto de 3-mar-2021',
        fecha: '2021-03-03',
      },
    ],
    asOf: '2026-03-02',
    adoption: '2000-06-20',
    revision: '2003-05-30',
    modifications: 1,
    judicial: null,
  },
  {
    name: 'a suspension lifted only in the future is still in effect',
    acts: [
      ...ZIPAQUIRA,
      SUSPENSION,
      {
        tipo: 'levantamiento_suspension',
        instrumento: 'Auto de 3-mar-2027',
        fecha: '2027-03-03',
      },
    ],
    asOf: '2026-03-02',
    adoption: '2000-06-20',
    revision: '2003-05-30',
    modifications: 1,
    judicial: {
      kind: 'suspension_provisional',
      code: 'PLAN_SUSPENDIDO',
      actoAplicable: 'Acuerdo 012 de 2000 y sus modificaciones',
    },
  },
  {
    name: 'an annulment is not lifted by a levantamiento; without acto aplicable it still warns',
    acts: [
      ...ZIPAQUIRA,
      { tipo: 'nulidad', instrumento: 'Sentencia del Consejo de Estado', fecha: '2019-04-04' },
      { tipo: 'levantamiento_suspension', instrumento: 'Auto', fecha: '2019-05-05' },
    ],
    asOf: '2026-03-02',
    adoption: '2000-06-20',
    revision: '2003-05-30',
    modifications: 1,
    judicial: { kind: 'nulidad', code: 'PLAN_ANULADO', actoAplicable: null },
  },
  {
    name: 'a new adoption replaces the previous history and its declared vigencia',
    acts: [
      { ...ZIPAQUIRA[0]!, vigenciaLargoDeclarada: '2015-12-31' },
      ...ZIPAQUIRA.slice(1),
      SUSPENSION,
      { tipo: 'adopcion', instrumento: 'Acuerdo 001 de 2022', fecha: '2022-01-15' },
    ],
    asOf: '2026-03-02',
    adoption: '2022-01-15',
    modifications: 0,
    judicial: null,
  },
  {
    name: 'the declared vigencia comes from the latest act that declares one',
    acts: [
      { ...ZIPAQUIRA[0]!, vigenciaLargoDeclarada: '2012-12-31' },
      { ...ZIPAQUIRA[1]!, vigenciaLargoDeclarada: '2016-12-31' },
      ZIPAQUIRA[2]!,
    ],
    asOf: '2026-03-02',
    adoption: '2000-06-20',
    revision: '2003-05-30',
    declared: '2016-12-31',
    modifications: 1,
    judicial: null,
  },
  { name: 'no acts', acts: [], asOf: '2026-03-02', modifications: 0, judicial: null },
];

describe('summarizePlanHistory', () => {
  it.each(TABLE)('$name', (row) => {
    const s = summarizePlanHistory(row.acts, d(row.asOf));
    expect(s.adoptionDate).toBe(row.adoption);
    expect(s.lastGeneralRevisionDate).toBe(row.revision);
    expect(s.declaredLongTermEnd).toBe(row.declared);
    expect(s.modifications).toHaveLength(row.modifications);
    if (row.judicial === null) {
      expect(s.judicial).toBeNull();
    } else {
      expect(s.judicial).toMatchObject({
        kind: row.judicial.kind,
        actoAplicable: row.judicial.actoAplicable,
        warning: { code: row.judicial.code },
      });
      expect(s.judicial!.warning.message).toMatch(/discutida/);
      expect(s.judicial!.warning.citations.length).toBeGreaterThan(0);
    }
  });

  it('cites art. 28 and, for a revisión general, CE concepto 2162 de 2013', () => {
    const s = summarizePlanHistory(ZIPAQUIRA, d('2026-03-02'));
    expect(s.citations).toContainEqual(CITES.art28);
    expect(s.citations).toContainEqual(CITES.ce2162);
    expect(s.modifications[0]).toMatchObject({ instrumento: 'Acuerdo 012 de 2013' });
  });

  it('feeds computeVigencias: the long term runs from the 2003 revision, not from 2013', () => {
    const s = summarizePlanHistory(ZIPAQUIRA, d('2026-03-02'));
    const v = computeVigencias({
      adoptionDate: s.adoptionDate!,
      lastGeneralRevisionDate: s.lastGeneralRevisionDate!,
      asOf: d('2026-03-02'),
    });
    expect(v.basis).toBe('revision_general');
    // 2003 falls in 2001–2003: three more 4-year periods end 31-Dec-2015.
    expect(v.longTermEnd).toBe('2015-12-31');
  });

  it('names the act that applies meanwhile in the warning message', () => {
    const s = summarizePlanHistory([...ZIPAQUIRA, SUSPENSION], d('2026-03-02'));
    expect(s.judicial!.warning.message).toContain('Acuerdo 012 de 2000 y sus modificaciones');
  });

  it('rejects an impossible date with a domain error', () => {
    expect(() =>
      summarizePlanHistory(
        [{ tipo: 'adopcion', instrumento: 'x', fecha: '2001-02-30' }],
        d('2026-03-02'),
      ),
    ).toThrow();
  });
});
