import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { DomainError } from '../src/errors.js';
import type { Answers, AnswerValue } from '../src/self-assessment/index.js';
import {
  ANSWER_VALUES,
  evaluateSelfAssessment,
  MISSING_INFO_ACTION,
  SELF_ASSESSMENT_QUESTIONS,
} from '../src/self-assessment/index.js';
import { STAGES } from '../src/stages.js';

const QUESTIONS = SELF_ASSESSMENT_QUESTIONS;
const ids = QUESTIONS.map((q) => q.id);
const allAnswered = (value: AnswerValue): Answers =>
  Object.fromEntries(ids.map((id) => [id, value]));
const question = (id: string) => QUESTIONS.find((q) => q.id === id)!;

describe('self-assessment questionnaire — structure', () => {
  it('question ids and risk ids are kebab-case and unique', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const riskIds = QUESTIONS.map((q) => q.riskIfNo.id);
    expect(new Set(riskIds).size).toBe(riskIds.length);
    for (const id of [...ids, ...riskIds]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(STAGES.map((s) => [s.id] as const))('stage %s has at least 3 questions', (stage) => {
    expect(QUESTIONS.filter((q) => q.stage === stage).length).toBeGreaterThanOrEqual(3);
  });

  it('questions are in route order and every one is a Spanish question with actions and a source', () => {
    const order = QUESTIONS.map((q) => STAGES.findIndex((s) => s.id === q.stage));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const q of QUESTIONS) {
      expect(q.text).toMatch(/^(¿|Si ).*\?$/);
      expect(q.actions.length).toBeGreaterThanOrEqual(1);
      expect(q.sourceDifficulty.length).toBeGreaterThan(5);
      for (const c of q.citations ?? []) expect(c.norm.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['decision-expediente-conformado', 'Ley 388 de 1997', '112'],
    ['seguimiento-expediente-actualizado', 'Ley 388 de 1997', '112'],
    ['evaluacion-documento-seguimiento', 'Decreto 1077 de 2015', '2.2.2.1.2.1.5'],
    ['concertacion-cabildo-abierto', 'Ley 507 de 1999', '2'],
    ['concertacion-car-preparada', 'Ley 388 de 1997', '24 num. 1'],
    ['concertacion-car-preparada', 'Ley 2079 de 2021', '26'],
    ['implementacion-programa-ejecucion', 'Ley 388 de 1997', '18'],
    ['formulacion-programa-ejecucion', 'Ley 388 de 1997', '18'],
    ['diagnostico-estudios-riesgo', 'Decreto 1077 de 2015', '2.2.2.1.3'],
    ['diagnostico-estudios-riesgo', 'Ley 1523 de 2012', '40'],
  ] as const)('%s cites %s art. %s', (id, norm, article) => {
    expect(question(id).citations).toContainEqual(
      expect.objectContaining({
        norm: expect.stringContaining(norm),
        article: expect.stringContaining(article),
      }),
    );
  });
});

describe('evaluateSelfAssessment — table', () => {
  it.each([
    // question, answer, expected kind, expected severity
    ['decision-expediente-conformado', 'no', 'incumplimiento', 'alta'],
    ['decision-expediente-conformado', 'parcial', 'parcial', 'media'],
    ['decision-expediente-conformado', 'no_sabe', 'falta_informacion', 'media'],
    ['contexto-tipo-revision-claro', 'no', 'incumplimiento', 'media'],
    ['contexto-tipo-revision-claro', 'parcial', 'parcial', 'baja'],
    ['decision-avances-revisados', 'parcial', 'parcial', 'baja'],
    ['decision-avances-revisados', 'no_sabe', 'falta_informacion', 'baja'],
  ] as const)('%s = %s → %s risk, severity %s', (id, answer, kind, severity) => {
    const r = evaluateSelfAssessment({ [id]: answer });
    expect(r.risks).toHaveLength(1);
    expect(r.risks[0]).toMatchObject({ questionId: id, kind, severity, stage: question(id).stage });
    expect(r.counts).toMatchObject({ [severity]: 1, total: 1 });
  });

  it('«sí» produces no risk; «no sé» asks first to find out and says information is missing', () => {
    expect(evaluateSelfAssessment({ 'decision-expediente-conformado': 'si' }).risks).toEqual([]);
    const r = evaluateSelfAssessment({ 'decision-expediente-conformado': 'no_sabe' });
    expect(r.risks[0]!.title).toMatch(/^Falta información/);
    expect(r.risks[0]!.actions[0]).toBe(MISSING_INFO_ACTION);
    expect(r.risks[0]!.citations.length).toBeGreaterThan(0);
  });

  it('sorts risks by severity, then by route order', () => {
    const r = evaluateSelfAssessment({
      'implementacion-apropiacion': 'no', // baja
      'seguimiento-expediente-actualizado': 'no', // alta, last stage
      'contexto-vigencia-conocida': 'no', // alta, first stage
      'decision-costo-estimado': 'no', // media
    });
    expect(r.risks.map((x) => x.questionId)).toEqual([
      'contexto-vigencia-conocida',
      'seguimiento-expediente-actualizado',
      'decision-costo-estimado',
      'implementacion-apropiacion',
    ]);
    expect(r.counts).toEqual({ alta: 2, media: 1, baja: 1, total: 4 });
  });

  it('reports completion, score and deduplicated actions per stage', () => {
    const evaluacion = QUESTIONS.filter((q) => q.stage === 'evaluacion');
    const r = evaluateSelfAssessment({ [evaluacion[0]!.id]: 'si', [evaluacion[1]!.id]: 'parcial' });
    const stage = r.stages.find((s) => s.stage === 'evaluacion')!;
    expect(stage).toMatchObject({ answered: 2, total: evaluacion.length, score: 75, riskCount: 1 });
    expect(stage.actions).toEqual([...evaluacion[1]!.actions]);
    expect(r.stages.find((s) => s.stage === 'contexto')).toMatchObject({
      answered: 0,
      score: null,
    });
    expect(r.stages.map((s) => s.stage)).toEqual(STAGES.map((s) => s.id));
    expect(r).toMatchObject({ answered: 2, total: QUESTIONS.length });
  });

  it('all «no» gives one risk per question and a zero score everywhere', () => {
    const r = evaluateSelfAssessment(allAnswered('no'));
    expect(r.risks).toHaveLength(QUESTIONS.length);
    for (const s of r.stages) expect(s).toMatchObject({ score: 0, answered: s.total });
  });

  it.each([
    [{ 'no-existe': 'si' }, /no existen/],
    [{ 'decision-expediente-conformado': 'tal-vez' }, /no válida/],
  ])('rejects %j with a Spanish DomainError', (answers, message) => {
    expect(() => evaluateSelfAssessment(answers as unknown as Answers)).toThrow(DomainError);
    expect(() => evaluateSelfAssessment(answers as unknown as Answers)).toThrow(message);
  });
});

describe('evaluateSelfAssessment — properties', () => {
  const answerSet = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...ANSWER_VALUES));

  it('any set of «sí» answers yields zero risks and full scores where answered', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (chosen) => {
        const r = evaluateSelfAssessment(Object.fromEntries(chosen.map((id) => [id, 'si'])));
        expect(r.risks).toEqual([]);
        for (const s of r.stages) expect(s.score === null || s.score === 100).toBe(true);
      }),
    );
  });

  it('every risk has at least one action and is sorted by severity; counts add up', () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        const r = evaluateSelfAssessment(answers);
        const notSi = Object.values(answers).filter((a) => a !== 'si').length;
        expect(r.risks).toHaveLength(notSi);
        expect(r.counts.alta + r.counts.media + r.counts.baja).toBe(r.counts.total);
        const rank = { alta: 0, media: 1, baja: 2 };
        for (let i = 1; i < r.risks.length; i++) {
          expect(rank[r.risks[i - 1]!.severity]).toBeLessThanOrEqual(rank[r.risks[i]!.severity]);
        }
        for (const risk of r.risks) expect(risk.actions.length).toBeGreaterThanOrEqual(1);
        for (const s of r.stages) expect(s.answered).toBeLessThanOrEqual(s.total);
      }),
    );
  });
});

/** Lower case, no accents, punctuation as spaces: the comparison ignores formatting only. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

const N = 8;
function ngrams(list: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + N <= list.length; i++) out.add(list.slice(i, i + N).join(' '));
  return out;
}

describe('questions are written in our own words (no copy of the seed document)', () => {
  const seed = readFileSync(
    new URL('../../../../shared/seed/retos-dificultades-revision-pot.txt', import.meta.url),
    'utf8',
  );
  const seedGrams = ngrams(words(seed));

  it(`no question, risk or action repeats ${N} consecutive words of the seed`, () => {
    const copied = QUESTIONS.flatMap((q) =>
      [q.text, q.riskIfNo.title, q.riskIfNo.description, q.sourceDifficulty, ...q.actions].flatMap(
        (text) =>
          [...ngrams(words(text))].filter((g) => seedGrams.has(g)).map((g) => `${q.id}: «${g}»`),
      ),
    );
    expect(copied).toEqual([]);
  });
});
