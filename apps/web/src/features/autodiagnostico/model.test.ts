import { describe, expect, it } from 'vitest';

import {
  avanceEtapa,
  claveSinAcciones,
  cuerpoRespuestas,
  hayCambios,
  leerRespuesta,
  puedeRegistrar,
  riesgosPorSeveridad,
  textoPuntaje,
} from './model';
import type { EtapaCuestionario, Riesgo } from './types';

const etapa: EtapaCuestionario = {
  id: 'decision',
  nombre: 'Decisión de revisar',
  preguntas: ['a', 'b', 'c'].map((id) => ({
    id,
    texto: `¿${id}?`,
    riesgo: { titulo: id, severidad: 'media' },
    citas: [],
  })),
};

const riesgo = (id: string, severity: Riesgo['severity']): Riesgo => ({
  id,
  questionId: id,
  stage: 'decision',
  kind: 'incumplimiento',
  title: id,
  description: '',
  severity,
  actions: ['x'],
  citations: [],
});

const membresia = (rol: string) => ({
  municipio: { codigo: '25899', nombre: 'Zipaquirá', departamento: 'Cundinamarca' },
  rol,
  rolEtiqueta: rol,
});

describe('puedeRegistrar', () => {
  it.each([
    ['planeacion', false, true],
    ['alcaldia', false, true],
    ['consultor', false, false],
    ['concejo', false, false],
    [null, true, true],
    [null, false, false],
  ] as const)('rol %s, administrador %s → %s', (rol, admin, esperado) => {
    expect(puedeRegistrar(rol ? membresia(rol) : null, admin)).toBe(esperado);
  });
});

describe('respuestas', () => {
  it('lee solo valores conocidos', () => {
    expect(leerRespuesta('parcial')).toBe('parcial');
    expect(leerRespuesta('tal vez')).toBeNull();
  });

  it('envía solo preguntas del cuestionario actual', () => {
    expect(cuerpoRespuestas({ a: 'si', retirada: 'no' }, [etapa])).toEqual({ a: 'si' });
  });

  it('cuenta el avance por etapa', () => {
    expect(avanceEtapa(etapa, { a: 'si', c: 'no_sabe', otra: 'no' })).toEqual({
      respondidas: 2,
      total: 3,
    });
  });

  it.each([
    [{}, {}, false],
    [{ a: 'si' }, { a: 'si' }, false],
    [{ a: 'si' }, { a: 'no' }, true],
    [{ a: 'si' }, { a: 'si', b: 'no' }, true],
  ] as const)('hayCambios(%j, %j) = %s', (guardadas, actuales, esperado) => {
    expect(hayCambios(guardadas, actuales)).toBe(esperado);
  });
});

describe('resultados', () => {
  it('agrupa los riesgos de alta a baja sin grupos vacíos', () => {
    const grupos = riesgosPorSeveridad([
      riesgo('1', 'baja'),
      riesgo('2', 'alta'),
      riesgo('3', 'baja'),
    ]);
    expect(grupos.map((g) => [g.severidad, g.riesgos.map((r) => r.id)])).toEqual([
      ['alta', ['2']],
      ['baja', ['1', '3']],
    ]);
  });

  it('distingue una etapa sin respuestas de una con puntaje cero', () => {
    expect(textoPuntaje(null)).toBeNull();
    expect(textoPuntaje(0)).toBe('0 / 100');
  });
});

describe('claveSinAcciones', () => {
  it('una etapa sin respuestas no se lee como «sin retos»', () => {
    expect(claveSinAcciones(0)).toBe('autodiagnostico.sinResponder');
    expect(claveSinAcciones(3)).toBe('autodiagnostico.sinAcciones');
  });
});
