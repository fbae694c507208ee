import { describe, expect, it } from 'vitest';

import { createBusinessCalendar } from '../src/business-calendar.js';
import type { IsoDate } from '../src/dates.js';
import { checkConcejoFilingGate, type GateEvent, type GateItem } from '../src/route/filing-gate.js';
import { PROCESS_EVENT_KINDS } from '../src/route/process-events.js';

const calendar = createBusinessCalendar();
const asOf = '2026-06-01' as IsoDate;
const item = (id: string, evidencias = 1, estado: GateItem['estado'] = 'aprobado'): GateItem => ({
  id,
  estado,
  evidencias,
});

describe(checkConcejoFilingGate.name, () => {
  it('blocks filing and names all three missing requirements with their sources', () => {
    const result = checkConcejoFilingGate({ items: [], events: [], asOf, calendar });
    expect(result.ok).toBe(false);
    expect(result.faltantes.map((f) => f.requisito)).toEqual([
      'acta_concertacion_car',
      'concepto_ctp',
      'consulta_democratica',
    ]);
    for (const f of result.faltantes) expect(f.citas.length).toBeGreaterThan(0);
    expect(
      result.faltantes[0]!.citas.some(
        (c) => c.norm === 'Ley 388 de 1997' && c.article.includes('24'),
      ),
    ).toBe(true);
  });

  it('opens when the acta, the CTP concept and the consultation record are documented', () => {
    const items = [
      item('acta-concertacion-car'),
      item('concepto-ctp'),
      item('evidencias-consulta-democratica', 2, 'en_revision'),
    ];
    const result = checkConcejoFilingGate({ items, events: [], asOf, calendar });
    expect(result).toMatchObject({ ok: true, faltantes: [] });
    expect(result.advertencias.map((w) => w.code)).toContain('CABILDO_ABIERTO_PENDIENTE');
  });

  it('does not count an item without evidence, or one marked not applicable', () => {
    const items = [
      item('acta-concertacion-car', 0),
      item('concepto-ctp', 3, 'no_aplica'),
      item('evidencias-consulta-democratica'),
    ];
    const result = checkConcejoFilingGate({ items, events: [], asOf, calendar });
    expect(result.faltantes.map((f) => f.requisito)).toEqual([
      'acta_concertacion_car',
      'concepto_ctp',
    ]);
  });

  it('accepts proof that the CTP term passed only after its 30 business days end', () => {
    const base: GateEvent[] = [
      { tipo: 'acta_concertacion', fecha: '2024-02-01' as IsoDate },
      { tipo: 'consulta_democratica', fecha: '2024-02-10' as IsoDate },
      { tipo: 'radicacion_ctp', fecha: '2024-03-01' as IsoDate },
    ];
    // Delivered Fri 1-Mar-2024: 30 business days end Wed 17-Apr-2024 (legal-rules §5).
    const onDueDay = checkConcejoFilingGate({
      items: [],
      events: base,
      asOf: '2024-04-17' as IsoDate,
      calendar,
    });
    expect(onDueDay.faltantes.map((f) => f.requisito)).toEqual(['concepto_ctp']);
    const after = checkConcejoFilingGate({
      items: [],
      events: base,
      asOf: '2024-04-18' as IsoDate,
      calendar,
    });
    expect(after.ok).toBe(true);
    expect(after.advertencias.map((w) => w.code)).toContain('CTP_SIN_CONCEPTO');
  });

  it('cites a legal source for every event kind that starts a term', () => {
    for (const kind of PROCESS_EVENT_KINDS) expect(kind.citas.length, kind.tipo).toBeGreaterThan(0);
  });
});
