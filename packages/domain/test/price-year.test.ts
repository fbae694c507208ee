import { describe, expect, it } from 'vitest';

import {
  convertPesos,
  estimateCost,
  IPC_LAST_YEAR,
  priceYearProblem,
  termsOfReference,
} from '../src/index.js';

describe('one price year: conversion of bank costs and agreement of cost and terms', () => {
  it('converts forwards and backwards by IPC and states the conversion', () => {
    const up = convertPesos({ cop: 1_000_000_000, fromYear: 2022, toYear: 2024 })!;
    expect(up.valor).toBe(Math.round(1_000_000_000 * 1.0928 * 1.052));
    expect(up.texto).toMatch(
      /^\$ 1\.000\.000\.000 de 2022 × 1,1496 \(IPC 2023–2024, DANE\) = \$ .* de 2024$/,
    );
    const down = convertPesos({ cop: up.valor, fromYear: 2024, toYear: 2022 })!;
    expect(down.valor).toBeCloseTo(1_000_000_000, -1);
    expect(convertPesos({ cop: 5, fromYear: 2023, toYear: 2023 })!.texto).toMatch(/mismo año/);
    // A year outside the series is not guessed.
    expect(convertPesos({ cop: 5, fromYear: 1995, toYear: 2024 })).toBeNull();
  });

  it('accepts only years with IPC data from the parameters base year', () => {
    expect(priceYearProblem(2023, 2023)).toBeNull();
    expect(priceYearProblem(2022, 2023)).toMatch(/entre 2023 y/);
    expect(priceYearProblem(IPC_LAST_YEAR + 1, 2023)).toMatch(/último año con IPC/);
  });

  it('the terms of reference print the estimate in the same year after the year changes', () => {
    for (const priceYear of [2023, IPC_LAST_YEAR]) {
      const cost = estimateCost({
        planType: 'EOT',
        revisionType: 'revision_general',
        areaKm2: 120,
        priceYear,
      });
      expect(cost.anioPrecios).toBe(priceYear);
      const terms = termsOfReference({
        municipality: 'Prueba',
        department: 'Cundinamarca',
        planType: 'EOT',
        revisionType: 'revision_general',
        revisionLabel: 'Revisión general',
        planInForce: null,
        modality: 'concurso_meritos',
        suburbanScale: 'suburbano_1_5000',
        missing: [],
        cost,
        pendingData: [],
      });
      expect(JSON.stringify(terms.blocks)).toContain(`en pesos de ${priceYear}`);
    }
  });
});
