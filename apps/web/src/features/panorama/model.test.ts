import { describe, expect, it } from 'vitest';

import { esCO } from '../../i18n/es-CO';
import {
  claveEtapa,
  contar,
  departamentos,
  ESTADOS,
  ESTILO_ESTADO,
  type FilaPanorama,
  filtrar,
  FILTROS_VACIOS,
  filtrosDesdeBusqueda,
  urlDatosAbiertos,
} from './model';

const fila = (codigo: string, extra: Partial<FilaPanorama> = {}): FilaPanorama => ({
  codigo,
  nombre: `M${codigo}`,
  departamento: codigo.startsWith('05') ? 'ANTIOQUIA' : 'CUNDINAMARCA',
  codigoDepartamento: codigo.slice(0, 2),
  poblacion: 1000,
  tipoPlan: 'EOT',
  estadoPlan: 'sin_plan',
  vigenciaLargoPlazo: null,
  inicioFormulacion: null,
  procesoEtapa: null,
  procesoTipo: null,
  procesoIniciado: null,
  ...extra,
});

const FILAS = [
  fila('05001', { tipoPlan: 'POT', estadoPlan: 'vigente' }),
  fila('05002', { estadoPlan: 'vencido' }),
  fila('25899', { tipoPlan: 'PBOT', estadoPlan: 'vencido' }),
  fila('25126'),
];

describe('filtrar y contar', () => {
  it('sin filtros devuelve todo; cada filtro restringe y se combinan', () => {
    expect(filtrar(FILAS, FILTROS_VACIOS)).toHaveLength(4);
    expect(filtrar(FILAS, { ...FILTROS_VACIOS, departamento: '05' }).map((f) => f.codigo)).toEqual([
      '05001',
      '05002',
    ]);
    expect(
      filtrar(FILAS, { departamento: '25', tipoPlan: '', estado: 'vencido' }).map((f) => f.codigo),
    ).toEqual(['25899']);
    expect(filtrar(FILAS, { ...FILTROS_VACIOS, tipoPlan: 'POT' })).toHaveLength(1);
  });

  it('cuenta por estado y el total cuadra', () => {
    expect(contar(FILAS)).toEqual({ total: 4, vigente: 1, vencido: 2, sin_plan: 1 });
    expect(contar([])).toEqual({ total: 0, vigente: 0, vencido: 0, sin_plan: 0 });
  });

  it('lista departamentos únicos ordenados por nombre', () => {
    expect(departamentos(FILAS)).toEqual([
      { codigo: '05', nombre: 'ANTIOQUIA' },
      { codigo: '25', nombre: 'CUNDINAMARCA' },
    ]);
  });
});

describe('filtrosDesdeBusqueda', () => {
  it('acepta valores válidos e ignora los demás', () => {
    expect(
      filtrosDesdeBusqueda(new URLSearchParams('departamento=05&tipoPlan=POT&estado=vencido')),
    ).toEqual({ departamento: '05', tipoPlan: 'POT', estado: 'vencido' });
    expect(
      filtrosDesdeBusqueda(new URLSearchParams('departamento=5&tipoPlan=X&estado=<b>')),
    ).toEqual(FILTROS_VACIOS);
  });
});

describe('estilo del mapa', () => {
  it('cada estado tiene color, etiqueta y descripción textual del patrón (no solo color)', () => {
    for (const estado of ESTADOS) {
      const estilo = ESTILO_ESTADO[estado];
      expect(estilo.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(esCO[estilo.etiqueta].length).toBeGreaterThan(3);
      expect(esCO[estilo.descripcionPatron].length).toBeGreaterThan(3);
    }
    const colores = new Set(ESTADOS.map((e) => ESTILO_ESTADO[e].color));
    expect(colores.size).toBe(3);
    expect(ESTILO_ESTADO.vencido.patron).toBe('rayado');
  });
});

describe('etiquetas y enlaces', () => {
  it('nombra las etapas conocidas y no inventa las desconocidas', () => {
    expect(esCO[claveEtapa('diagnostico')!]).toBe('Diagnóstico');
    expect(claveEtapa('toString')).toBeNull();
    expect(claveEtapa('otra')).toBeNull();
  });

  it('arma las descargas de datos abiertos con la fecha de corte', () => {
    expect(urlDatosAbiertos('csv', '2026-03-02')).toBe(
      '/api/v1/datos-abiertos/estado-pot.csv?fecha=2026-03-02',
    );
    expect(urlDatosAbiertos('excel', '2026-03-02')).toBe(
      '/api/v1/datos-abiertos/estado-pot.csv?fecha=2026-03-02&separador=punto_y_coma',
    );
  });
});
