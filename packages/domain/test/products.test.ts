import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import type { PlanType } from '../src/plan-type.js';
import { requiredProducts } from '../src/products.js';
import { REVISION_TYPES } from '../src/revision-types.js';
import { STAGES } from '../src/stages.js';

const casesDir = new URL('./cases/products/', import.meta.url);
const PLAN_TYPES: PlanType[] = ['POT', 'PBOT', 'EOT'];
const combos = PLAN_TYPES.flatMap((planType) =>
  REVISION_TYPES.map((revisionType) => ({ planType, revisionType })),
);

/**
 * Golden files are written only on purpose, never by default and never in CI:
 * `ACTUALIZAR_GOLDEN=1 npx vitest run --project unit packages/domain/test/products.test.ts`
 * (see CONTRIBUTING.md). A missing one fails, so a new plan × revision combination is reviewed.
 */
const UPDATE_COMMAND =
  'ACTUALIZAR_GOLDEN=1 npx vitest run --project unit packages/domain/test/products.test.ts';
const wantsUpdate = process.env.ACTUALIZAR_GOLDEN === '1';

describe('requiredProducts — golden files (ACTUALIZAR_GOLDEN=1 rewrites them)', () => {
  it.each(combos)('$planType / $revisionType', ({ planType, revisionType }) => {
    const products = requiredProducts({ planType, revisionType });
    const dir = new URL(`${planType.toLowerCase()}-${revisionType}/`, casesDir);
    const file = new URL('expected.json', dir);
    const json = `${JSON.stringify(products, null, 2)}\n`;
    if (wantsUpdate && process.env.CI) {
      throw new Error(
        'ACTUALIZAR_GOLDEN no se admite con CI: los archivos golden se revisan y se confirman a mano.',
      );
    }
    if (wantsUpdate) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, json);
    }
    if (!existsSync(file)) {
      throw new Error(
        `Falta el archivo de referencia (golden) «${fileURLToPath(file)}» para ${planType} / ${revisionType}. ` +
          `Revise los productos y créelo a propósito con: ${UPDATE_COMMAND} (vea CONTRIBUTING.md).`,
      );
    }
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('requiredProducts — rules', () => {
  const ids = (p: ReturnType<typeof requiredProducts>) => p.map((x) => x.id);
  it('ids are kebab-case, unique, ordered by stage, with citations', () => {
    for (const c of combos) {
      const ps = requiredProducts(c);
      expect(new Set(ids(ps)).size).toBe(ps.length);
      const order = ps.map((p) => STAGES.findIndex((s) => s.id === p.stage));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      for (const p of ps) {
        expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(p.citations.length).toBeGreaterThan(0);
        if (!p.required) expect(p.condition).toBeTruthy();
      }
    }
  });
  it('three basic risk studies with 1:5.000 urban and 1:25.000 rural, required for general and medium revisions', () => {
    for (const revisionType of ['revision_general', 'revision_mediano_plazo'] as const) {
      const risk = requiredProducts({ planType: 'EOT', revisionType }).filter((p) =>
        p.id.startsWith('estudio-basico-'),
      );
      expect(risk.map((p) => p.id)).toEqual([
        'estudio-basico-movimientos-en-masa',
        'estudio-basico-inundacion',
        'estudio-basico-avenidas-torrenciales',
      ]);
      for (const p of risk) {
        expect(p.required).toBe(true);
        expect(p.scales).toEqual(
          expect.arrayContaining(['1:5.000 urbano y de expansión urbana', '1:25.000 rural']),
        );
      }
    }
    expect(
      requiredProducts({ planType: 'POT', revisionType: 'modificacion_excepcional' }).find(
        (p) => p.id === 'estudio-basico-inundacion',
      )?.required,
    ).toBe(false);
  });
  it('DSE not required for MENU; preliminar products are recommended only', () => {
    const menu = requiredProducts({ planType: 'POT', revisionType: 'modificacion_excepcional' });
    expect(menu.find((p) => p.id === 'documento-seguimiento-evaluacion')).toMatchObject({
      required: false,
    });
    expect(
      requiredProducts({ planType: 'POT', revisionType: 'revision_general' }).find(
        (p) => p.id === 'documento-seguimiento-evaluacion',
      )?.required,
    ).toBe(true);
    expect(menu.filter((p) => p.stage === 'preliminar').every((p) => !p.required)).toBe(true);
  });
  it('depth by plan type (R-TYPE-04) and Consejo Consultivo only above 30,000', () => {
    const dts = (planType: PlanType) =>
      requiredProducts({ planType, revisionType: 'revision_general' }).find(
        (p) => p.id === 'dts-formulacion',
      )?.description;
    expect(dts('POT')).toContain('arts. 11');
    expect(dts('PBOT')).toContain('art. 16');
    expect(dts('EOT')).toContain('art. 17');
    expect(
      ids(requiredProducts({ planType: 'EOT', revisionType: 'revision_general' })),
    ).not.toContain('concepto-consejo-consultivo');
    expect(ids(requiredProducts({ planType: 'PBOT', revisionType: 'revision_general' }))).toContain(
      'concepto-consejo-consultivo',
    );
  });
  it('STAGES: nine FCM stages in route order, preliminar flagged as practice', () => {
    expect(STAGES.map((s) => s.id)).toEqual([
      'contexto',
      'decision',
      'preliminar',
      'evaluacion',
      'diagnostico',
      'formulacion',
      'concertacion',
      'implementacion',
      'seguimiento',
    ]);
    expect(STAGES[2]?.legalAnchor).toContain('Práctica recomendada');
  });
});
