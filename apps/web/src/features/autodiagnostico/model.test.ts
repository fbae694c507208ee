import { describe, expect, it } from 'vitest';

import {
  avanceEtapa,
  borradorSinEtapa,
  claveAvanceEtapa,
  claveSinAcciones,
  cuerpoEtapa,
  etapaElegida,
  etapaSinGuardar,
  etapasVecinas,
  leerRespuesta,
  puedeRegistrar,
  respuestasDeEtapa,
  respuestasVisibles,
  riesgosPorSeveridad,
  textoPuntaje,
  urlEtapa,
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

  it('cuenta el avance por etapa', () => {
    expect(avanceEtapa(etapa, { a: 'si', c: 'no_sabe', otra: 'no' })).toEqual({
      respondidas: 2,
      total: 3,
    });
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

const otra: EtapaCuestionario = {
  id: 'diagnostico',
  nombre: 'Diagnóstico',
  preguntas: ['x', 'y'].map((id) => ({
    id,
    texto: `¿${id}?`,
    riesgo: { titulo: id, severidad: 'alta' },
    citas: [],
  })),
};
const ultima: EtapaCuestionario = { ...otra, id: 'seguimiento', nombre: 'Seguimiento' };
const etapas = [etapa, otra, ultima];

describe('una etapa a la vez', () => {
  it('elige la etapa de ?etapa= y, si no existe, la primera', () => {
    expect(etapaElegida(new URLSearchParams('etapa=diagnostico'), etapas)?.id).toBe('diagnostico');
    expect(etapaElegida(new URLSearchParams('etapa=<b>'), etapas)?.id).toBe('decision');
    expect(etapaElegida(new URLSearchParams(''), etapas)?.id).toBe('decision');
    expect(etapaElegida(new URLSearchParams('etapa=x'), [])).toBeNull();
  });

  it('arma la dirección de la etapa', () => {
    expect(urlEtapa('25899', 'diagnostico')).toBe('/m/25899/autodiagnostico?etapa=diagnostico');
  });

  it('da la etapa anterior y la siguiente, null en los extremos', () => {
    expect(etapasVecinas(etapas, 'decision')).toEqual({ anterior: null, siguiente: otra });
    expect(etapasVecinas(etapas, 'diagnostico')).toEqual({ anterior: etapa, siguiente: ultima });
    expect(etapasVecinas(etapas, 'seguimiento')).toEqual({ anterior: otra, siguiente: null });
    expect(etapasVecinas(etapas, 'inventada')).toEqual({ anterior: null, siguiente: null });
  });

  it('separa las respuestas de una etapa', () => {
    expect(respuestasDeEtapa({ a: 'si', x: 'no', c: 'parcial' }, etapa)).toEqual({
      a: 'si',
      c: 'parcial',
    });
  });

  it('conserva los cambios de otras etapas y marca solo las que difieren de lo guardado', () => {
    const guardadas = { a: 'si', x: 'no' } as const;
    const borrador = { a: 'si', y: 'parcial' } as const;
    expect(respuestasVisibles(guardadas, borrador)).toEqual({ a: 'si', x: 'no', y: 'parcial' });
    expect(etapaSinGuardar(etapa, guardadas, borrador)).toBe(false);
    expect(etapaSinGuardar(otra, guardadas, borrador)).toBe(true);
    expect(etapaSinGuardar(otra, guardadas, { x: 'no' })).toBe(false);
  });

  it('guarda una etapa con todas sus respuestas visibles y deja el borrador de las demás', () => {
    const guardadas = { a: 'si', b: 'no', x: 'no' } as const;
    const borrador = { b: 'parcial', c: 'no_sabe', y: 'si' } as const;
    expect(cuerpoEtapa(etapa, guardadas, borrador)).toEqual({
      a: 'si',
      b: 'parcial',
      c: 'no_sabe',
    });
    expect(borradorSinEtapa(borrador, etapa)).toEqual({ y: 'si' });
  });

  it('una etapa sin respuestas se lee «sin responder», no «0 de 6»', () => {
    expect(claveAvanceEtapa(0)).toBe('autodiagnostico.etapaSinResponder');
    expect(claveAvanceEtapa(3)).toBe('autodiagnostico.avanceCorto');
  });
});
