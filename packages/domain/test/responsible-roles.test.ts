import { describe, expect, it } from 'vitest';

import { DomainError } from '../src/errors.js';
import type { PlanType } from '../src/plan-type.js';
import { requiredProducts } from '../src/products.js';
import {
  chooseResponsibleRole,
  isResponsibleRole,
  requireResponsible,
  RESPONSIBLE_ROLES,
  responsibleFor,
} from '../src/responsible-roles.js';
import { REVISION_TYPES } from '../src/revision-types.js';

const PLAN_TYPES: PlanType[] = ['POT', 'PBOT', 'EOT'];
const combos = PLAN_TYPES.flatMap((planType) =>
  REVISION_TYPES.map((revisionType) => ({ planType, revisionType })),
);
const product = (id: string) =>
  requiredProducts({ planType: 'POT', revisionType: 'revision_general' }).find((p) => p.id === id);

describe('responsible roles of the route products', () => {
  it('are platform membership roles (the CAR, advisors and citizens never own an item)', () => {
    expect([...RESPONSIBLE_ROLES].sort()).toEqual(
      [
        'alcaldia',
        'concejo',
        'consejo_territorial',
        'consultor',
        'interventor',
        'planeacion',
      ].sort(),
    );
    for (const role of ['autoridad_ambiental', 'asesor', 'ciudadano', 'admin', '', null]) {
      expect(isResponsibleRole(role)).toBe(false);
    }
    expect(isResponsibleRole('consultor')).toBe(true);
  });

  it('every generated product has a suggested role, a Spanish note and a legal basis when one is claimed', () => {
    for (const c of combos) {
      for (const p of requiredProducts(c)) {
        const r = p.responsible;
        expect(RESPONSIBLE_ROLES, p.id).toContain(r.role);
        if (r.directRole) expect(RESPONSIBLE_ROLES, p.id).toContain(r.directRole);
        expect(r.note.length, p.id).toBeGreaterThan(10);
        if (r.basis === 'norma') expect(r.citations.length, p.id).toBeGreaterThan(0);
        for (const cite of r.citations) expect(['V', 'S', 'K', '?']).toContain(cite.confidence);
      }
    }
  });

  it.each([
    ['expediente-municipal', 'planeacion', 'norma', 'Ley 388 de 1997', '112'],
    ['decision-tipo-revision', 'alcaldia', 'norma', 'Ley 388 de 1997', '24 inc. 1'],
    ['dts-diagnostico', 'consultor', 'practica', 'Ley 388 de 1997', '24 inc. 1'],
    ['estudio-basico-inundacion', 'consultor', 'practica', 'Ley 388 de 1997', '24 inc. 1'],
    ['acta-consejo-gobierno', 'alcaldia', 'norma', 'Ley 388 de 1997', '24 inciso 1'],
    ['acta-concertacion-car', 'planeacion', 'norma', 'Ley 388 de 1997', '24 num. 1'],
    ['concepto-ctp', 'consejo_territorial', 'norma', 'Ley 388 de 1997', '24 num. 3'],
    ['evidencias-consulta-democratica', 'planeacion', 'norma', 'Ley 388 de 1997', '24 num. 4'],
    [
      'acta-cabildo-abierto',
      'concejo',
      'norma',
      'Ley 507 de 1999',
      '2 (con Ley 134 de 1994 art. 81)',
    ],
    ['acto-de-adopcion', 'concejo', 'norma', 'Ley 388 de 1997', '25'],
    ['concepto-consejo-consultivo', 'alcaldia', 'norma', 'Ley 388 de 1997', '29'],
  ] as const)('%s → %s (%s, %s art. %s)', (id, role, basis, norm, article) => {
    const r = product(id)?.responsible;
    expect(r).toMatchObject({ role, basis });
    expect(r?.citations.some((c) => c.norm === norm && c.article.startsWith(article))).toBe(true);
  });

  it('conventions say so and carry no norm assigning the role', () => {
    for (const id of ['reporte-vigencia', 'plan-de-trabajo', 'informe-seguimiento-anual']) {
      const r = product(id)?.responsible;
      expect(r).toMatchObject({ role: 'planeacion', basis: 'practica', citations: [] });
      expect(r?.note).toMatch(/^Convención del producto/);
    }
  });

  it('technical documents go to the consultant, or to the planning office when there is none', () => {
    const dts = product('dts-formulacion')!.responsible;
    expect(chooseResponsibleRole(dts, { hasConsultant: true })).toBe('consultor');
    expect(chooseResponsibleRole(dts, { hasConsultant: false })).toBe('planeacion');
    // Roles the law assigns do not depend on whether a consultant was contracted.
    const ctp = product('concepto-ctp')!.responsible;
    expect(chooseResponsibleRole(ctp, { hasConsultant: false })).toBe('consejo_territorial');
  });

  it('an unknown product id has no suggestion; the product list refuses it instead of defaulting', () => {
    expect(responsibleFor('producto-inventado')).toBeUndefined();
    expect(responsibleFor('toString')).toBeUndefined();
    expect(responsibleFor('concepto-ctp')?.role).toBe('consejo_territorial');
    expect(() => requireResponsible('producto-inventado')).toThrow(DomainError);
    expect(() => requireResponsible('toString')).toThrow(/sin responsable sugerido/);
  });
});
