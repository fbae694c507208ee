import { describe, expect, it } from 'vitest';

import { borradorDe, cambioDeItem } from './model';
import {
  avisoRol,
  etiquetaRol,
  opcionesRol,
  personasDe,
  rolAlElegir,
  tieneRol,
} from './model-responsable';
import type { Item, Participante } from './types';

const PARTICIPANTES: Participante[] = [
  { usuarioId: 'u1', nombre: 'Ana', rol: 'planeacion', rolEtiqueta: 'Oficina de planeación' },
  { usuarioId: 'u2', nombre: 'Beto', rol: 'consultor', rolEtiqueta: 'Consultor' },
  { usuarioId: 'u1', nombre: 'Ana', rol: 'alcaldia', rolEtiqueta: 'Alcaldía' },
];

function item(parcial: Partial<Item> = {}): Item {
  return {
    id: 'dts-diagnostico',
    etapa: 'diagnostico',
    nombre: 'Documento técnico de soporte: diagnóstico',
    descripcion: '',
    requerido: true,
    condicion: null,
    escalas: [],
    citas: [],
    responsable: null,
    responsableRol: 'consultor',
    responsableTieneRol: null,
    rolSugerido: null,
    venceEl: null,
    estado: 'pendiente',
    motivoNoAplica: null,
    version: 7,
    evidencias: [],
    evidenciasTotal: 0,
    conceptos: [],
    conceptosTotal: 0,
    ...parcial,
  };
}

describe('etiquetaRol y opcionesRol', () => {
  it('nombra los roles en español y deja tal cual un valor desconocido', () => {
    expect(etiquetaRol('consultor')).toBe('Consultor(a)');
    expect(etiquetaRol('consejo_territorial')).toBe('Consejo Territorial de Planeación');
    expect(etiquetaRol('planeacion')).toBe('Oficina de planeación');
    expect(etiquetaRol('rol_nuevo')).toBe('rol_nuevo');
  });

  it('ofrece los roles del motor normativo, y el actual aunque ya no esté entre ellos', () => {
    expect(opcionesRol('consultor')).toEqual([
      'planeacion',
      'alcaldia',
      'consultor',
      'interventor',
      'consejo_territorial',
      'concejo',
    ]);
    expect(opcionesRol('')).not.toContain('ciudadano');
    expect(opcionesRol('rol_viejo')[0]).toBe('rol_viejo');
    for (const rol of opcionesRol('')) expect(etiquetaRol(rol)).not.toBe(rol);
  });
});

describe('personas y roles del responsable', () => {
  it('lista cada persona una vez con todos sus roles', () => {
    expect(personasDe(PARTICIPANTES)).toEqual([
      { usuarioId: 'u1', nombre: 'Ana', roles: ['Oficina de planeación', 'Alcaldía'] },
      { usuarioId: 'u2', nombre: 'Beto', roles: ['Consultor'] },
    ]);
  });

  it('no ofrece como responsables a la ciudadanía ni a los asesores (issue 12)', () => {
    const conOtros: Participante[] = [
      ...PARTICIPANTES,
      { usuarioId: 'u3', nombre: 'Carla', rol: 'ciudadano', rolEtiqueta: 'Ciudadano' },
      { usuarioId: 'u4', nombre: 'Dora', rol: 'asesor', rolEtiqueta: 'Asesor' },
    ];
    expect(personasDe(conOtros).map((p) => p.nombre)).toEqual(['Ana', 'Beto']);
  });

  it('al elegir una persona el rol pasa a uno que ella tiene, el sugerido si puede', () => {
    const elegir = (responsableId: string, rolActual: string, sugerido: string | null = null) =>
      rolAlElegir(PARTICIPANTES, { responsableId, rolActual, sugerido });
    expect(elegir('u2', 'planeacion')).toBe('consultor');
    expect(elegir('u1', 'alcaldia')).toBe('alcaldia');
    expect(elegir('u1', 'consultor', 'alcaldia')).toBe('alcaldia');
    expect(elegir('u1', 'consultor')).toBe('planeacion');
    expect(elegir('', 'consultor')).toBe('consultor');
  });

  it('sabe si la persona tiene el rol; sin persona o sin rol no hay nada que comparar', () => {
    expect(tieneRol(PARTICIPANTES, { responsableId: 'u1', responsableRol: 'alcaldia' })).toBe(true);
    expect(tieneRol(PARTICIPANTES, { responsableId: 'u1', responsableRol: 'consultor' })).toBe(
      false,
    );
    expect(tieneRol(PARTICIPANTES, { responsableId: '', responsableRol: 'consultor' })).toBeNull();
    expect(tieneRol(PARTICIPANTES, { responsableId: 'u2', responsableRol: '' })).toBeNull();
  });

  it('avisa, con el nombre del rol en español, solo cuando la persona no lo tiene', () => {
    expect(avisoRol('Ana', 'consultor', false)).toBe(
      'Advertencia: Ana no tiene el rol «Consultor(a)» en este municipio. Se puede asignar igual; confirme que le corresponde.',
    );
    expect(avisoRol('Ana', 'planeacion', true)).toBeNull();
    expect(avisoRol('', '', null)).toBeNull();
  });
});

describe('cambioDeItem con el rol responsable', () => {
  it('el borrador parte del rol guardado y un ítem sin cambios no envía nada', () => {
    const i = item();
    expect(borradorDe(i).responsableRol).toBe('consultor');
    expect(cambioDeItem(i, borradorDe(i))).toBeNull();
  });

  it('envía el rol nuevo, o null para dejarlo sin rol, con la versión leída', () => {
    const i = item();
    expect(cambioDeItem(i, { ...borradorDe(i), responsableRol: 'planeacion' })).toEqual({
      ok: true,
      cuerpo: { responsableRol: 'planeacion', version: 7 },
    });
    expect(cambioDeItem(i, { ...borradorDe(i), responsableRol: '' })).toEqual({
      ok: true,
      cuerpo: { responsableRol: null, version: 7 },
    });
    expect(
      cambioDeItem(i, { ...borradorDe(i), responsableId: 'u2', responsableRol: 'interventor' }),
    ).toEqual({
      ok: true,
      cuerpo: { responsableId: 'u2', responsableRol: 'interventor', version: 7 },
    });
  });
});
