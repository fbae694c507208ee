import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { createBusinessCalendar } from '../src/business-calendar.js';
import { parseIsoDate } from '../src/dates.js';
import { DomainError } from '../src/errors.js';
import {
  assertTransition,
  availableTransitions,
  statesCheckSql,
} from '../src/lifecycle/lifecycle.js';
import {
  APORTE_LIFECYCLE,
  aporteDue,
  aporteTimeline,
  CAR_ROUND_LIFECYCLE,
  carRoundStatus,
  cleanAporteText,
  initialAporteState,
  participationGaps,
  validateAnswer,
} from '../src/participation/index.js';

const calendar = createBusinessCalendar();
const ours = (ws: { code: string }[]) =>
  ws.map((w) => w.code).filter((c) => c === 'CAR_SILENCIO' || c === 'CAR_DESACUERDO');
const d = parseIsoDate;

describe('aporte lifecycle', () => {
  it('a portal aporte without a verified account waits for its e-mail confirmation', () => {
    expect(initialAporteState({ origin: 'portal', verifiedAccount: false })).toBe('por_confirmar');
    expect(initialAporteState({ origin: 'portal', verifiedAccount: true })).toBe('recibido');
    expect(initialAporteState({ origin: 'ventanilla', verifiedAccount: false })).toBe('recibido');
  });

  it('staff classify, group and answer; a citizen cannot answer', () => {
    expect(
      assertTransition(APORTE_LIFECYCLE, {
        from: 'agrupado',
        to: 'respondido',
        roles: ['planeacion'],
      }).action,
    ).toBe('responder');
    expect(() =>
      assertTransition(APORTE_LIFECYCLE, {
        from: 'clasificado',
        to: 'respondido',
        roles: ['ciudadano'],
      }),
    ).toThrow(/rol/);
    expect(() =>
      assertTransition(APORTE_LIFECYCLE, {
        from: 'recibido',
        to: 'respondido',
        roles: ['planeacion'],
      }),
    ).toThrow(DomainError);
    expect(
      availableTransitions(APORTE_LIFECYCLE, { from: 'clasificado', roles: ['planeacion'] }).map(
        (t) => t.action,
      ),
    ).toEqual(['agrupar', 'responder']);
  });

  it('nothing moves out of incorporado or descartado', () => {
    for (const from of ['incorporado', 'descartado'] as const)
      expect(availableTransitions(APORTE_LIFECYCLE, { from, roles: ['planeacion'] })).toEqual([]);
  });
});

describe('answers', () => {
  it('an accepted answer names what changed', () => {
    const reasons = 'Se ajusta el perímetro urbano según lo propuesto.';
    expect(() => validateAnswer({ outcome: 'aceptado', reasons })).toThrow(/qué cambió/);
    expect(() =>
      validateAnswer({ outcome: 'aceptado', reasons, change: { documentVersionId: 'v3' } }),
    ).toThrow(/qué cambió/);
    expect(
      validateAnswer({ outcome: 'aceptado_parcial', reasons, change: { mapFeatureId: 'f-12' } })
        .citations[0]?.norm,
    ).toMatch(/388/);
    expect(() =>
      validateAnswer({
        outcome: 'aceptado',
        reasons,
        change: { documentVersionId: 'v3', article: 'Art. 12' },
      }),
    ).not.toThrow();
  });

  it('a rejection gives reasons', () => {
    expect(() => validateAnswer({ outcome: 'no_aceptado', reasons: 'No.' })).toThrow(/razones/);
  });
});

describe('aporte text', () => {
  it('keeps HTML as text, strips control characters and bounds the length', () => {
    expect(cleanAporteText('  <script>alert(1)</script>\u0007 hola  ')).toBe(
      '<script>alert(1)</script> hola',
    );
    expect(() => cleanAporteText('corto')).toThrow(/10 caracteres/);
    expect(() => cleanAporteText('a'.repeat(10_001))).toThrow(/superar/);
  });
});

describe('petition terms of a ventanilla aporte (Ley 1755 de 2015)', () => {
  it('a general petition is due 15 business days after receipt, documents 10, consultas 30', () => {
    // Received Friday 2024-03-01; counting starts Monday 4 March; no holidays until 25 March.
    expect(aporteDue({ kind: 'general', receivedOn: d('2024-03-01'), calendar }).dueOn).toBe(
      '2024-03-22',
    );
    expect(aporteDue({ kind: 'documentos', receivedOn: d('2024-03-01'), calendar }).dueOn).toBe(
      '2024-03-15',
    );
    const consulta = aporteDue({ kind: 'consulta', receivedOn: d('2024-03-01'), calendar });
    expect(consulta.days).toBe(30);
    expect(consulta.citations[0]?.norm).toMatch(/1755/);
  });
});

describe('CAR concertation round', () => {
  it('observations and answers repeat; the acta closes the round', () => {
    expect(() =>
      assertTransition(CAR_ROUND_LIFECYCLE, {
        from: 'radicada',
        to: 'con_observaciones',
        roles: ['planeacion'],
      }),
    ).toThrow(/rol/);
    expect(
      assertTransition(CAR_ROUND_LIFECYCLE, {
        from: 'respondida',
        to: 'con_observaciones',
        roles: ['car'],
      }).action,
    ).toBe('registrar_observaciones');
    expect(
      assertTransition(CAR_ROUND_LIFECYCLE, {
        from: 'respondida',
        to: 'concertada_parcial',
        roles: ['car'],
      }).action,
    ).toBe('registrar_acta_parcial');
  });

  it('silence after the term warns and cites; it is never approval', () => {
    const open = carRoundStatus({
      state: 'respondida',
      radicadaOn: d('2024-03-01'),
      today: d('2024-03-10'),
      calendar,
    });
    expect(ours(open.warnings)).toEqual([]);
    const late = carRoundStatus({
      state: 'respondida',
      radicadaOn: d('2024-03-01'),
      today: d('2024-12-01'),
      calendar,
    });
    expect(ours(late.warnings)).toEqual(['CAR_SILENCIO']);
    expect(late.warnings.find((w) => w.code === 'CAR_SILENCIO')?.message).toMatch(
      /no equivale a aprobación/,
    );
    expect(late.term.days).toBe(45);
  });

  it('a partial acta sends the disagreement to the Ministry with its own term', () => {
    const r = carRoundStatus({
      state: 'concertada_parcial',
      radicadaOn: d('2024-03-01'),
      today: d('2024-12-01'),
      calendar,
    });
    expect(ours(r.warnings)).toEqual(['CAR_DESACUERDO']);
    expect(r.ministryTerm && r.ministryTerm.dueOn > r.term.dueOn).toBe(true);
  });
});

describe('timeline', () => {
  it('orders by time, then by the natural order of steps on the same instant', () => {
    const t = '2024-05-01T10:00:00Z';
    const lines = aporteTimeline([
      {
        kind: 'respondido',
        at: '2024-05-03T10:00:00Z',
        detail: { outcome: 'aceptado', article: 'Art. 12', version: '3' },
      },
      { kind: 'confirmado', at: t },
      { kind: 'presentado', at: t },
      { kind: 'agrupado', at: '2024-05-02T10:00:00Z', detail: { group: 'G-4' } },
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      'Aporte presentado.',
      'Aporte confirmado por su autor.',
      'Agrupado con aportes similares (grupo G-4).',
      'Respuesta: Aceptado. Cambio en Art. 12 (versión 3).',
    ]);
  });
});

describe('participation gaps for the filing gate', () => {
  const base = {
    eventsWithAttendance: 3,
    unanswered: 0,
    overduePetitions: 0,
    carRound: null,
    ctpConceptOn: null,
    ctpUnanswered: 0,
  };
  it('a complete record has no gaps', () => {
    expect(participationGaps({ record: base, today: d('2024-06-01'), calendar }).faltantes).toEqual(
      [],
    );
  });
  it('names what is missing or late, and only warns for CAR silence', () => {
    const r = participationGaps({
      record: {
        ...base,
        eventsWithAttendance: 0,
        unanswered: 2,
        overduePetitions: 1,
        carRound: { state: 'radicada', radicadaOn: d('2024-01-10') },
        ctpConceptOn: d('2024-05-01'),
        ctpUnanswered: 4,
      },
      today: d('2024-06-01'),
      calendar,
    });
    expect(r.faltantes.map((f) => f.requisito)).toEqual([
      'consulta_democratica',
      'matriz_respuestas',
      'peticiones_vencidas',
      'respuesta_recomendaciones_ctp',
    ]);
    expect(r.faltantes[1]?.mensaje).toBe('2 aportes siguen sin respuesta en la matriz.');
    expect(ours(r.advertencias)).toEqual(['CAR_SILENCIO']);
  });
});

describe('database states follow the lifecycles', () => {
  it('the migration accepts exactly the states of the aporte and of the CAR round', () => {
    const migration = readFileSync(
      new URL('../../db/migrations/202612040601_participacion.sql', import.meta.url),
      'utf8',
    );
    expect(migration).toContain(statesCheckSql('estado', APORTE_LIFECYCLE));
    expect(migration).toContain(statesCheckSql('estado', CAR_ROUND_LIFECYCLE));
  });
});

describe('participation roles', () => {
  it('maps the municipal roles to the roles that act on participation', async () => {
    const { participationRolesOf } = await import('../src/participation/index.js');
    expect(participationRolesOf(['autoridad_ambiental'])).toEqual(['car']);
    expect(participationRolesOf(['consejo_territorial', 'consultor'])).toEqual(['ctp']);
    expect(participationRolesOf(['consultor'])).toEqual([]);
    expect(participationRolesOf([], true)).toEqual(['planeacion']);
  });
});
