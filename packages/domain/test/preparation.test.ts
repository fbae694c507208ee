import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { createBusinessCalendar } from '../src/business-calendar.js';
import { parseIsoDate } from '../src/dates.js';
import { DomainError } from '../src/errors.js';
import type { PlanType } from '../src/plan-type.js';
import {
  checkRequestedTeam,
  estimateCost,
  informationInventory,
  inventorySummary,
  ipcFactor,
  petitionAlert,
  petitionDue,
  petitionLetter,
  proportionateTeam,
  scaleRules,
  termsOfReference,
} from '../src/preparation/index.js';
import type { Product } from '../src/products.js';
import { REVISION_TYPES } from '../src/revision-types.js';

const PLAN_TYPES: PlanType[] = ['POT', 'PBOT', 'EOT'];
const combos = PLAN_TYPES.flatMap((planType) =>
  REVISION_TYPES.map((revisionType) => ({ planType, revisionType })),
);
const calendar = createBusinessCalendar();
const golden = (planType: string, rev: string): Product[] =>
  JSON.parse(
    readFileSync(
      new URL(`./cases/products/${planType.toLowerCase()}-${rev}/expected.json`, import.meta.url),
      'utf8',
    ),
  ) as Product[];

describe('information inventory', () => {
  it('asks a revisión general of a POT for the three hazard studies at both scales, held by SGC and IDEAM', () => {
    const { items } = informationInventory({ planType: 'POT', revisionType: 'revision_general' });
    const risk = items.filter((i) => i.costKind === 'estudio_riesgo');
    expect(risk.map((i) => i.holder)).toEqual(['SGC', 'IDEAM', 'SGC']);
    expect(risk.every((i) => i.required)).toBe(true);
    expect(risk[0]!.scales.join(' ')).toMatch(/1:5\.000: suelo urbano.*centros poblados rurales/);
    expect(risk[0]!.scales.join(' ')).toContain('1:25.000: resto del suelo rural');
    expect(items.find((i) => i.id === 'actas-consejo-consultivo')).toBeDefined();
  });

  it('makes hazard studies conditional for a MENU and drops the Consejo Consultivo for an EOT', () => {
    const { items } = informationInventory({
      planType: 'EOT',
      revisionType: 'modificacion_excepcional',
    });
    expect(items.filter((i) => i.costKind === 'estudio_riesgo').every((i) => !i.required)).toBe(
      true,
    );
    expect(items.find((i) => i.id === 'actas-consejo-consultivo')).toBeUndefined();
    expect(items.find((i) => i.id === 'documento-seguimiento-evaluacion')!.required).toBe(false);
  });

  it('names the suburban scale option in a warning and applies it', () => {
    const strict = informationInventory({ planType: 'PBOT', revisionType: 'revision_general' });
    expect(strict.warnings[0]!.code).toBe('SUBURBAN_SCALE_OPTION');
    expect(scaleRules('suburbano_1_25000').find((r) => r.landClass === 'suburbano')!.scale).toBe(
      '1:25.000',
    );
    const loose = informationInventory({
      planType: 'PBOT',
      revisionType: 'revision_general',
      suburbanScale: 'suburbano_1_25000',
    });
    expect(loose.items[0]!.scales.join(' ')).toMatch(/1:25\.000: suelo rural suburbano \(opción\)/);
  });

  it('summarises what the municipality has and lacks; unrecorded items are unreviewed', () => {
    const { items } = informationInventory({ planType: 'EOT', revisionType: 'revision_general' });
    const s = inventorySummary(items, { 'cartografia-basica': 'tiene', catastro: 'falta' });
    expect(s.tiene).toEqual(['cartografia-basica']);
    expect(s.falta).toEqual(['catastro']);
    expect(s.sin_revisar.length).toBe(items.length - 2);
  });
});

describe('cost estimate', () => {
  it.each(combos)('$planType / $revisionType: lines add up and low ≤ expected ≤ high', (c) => {
    const e = estimateCost({ ...c, areaKm2: 197 });
    expect(e.moneda).toBe('COP');
    expect(e.bajo).toBeLessThan(e.esperado);
    expect(e.esperado).toBeLessThan(e.alto);
    expect(e.supuestos.reduce((a, l) => a + l.esperado, 0)).toBe(e.esperado);
    for (const l of e.supuestos) expect(l.supuesto.length).toBeGreaterThan(20);
  });

  it('costs a POT revisión general more than a PBOT, and a PBOT more than an EOT', () => {
    const cost = (planType: PlanType) =>
      estimateCost({ planType, revisionType: 'revision_general', areaKm2: 200 }).esperado;
    expect(cost('POT')).toBeGreaterThan(cost('PBOT'));
    expect(cost('PBOT')).toBeGreaterThan(cost('EOT'));
  });

  it('prices only the studies recorded as missing, by area and scale', () => {
    const none = estimateCost({
      planType: 'EOT',
      revisionType: 'revision_general',
      areaKm2: 100,
      missing: [],
    });
    const one = estimateCost({
      planType: 'EOT',
      revisionType: 'revision_general',
      areaKm2: 100,
      missing: ['estudio-basico-inundacion'],
    });
    const line = one.supuestos.find((l) => l.id === 'estudio-estudio-basico-inundacion')!;
    // 2 km² × 9.000.000 + 98 km² × 250.000 = 42.500.000 (2023) × IPC 2024 (5,2 %)
    expect(line.esperado).toBe(Math.round((42_500_000 * 1.052) / 1000) * 1000);
    expect(none.supuestos.some((l) => l.id.startsWith('estudio-'))).toBe(false);
  });

  it('adjusts by the IPC series and states the years used', () => {
    expect(ipcFactor({ fromYear: 2022, toYear: 2024 }).factor).toBeCloseTo(1.0928 * 1.052, 6);
    const e = estimateCost({
      planType: 'EOT',
      revisionType: 'revision_general',
      areaKm2: 50,
      priceYear: 2023,
    });
    expect(e.anioPrecios).toBe(2023);
    expect(e.supuestos.at(-1)!.supuesto).toContain('Factor 1,0000');
    expect(() => ipcFactor({ fromYear: 2023, toYear: 2031 })).toThrow(/No hay IPC del año 2025/);
  });

  it('refuses negative prices and absurd areas with a Spanish message', () => {
    expect(() =>
      estimateCost({
        planType: 'POT',
        revisionType: 'revision_general',
        areaKm2: 10,
        parameters: { workshopCost: -5 },
      }),
    ).toThrow(DomainError);
    expect(() =>
      estimateCost({ planType: 'POT', revisionType: 'revision_general', areaKm2: 0 }),
    ).toThrow(/área del municipio/);
  });
});

describe('team proportionate to the plan type', () => {
  it('has no separate mobility specialist for an EOT and warns when one is asked', () => {
    expect(
      proportionateTeam('EOT', 'revision_general').some((t) => t.profile.id === 'movilidad'),
    ).toBe(false);
    const w = checkRequestedTeam({
      planType: 'EOT',
      revisionType: 'revision_general',
      requested: { movilidad: 6, director: 12 },
    });
    expect(w.map((x) => x.code)).toEqual(['PROFILE_NOT_NEEDED']);
    const over = checkRequestedTeam({
      planType: 'EOT',
      revisionType: 'revision_general',
      requested: { director: 40 },
    });
    expect(over.map((x) => x.code)).toEqual(['PROFILE_OVERSIZED']);
  });
});

describe('terms of reference — every required product (golden files of the motor normativo)', () => {
  it.each(combos)('$planType / $revisionType lists every product with its citations', (c) => {
    const tor = termsOfReference({
      ...c,
      municipality: 'Zipaquirá',
      department: 'Cundinamarca',
      revisionLabel: 'Revisión',
      planInForce: 'Acuerdo 012 de 2000',
    });
    const expected = golden(c.planType, c.revisionType);
    const table = tor.blocks.find((b) => b.kind === 'table' && b.header[0] === 'Producto');
    if (table?.kind !== 'table') throw new Error('sin tabla de productos');
    expect(table.rows.map((r) => r[0])).toEqual(expected.map((p) => p.name));
    for (const [i, p] of expected.entries())
      expect(table.rows[i]![4]).toContain(p.citations[0]!.norm);
  });

  it('keeps the consultant until adoption and ties payments to approved products', () => {
    const tor = termsOfReference({
      planType: 'PBOT',
      revisionType: 'revision_general',
      municipality: 'X',
      department: 'Y',
      revisionLabel: 'Revisión general',
      planInForce: null,
    });
    const text = JSON.stringify(tor.blocks);
    for (const step of [
      'Consejo de Gobierno',
      'CAR',
      'Consejo Territorial',
      'Cabildo abierto',
      '90 días calendario',
    ])
      expect(text).toContain(step);
    expect(text).toContain('Calidad');
    expect(text).toContain('Suficiencia');
    expect(text).toContain('Pertinencia');
    expect(text).toContain('Concurso de méritos');
    expect(tor.warnings.map((w) => w.code)).toContain('PLAN_IN_FORCE_MISSING');
  });
});

const iso = parseIsoDate;

describe('requests to other entities', () => {
  it('gives authorities 10 business days (art. 30) and others 15/10/30', () => {
    // R-PET-01 worked example: received Fri 19-Dec-2025 → Tue 6-Jan-2026.
    expect(
      petitionDue({ kind: 'entre_autoridades', radicadoOn: iso('2025-12-19'), calendar }).dueOn,
    ).toBe('2026-01-06');
    expect(petitionDue({ kind: 'general', radicadoOn: iso('2026-03-13'), calendar }).dueOn).toBe(
      '2026-04-08',
    );
    expect(petitionDue({ kind: 'consulta', radicadoOn: iso('2026-03-27'), calendar }).dueOn).toBe(
      '2026-05-13',
    );
  });

  it('alerts when due soon and overdue; an answer closes it', () => {
    const base = { dueOn: iso('2026-01-06'), calendar } as const;
    expect(petitionAlert({ ...base, state: 'radicada', today: iso('2025-12-22') })).toBe(
      'en_termino',
    );
    expect(petitionAlert({ ...base, state: 'radicada', today: iso('2026-01-02') })).toBe(
      'por_vencer',
    );
    expect(petitionAlert({ ...base, state: 'radicada', today: iso('2026-01-07') })).toBe('vencida');
    expect(petitionAlert({ ...base, state: 'respondida', today: iso('2026-01-07') })).toBe(
      'respondida',
    );
  });

  it('writes the letter with addressee, legal basis and what is asked', () => {
    const l = petitionLetter({
      municipality: 'Zipaquirá',
      holder: 'SGC',
      itemName: 'Estudio básico de amenaza por movimientos en masa',
      kind: 'entre_autoridades',
    });
    expect(l.addressee).toContain('Servicio Geológico Colombiano');
    expect(l.legalBasis[0]!.article).toBe('30');
    expect(l.paragraphs.join(' ')).toContain('diez (10) días hábiles');
  });
});
