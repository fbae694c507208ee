import { describe, expect, it } from 'vitest';

import { createBusinessCalendar } from '../src/business-calendar.js';
import { parseIsoDate } from '../src/dates.js';
import {
  adoptionActType,
  archiveReasonsFrom,
  checkAdoption,
  checkArchive,
} from '../src/route/process-closing.js';

const calendar = createBusinessCalendar();
const d = parseIsoDate;

describe('closing a revision process (Ley 388 art. 25, Ley 810 art. 12)', () => {
  const filed = d('2026-03-02');
  it('takes the Concejo’s acuerdo on or after the filing, never before', () => {
    const base = { via: 'acuerdo_concejo' as const, radicadoEl: filed, sinNegacionExpresa: false };
    expect(checkAdoption({ ...base, fecha: d('2026-03-20'), calendar }).ok).toBe(true);
    const early = checkAdoption({ ...base, fecha: d('2026-02-27'), calendar });
    expect(early).toMatchObject({
      ok: false,
      motivo: expect.stringMatching(/anterior a la radicación/),
    });
    const unfiled = checkAdoption({ ...base, radicadoEl: null, fecha: d('2026-03-20'), calendar });
    expect(unfiled).toMatchObject({ ok: false, motivo: expect.stringMatching(/radicación/) });
  });

  it('takes a mayor’s decree only after the 90 calendar days, and only without an express denial', () => {
    const base = { via: 'decreto_alcalde' as const, radicadoEl: filed, calendar };
    // 90 calendar days after 2 March 2026 is 31 May, a Sunday: the term runs to Monday 1 June.
    const inTerm = checkAdoption({ ...base, fecha: d('2026-06-01'), sinNegacionExpresa: true });
    expect(inTerm).toMatchObject({
      ok: false,
      motivo: expect.stringMatching(/90 días calendario/),
    });
    if (!inTerm.ok) expect(inTerm.citas[0]?.norm).toBe('Ley 810 de 2003');
    const unconfirmed = checkAdoption({
      ...base,
      fecha: d('2026-06-02'),
      sinNegacionExpresa: false,
    });
    expect(unconfirmed).toMatchObject({
      ok: false,
      motivo: expect.stringMatching(/negó expresamente/),
    });
    expect(checkAdoption({ ...base, fecha: d('2026-06-02'), sinNegacionExpresa: true }).ok).toBe(
      true,
    );
  });

  it('archives a project in course only when the office desists, a filed one when denied or withdrawn', () => {
    expect(checkArchive({ from: 'en_curso', reason: 'desistido' }).ok).toBe(true);
    expect(checkArchive({ from: 'en_curso', reason: 'negado_concejo' }).ok).toBe(false);
    expect(checkArchive({ from: 'radicado_concejo', reason: 'negado_concejo' }).ok).toBe(true);
    expect(checkArchive({ from: 'radicado_concejo', reason: 'retirado' }).ok).toBe(true);
    expect(checkArchive({ from: 'radicado_concejo', reason: 'desistido' }).ok).toBe(false);
    expect(archiveReasonsFrom('en_curso')).toEqual(['desistido']);
    expect(archiveReasonsFrom('radicado_concejo')).toEqual(['negado_concejo', 'retirado']);
    expect(archiveReasonsFrom('adoptado')).toEqual([]);
  });

  it('adds the process’s own kind of revision to the plan’s history', () => {
    expect(adoptionActType('revision_general')).toBe('revision_general');
    expect(adoptionActType('modificacion_excepcional')).toBe('modificacion_excepcional');
  });
});
