import { describe, expect, it } from 'vitest';

import {
  accionPrincipal,
  etiquetaSeveridad,
  fraseEstado,
  ordenarRiesgos,
  tonoTablero,
} from './model';
import type { Tablero } from './types';

const municipio = { codigo: '25899', nombre: 'Zipaquirá', departamento: 'Cundinamarca' };
const plan = (estado: Tablero['plan']['estado']): Tablero['plan'] => ({
  estado,
  explicacion: '',
  tipoPlan: 'POT',
  vigenciaLargoPlazo: null,
  citas: [],
});
const alerta = (diasRestantes: number) => ({ titulo: 'x', venceEl: '2026-12-01', diasRestantes });

function proceso(vencidos: number, proximos: number): NonNullable<Tablero['proceso']> {
  return {
    id: 'p1',
    tipoRevisionEtiqueta: 'Revisión general',
    estado: 'en_curso',
    etapaActual: 'diagnostico',
    etapaActualNombre: 'Diagnóstico',
    progresoPorEtapa: [],
    devueltos: [],
    vencidos: Array.from({ length: vencidos }, () => alerta(-3)),
    proximos: Array.from({ length: proximos }, () => alerta(4)),
    totalVencidos: vencidos,
    totalProximos: proximos,
  };
}

describe('fraseEstado', () => {
  it('sin revisión, habla del plan', () => {
    expect(fraseEstado({ municipio, plan: plan('sin_plan'), proceso: null })).toBe(
      'Zipaquirá no tiene registrado un plan de ordenamiento territorial.',
    );
    expect(fraseEstado({ municipio, plan: plan('vencido'), proceso: null })).toBe(
      'El plan de Zipaquirá está vencido y no hay una revisión en curso.',
    );
    expect(fraseEstado({ municipio, plan: plan('vigente'), proceso: null })).toBe(
      'El plan de Zipaquirá está vigente. No hay una revisión en curso.',
    );
  });

  it('con revisión, dice la etapa y cuántas tareas van tarde', () => {
    expect(fraseEstado({ municipio, plan: plan('vencido'), proceso: proceso(0, 2) })).toBe(
      'Zipaquirá está en la etapa «Diagnóstico» de la revisión del plan. No hay tareas vencidas.',
    );
    expect(fraseEstado({ municipio, plan: plan('vencido'), proceso: proceso(1, 0) })).toMatch(
      /Hay 1 tarea vencida\.$/,
    );
    expect(fraseEstado({ municipio, plan: plan('vencido'), proceso: proceso(3, 0) })).toMatch(
      /Hay 3 tareas vencidas\.$/,
    );
  });

  it('si la revisión ya no está en curso, lo dice', () => {
    const p = { ...proceso(0, 0), estado: 'radicado_concejo' as const };
    expect(fraseEstado({ municipio, plan: plan('vencido'), proceso: p })).toMatch(
      /ya no está en curso/,
    );
  });
});

describe('tonoTablero y accionPrincipal', () => {
  it('no muestra «al día» un plan vencido aunque su revisión no tenga tareas vencidas', () => {
    expect(tonoTablero({ plan: plan('vencido'), proceso: proceso(0, 0) })).toBe('atencion');
    expect(tonoTablero({ plan: plan('vigente'), proceso: proceso(0, 0) })).toBe('bien');
  });

  it('grave si hay vencidos o plan vencido sin revisión', () => {
    expect(tonoTablero({ plan: plan('vigente'), proceso: proceso(1, 0) })).toBe('grave');
    expect(tonoTablero({ plan: plan('vencido'), proceso: null })).toBe('grave');
    expect(tonoTablero({ plan: plan('vencido'), proceso: proceso(0, 1) })).toBe('atencion');
    expect(tonoTablero({ plan: plan('sin_plan'), proceso: null })).toBe('atencion');
    expect(tonoTablero({ plan: plan('vigente'), proceso: proceso(0, 0) })).toBe('bien');
  });

  it('una sola acción obvia', () => {
    expect(accionPrincipal({ proceso: null })).toBe('tablero.accion.iniciar');
    expect(accionPrincipal({ proceso: proceso(2, 0) })).toBe('tablero.accion.vencidos');
    expect(accionPrincipal({ proceso: proceso(0, 0) })).toBe('tablero.accion.seguir');
  });
});

describe('riesgos', () => {
  it('ordena de alta a baja severidad y rotula en texto', () => {
    const r = ordenarRiesgos([
      { titulo: 'b', severidad: 'baja', etapa: 'x' },
      { titulo: 'z', severidad: 'alta', etapa: 'x' },
      { titulo: 'a', severidad: 'alta', etapa: 'x' },
      { titulo: 'm', severidad: 'media', etapa: 'x' },
    ]);
    expect(r.map((x) => x.titulo)).toEqual(['a', 'z', 'm', 'b']);
    expect(etiquetaSeveridad('alta')).toBe('alto');
    expect(etiquetaSeveridad('otra')).toBe('otra');
  });
});
