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

/** The Consejo de Gobierno's record (Ley 388 art. 24 inciso 1), first of every gate. */
const COUNCIL: GateEvent[] = [{ tipo: 'consejo_gobierno', fecha: '2023-11-01' as IsoDate }];

describe(checkConcejoFilingGate.name, () => {
  it('blocks filing and names all four missing requirements with their sources', () => {
    const result = checkConcejoFilingGate({ items: [], events: [], asOf, calendar });
    expect(result.ok).toBe(false);
    expect(result.faltantes.map((f) => f.requisito)).toEqual([
      'consejo_gobierno',
      'acta_concertacion_car',
      'concepto_ctp',
      'consulta_democratica',
    ]);
    for (const f of result.faltantes) expect(f.citas.length).toBeGreaterThan(0);
    expect(result.faltantes[0]!.citas[0]).toMatchObject({
      norm: 'Ley 388 de 1997',
      article: '24 inciso 1',
    });
    expect(
      result.faltantes[1]!.citas.some(
        (c) => c.norm === 'Ley 388 de 1997' && c.article.includes('24'),
      ),
    ).toBe(true);
  });

  it('warns, never blocks on its own, when the CAR term ended with no acta (silence is not approval)', () => {
    const events: GateEvent[] = [
      { tipo: 'consejo_gobierno', fecha: '2023-12-01' as IsoDate },
      { tipo: 'radicacion_car', fecha: '2024-01-10' as IsoDate },
    ];
    const result = checkConcejoFilingGate({ items: [], events, asOf, calendar });
    const silence = result.advertencias.find((w) => w.code === 'CAR_SIN_RESPUESTA');
    expect(silence?.message).toMatch(/no equivale a aprobación/);
    expect(silence?.citations.map((c) => c.norm)).toContain('Ley 507 de 1999');
    const withActa = checkConcejoFilingGate({
      items: [],
      events: [...events, { tipo: 'acta_concertacion', fecha: '2024-03-01' as IsoDate }],
      asOf,
      calendar,
    });
    expect(withActa.advertencias.map((w) => w.code)).not.toContain('CAR_SIN_RESPUESTA');
  });

  it('opens when the acta, the CTP concept and the consultation record are documented', () => {
    const items = [
      item('acta-concertacion-car'),
      item('concepto-ctp'),
      item('evidencias-consulta-democratica', 2, 'en_revision'),
    ];
    const result = checkConcejoFilingGate({ items, events: COUNCIL, asOf, calendar });
    expect(result).toMatchObject({ ok: true, faltantes: [] });
    expect(result.advertencias.map((w) => w.code)).toContain('CABILDO_ABIERTO_PENDIENTE');
  });

  it('reads the participation register: its events, CAR acta and CTP concept count, its gaps block', () => {
    const record = {
      eventsWithAttendance: 3,
      unanswered: 0,
      overduePetitions: 0,
      carRound: { state: 'concertada_parcial' as const, radicadaOn: '2026-01-15' as IsoDate },
      ctpConceptOn: '2026-04-01' as IsoDate,
      ctpUnanswered: 0,
    };
    const open = checkConcejoFilingGate({
      items: [],
      events: COUNCIL,
      asOf,
      calendar,
      participation: record,
    });
    expect(open.faltantes).toEqual([]);
    expect(open.advertencias.map((w) => w.code)).toContain('CAR_DESACUERDO');
    const gaps = checkConcejoFilingGate({
      items: [],
      events: COUNCIL,
      asOf,
      calendar,
      participation: {
        ...record,
        eventsWithAttendance: 0,
        unanswered: 4,
        overduePetitions: 1,
        ctpUnanswered: 2,
      },
    });
    expect(gaps.faltantes.map((f) => f.requisito)).toEqual([
      'consulta_democratica',
      'matriz_respuestas',
      'peticiones_vencidas',
      'respuesta_recomendaciones_ctp',
    ]);
    expect(gaps.faltantes[1]!.mensaje).toMatch(/4 aportes siguen sin respuesta/);
  });

  it('accepts the acta of the Consejo de Gobierno as a checklist item instead of the event', () => {
    const items = [
      item('acta-consejo-gobierno'),
      item('acta-concertacion-car'),
      item('concepto-ctp'),
      item('evidencias-consulta-democratica'),
    ];
    expect(checkConcejoFilingGate({ items, events: [], asOf, calendar }).faltantes).toEqual([]);
  });

  it('does not count an item without evidence, or one marked not applicable', () => {
    const items = [
      item('acta-concertacion-car', 0),
      item('concepto-ctp', 3, 'no_aplica'),
      item('evidencias-consulta-democratica'),
    ];
    const result = checkConcejoFilingGate({ items, events: COUNCIL, asOf, calendar });
    expect(result.faltantes.map((f) => f.requisito)).toEqual([
      'acta_concertacion_car',
      'concepto_ctp',
    ]);
  });

  it('accepts proof that the CTP term passed only after its 30 business days end', () => {
    const base: GateEvent[] = [
      ...COUNCIL,
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

  it('treats consulta previa as a named question: warns while unanswered or open, never blocks', () => {
    const codes = (consultaPrevia: 'sin_determinar' | 'no_aplica' | 'aplica', events = COUNCIL) =>
      checkConcejoFilingGate({
        items: [],
        events,
        asOf,
        calendar,
        consultaPrevia,
      }).advertencias.map((w) => w.code);
    expect(codes('sin_determinar')).toContain('CONSULTA_PREVIA_SIN_DETERMINAR');
    expect(codes('aplica')).toContain('CONSULTA_PREVIA_ABIERTA');
    expect(codes('no_aplica')).not.toContain('CONSULTA_PREVIA_ABIERTA');
    const closed = [
      ...COUNCIL,
      { tipo: 'consulta_previa_protocolizacion' as const, fecha: '2024-01-05' as IsoDate },
    ];
    expect(codes('aplica', closed)).not.toContain('CONSULTA_PREVIA_ABIERTA');
  });
});
