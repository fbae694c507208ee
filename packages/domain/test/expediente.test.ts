import { describe, expect, it } from 'vitest';

import {
  developmentPlanYears,
  duplicatedYears,
  evaluateSufficiency,
  type ExecutionProject,
  INDICATOR_CATALOGUE,
  reportRecipients,
  requiredContentsFor,
  type SufficiencyAnswer,
  summarizeExecution,
  trackIndicator,
} from '../src/expediente/index.js';

describe('suficiencia del plan por tipo', () => {
  it('exige al POT más contenidos que al PBOT, y a este más que al EOT, todos con su artículo', () => {
    const pot = requiredContentsFor('POT');
    const pbot = requiredContentsFor('PBOT');
    const eot = requiredContentsFor('EOT');
    expect(pot.length).toBeGreaterThan(pbot.length);
    expect(pbot.length).toBeGreaterThan(eot.length);
    for (const c of pot) expect(c.citas.length).toBeGreaterThan(0);
    expect(eot.map((c) => c.id)).toContain('programa-ejecucion');
    expect(eot.map((c) => c.id)).not.toContain('instrumentos-gestion');
  });

  it('no da porcentaje mientras falten respuestas, y cuenta lo parcial como la mitad', () => {
    const ids = requiredContentsFor('EOT').map((c) => c.id);
    const partial = evaluateSufficiency('EOT', { [ids[0]!]: 'contiene' });
    expect(partial.porcentaje).toBeNull();
    expect(partial.respondidos).toBe(1);
    const answers: Record<string, SufficiencyAnswer> = Object.fromEntries(
      ids.map((id) => [id, 'contiene']),
    );
    answers[ids[1]!] = 'parcial';
    answers[ids[2]!] = 'no_contiene';
    const full = evaluateSufficiency('EOT', answers);
    expect(full.porcentaje).toBe(Math.round(((ids.length - 1.5) / ids.length) * 1000) / 10);
    expect(full.faltantes.map((c) => c.id)).toEqual([ids[1], ids[2]]);
  });
});

describe('seguimiento de indicadores', () => {
  const base = { anio: 2014, valor: 10 };
  const meta = { anio: 2024, valor: 15 };

  it('marca rezagado lo que va por debajo de la línea recta hacia la meta', () => {
    const track = trackIndicator({
      sentido: 'aumentar',
      lineaBase: base,
      meta,
      mediciones: [{ anio: 2019, valor: 11 }],
    });
    expect(track.estado).toBe('rezagada');
    expect(track.esperado).toBe(12.5);
    expect(track.explicacion).toBe('En 2019 se esperaba 12,5 y se midió 11.');
  });

  it('marca en camino lo que avanza lo esperado, y cumplida la meta alcanzada', () => {
    expect(
      trackIndicator({
        sentido: 'aumentar',
        lineaBase: base,
        meta,
        mediciones: [{ anio: 2019, valor: 12.5 }],
      }).estado,
    ).toBe('en_camino');
    expect(
      trackIndicator({
        sentido: 'aumentar',
        lineaBase: base,
        meta,
        mediciones: [{ anio: 2020, valor: 16 }],
      }).estado,
    ).toBe('cumplida');
  });

  it('entiende los indicadores que deben bajar', () => {
    const lower = {
      sentido: 'disminuir' as const,
      lineaBase: { anio: 2014, valor: 20 },
      meta: { anio: 2024, valor: 10 },
    };
    expect(trackIndicator({ ...lower, mediciones: [{ anio: 2019, valor: 14 }] }).estado).toBe(
      'en_camino',
    );
    expect(trackIndicator({ ...lower, mediciones: [{ anio: 2019, valor: 19 }] }).estado).toBe(
      'rezagada',
    );
  });

  it('no inventa: sin mediciones dice sin datos, sin meta dice sin meta', () => {
    expect(
      trackIndicator({ sentido: 'aumentar', lineaBase: base, meta, mediciones: [] }).estado,
    ).toBe('sin_datos');
    expect(
      trackIndicator({
        sentido: 'aumentar',
        lineaBase: null,
        meta,
        mediciones: [{ anio: 2019, valor: 1 }],
      }).estado,
    ).toBe('sin_meta');
  });

  it('encuentra años repetidos antes de guardar', () => {
    expect(
      duplicatedYears([
        { anio: 2020, valor: 1 },
        { anio: 2021, valor: 1 },
        { anio: 2020, valor: 2 },
      ]),
    ).toEqual([2020]);
  });

  it('el catálogo cubre las cuatro dimensiones y cita su fuente', () => {
    const dims = new Set(INDICATOR_CATALOGUE.map((d) => d.dimension));
    expect([...dims].sort()).toEqual([
      'articulacion',
      'ejecucion',
      'modelo_ocupacion',
      'suficiencia',
    ]);
    for (const d of INDICATOR_CATALOGUE) expect(d.citas.length).toBeGreaterThan(0);
  });
});

describe('programa de ejecución y planes de desarrollo', () => {
  const project = (over: Partial<ExecutionProject>): ExecutionProject => ({
    id: 'p',
    codigo: 'P',
    nombre: 'Proyecto',
    objetivo: 'Objetivo 1',
    plazo: 'corto',
    anioInicio: 2020,
    anioFin: 2023,
    costoCop: 1000,
    fuente: 'sgp',
    ejecucion: [],
    planesDesarrollo: [],
    ...over,
  });
  const plans = [
    { id: 'pd1', nombre: 'PD 2020–2023', anioInicio: 2020, anioFin: 2023 },
    { id: 'pd2', nombre: 'PD 2024–2027', anioInicio: 2024, anioFin: 2027 },
  ];

  it('dice qué proyectos del período dejó por fuera cada plan de desarrollo, y en dinero', () => {
    const summary = summarizeExecution(
      [
        project({
          id: 'a',
          codigo: 'A',
          planesDesarrollo: ['pd1'],
          ejecucion: [{ anio: 2021, avanceFisico: 50, ejecutadoCop: 400 }],
        }),
        project({ id: 'b', codigo: 'B', costoCop: 3000, objetivo: null }),
        project({
          id: 'c',
          codigo: 'C',
          anioInicio: 2024,
          anioFin: 2031,
          fuente: 'recursos_propios',
          planesDesarrollo: ['pd2'],
        }),
      ],
      plans,
    );
    const [pd1, pd2] = summary.porPlanDesarrollo;
    expect(pd1!.programados).toBe(2);
    expect(pd1!.incluidos).toBe(1);
    expect(pd1!.costoFaltanteCop).toBe(3000);
    expect(pd1!.faltantes.map((f) => f.codigo)).toEqual(['B']);
    expect(pd1!.ejecutadoEnPeriodoCop).toBe(400);
    expect(pd2!.programados).toBe(1);
    expect(summary.ejecucionFinanciera).toBe(8);
    expect(summary.ejecucionFisica).toBe(10);
    expect(summary.articulacion).toBe(66.7);
    expect(summary.porFuente.map((f) => f.fuente)).toEqual(['recursos_propios', 'sgp']);
  });

  it('sin proyectos no inventa porcentajes', () => {
    const summary = summarizeExecution([], plans);
    expect(summary.ejecucionFinanciera).toBeNull();
    expect(summary.ejecucionFisica).toBeNull();
  });

  it('un plan de desarrollo empieza con el período constitucional', () => {
    expect(developmentPlanYears(2024)).toEqual({ anioInicio: 2024, anioFin: 2027 });
    expect(developmentPlanYears(2001)).toEqual({ anioInicio: 2001, anioFin: 2003 });
    expect(() => developmentPlanYears(2025)).toThrow(/2024–2027/);
  });
});

describe('destinatarios del informe anual (Ley 388 art. 29)', () => {
  it('incluye el Consejo Consultivo solo por encima de 30.000 habitantes, con su cita', () => {
    const big = reportRecipients({ poblacion: 160_629 });
    expect(big.destinatarios).toEqual(['concejo', 'consejo_consultivo']);
    expect(big.citas[0]!.article).toBe('29');
    expect(reportRecipients({ poblacion: 30_000 }).destinatarios).toEqual(['concejo']);
    expect(reportRecipients({ poblacion: null }).destinatarios).toEqual(['concejo']);
  });

  it('respeta los destinatarios que configura la oficina', () => {
    const custom = reportRecipients({
      poblacion: 5000,
      configurados: ['concejo', 'consejo_territorial'],
    });
    expect(custom.destinatarios).toEqual(['concejo', 'consejo_territorial']);
  });
});
