import { describe, expect, it } from 'vitest';

import {
  avanceEtapa,
  avanceTotal,
  cambioDeItem,
  CONCEPTO_VACIO,
  etapaDeItem,
  etiquetaDecision,
  etiquetaEstadoItem,
  etiquetaEstadoProceso,
  etiquetaTipoPlan,
  etiquetaVeredicto,
  faltantesDeDetalles,
  formatearBytes,
  MAX_BYTES_EVIDENCIA,
  opcionesEstado,
  ordenarAlertas,
  porcentaje,
  puedeCambiarEstado,
  textoPlazo,
  tipoInicial,
  validarArchivo,
  validarConcepto,
  validarEvento,
} from './model';
import type { AlertaPlazo, Etapa, Item, Permisos } from './types';

const NINGUNO: Permisos = {
  editarItems: false,
  aprobar: false,
  subirEvidencia: false,
  emitirConcepto: false,
  registrarEventos: false,
  radicar: false,
};

function alerta(titulo: string, diasRestantes: number, venceEl = '2026-12-01'): AlertaPlazo {
  return { titulo, diasRestantes, venceEl };
}

function item(parcial: Partial<Item> = {}): Item {
  return {
    id: 'contexto.expediente',
    etapa: 'contexto',
    nombre: 'Expediente municipal',
    descripcion: '',
    requerido: true,
    condicion: null,
    escalas: [],
    citas: [],
    responsable: null,
    responsableRol: null,
    responsableTieneRol: null,
    rolSugerido: null,
    venceEl: null,
    estado: 'pendiente',
    motivoNoAplica: null,
    version: 4,
    evidencias: [],
    evidenciasTotal: 0,
    conceptos: [],
    conceptosTotal: 0,
    ...parcial,
  };
}

describe('ordenarAlertas', () => {
  it('pone primero el vencido más atrasado y luego los próximos por cercanía', () => {
    const r = ordenarAlertas({
      vencidos: [alerta('B', -2), alerta('A', -10)],
      proximos: [alerta('D', 12), alerta('C', 0), alerta('E', 3)],
    });
    expect(r.vencidos.map((a) => a.titulo)).toEqual(['A', 'B']);
    expect(r.proximos.map((a) => a.titulo)).toEqual(['C', 'E', 'D']);
  });

  it('deja fuera lo que vence después de 30 días y mueve a vencidos un próximo negativo', () => {
    const r = ordenarAlertas({
      vencidos: [],
      proximos: [alerta('lejos', 31), alerta('borde', 30), alerta('atrasado', -1)],
    });
    expect(r.proximos.map((a) => a.titulo)).toEqual(['borde']);
    expect(r.vencidos.map((a) => a.titulo)).toEqual(['atrasado']);
  });

  it('desempata por fecha y luego por título', () => {
    const r = ordenarAlertas({
      vencidos: [],
      proximos: [
        alerta('Z', 5, '2026-12-05'),
        alerta('B', 5, '2026-12-04'),
        alerta('A', 5, '2026-12-04'),
      ],
    });
    expect(r.proximos.map((a) => a.titulo)).toEqual(['A', 'B', 'Z']);
  });
});

describe('textoPlazo', () => {
  it('habla en días, sin depender del color', () => {
    expect(textoPlazo(-5)).toBe('venció hace 5 días');
    expect(textoPlazo(-1)).toBe('venció ayer');
    expect(textoPlazo(0)).toBe('vence hoy');
    expect(textoPlazo(1)).toBe('vence mañana');
    expect(textoPlazo(12)).toBe('vence en 12 días');
  });
});

describe('porcentaje y avance', () => {
  it('redondea, limita entre 0 y 100 y no divide por cero', () => {
    expect(porcentaje(1, 3)).toBe(33);
    expect(porcentaje(2, 3)).toBe(67);
    expect(porcentaje(7, 7)).toBe(100);
    expect(porcentaje(9, 7)).toBe(100);
    expect(porcentaje(0, 0)).toBe(0);
    expect(porcentaje(Number.NaN, 4)).toBe(0);
  });

  it('cuenta como hechos los aprobados y los que no aplican', () => {
    const e = { progreso: { total: 8, aprobados: 3, noAplica: 1, enCurso: 2 } };
    expect(avanceEtapa(e)).toEqual({ hechos: 4, total: 8, porcentaje: 50 });
    const otra = { progreso: { total: 2, aprobados: 0, noAplica: 0, enCurso: 1 } };
    expect(avanceTotal([e, otra])).toEqual({ hechos: 4, total: 10, porcentaje: 40 });
    expect(avanceTotal([])).toEqual({ hechos: 0, total: 0, porcentaje: 0 });
  });
});

describe('opcionesEstado', () => {
  it('ofrece solo los pasos que permite el ciclo de vida del ítem, desde el estado actual', () => {
    const consultor = { ...NINGUNO, editarItems: true };
    expect(opcionesEstado(consultor, ['consultor'], 'pendiente')).toEqual([
      'pendiente',
      'en_curso',
    ]);
    expect(opcionesEstado(consultor, ['consultor'], 'en_curso')).toEqual([
      'en_curso',
      'en_revision',
    ]);
    expect(opcionesEstado(consultor, ['consultor'], 'devuelto')).toEqual([
      'devuelto',
      'en_curso',
      'en_revision',
    ]);
  });

  it('quien aprueba puede aprobar un producto en revisión, no uno pendiente', () => {
    const planeacion = { ...NINGUNO, editarItems: true, aprobar: true };
    expect(opcionesEstado(planeacion, ['planeacion'], 'en_revision')).toEqual([
      'en_revision',
      'en_curso',
      'aprobado',
    ]);
    expect(opcionesEstado(planeacion, ['planeacion'], 'pendiente')).toEqual([
      'pendiente',
      'en_curso',
      'no_aplica',
    ]);
  });

  it('«devuelto» llega con el concepto del supervisor, nunca desde la lista', () => {
    const interventor = { ...NINGUNO, emitirConcepto: true };
    expect(opcionesEstado(interventor, ['interventor'], 'en_revision')).toEqual(['en_revision']);
  });

  it('sin permisos de edición ni aprobación no hay lista', () => {
    expect(puedeCambiarEstado(NINGUNO)).toBe(false);
    expect(puedeCambiarEstado({ ...NINGUNO, aprobar: true })).toBe(true);
  });
});

describe('etiquetas', () => {
  it('traduce estados, veredictos y decisiones; lo desconocido se muestra tal cual', () => {
    expect(etiquetaEstadoItem('en_revision')).toBe('En revisión');
    expect(etiquetaEstadoItem('no_aplica')).toBe('No aplica');
    expect(etiquetaEstadoProceso('radicado_concejo')).toBe('Radicado ante el Concejo');
    expect(etiquetaVeredicto('cumple_parcialmente')).toBe('Cumple parcialmente');
    expect(etiquetaDecision('devuelto')).toBe('Devuelto para ajustes');
    expect(etiquetaTipoPlan('EOT')).toBe('Esquema de Ordenamiento Territorial (EOT)');
    expect(etiquetaEstadoItem('nuevo_estado')).toBe('nuevo_estado');
    expect(etiquetaEstadoItem('toString')).toBe('toString');
  });
});

describe('formatearBytes', () => {
  it('usa coma decimal y múltiplos de 1024', () => {
    expect(formatearBytes(0)).toBe('0 bytes');
    expect(formatearBytes(1)).toBe('1 byte');
    expect(formatearBytes(900)).toBe('900 bytes');
    expect(formatearBytes(2048)).toBe('2 KB');
    expect(formatearBytes(1536)).toBe('1,5 KB');
    expect(formatearBytes(1_258_291)).toBe('1,2 MB');
    expect(formatearBytes(MAX_BYTES_EVIDENCIA)).toBe('25 MB');
    expect(formatearBytes(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('no muestra "1024 KB" en el borde', () => {
    expect(formatearBytes(1024 * 1024 - 10)).toBe('1 MB');
  });

  it('devuelve vacío para valores inválidos', () => {
    expect(formatearBytes(-1)).toBe('');
    expect(formatearBytes(Number.NaN)).toBe('');
  });
});

describe('validarArchivo', () => {
  it('rechaza antes de subir lo que pasa de 25 MB, con el mensaje del servidor', () => {
    expect(validarArchivo({ size: MAX_BYTES_EVIDENCIA })).toBeNull();
    expect(validarArchivo({ size: MAX_BYTES_EVIDENCIA + 1 })).toBe(
      'El archivo supera 25 MB. Divídalo o comprímalo y vuelva a intentarlo.',
    );
  });

  it('pide un archivo y rechaza los vacíos', () => {
    expect(validarArchivo(null)).toBe('Elija un archivo para subir.');
    expect(validarArchivo({ size: 0 })).toBe('El archivo está vacío.');
  });
});

describe('cambioDeItem', () => {
  it('sin cambios no hay nada que enviar', () => {
    const i = item();
    expect(
      cambioDeItem(i, {
        estado: 'pendiente',
        motivoNoAplica: '',
        responsableId: '',
        responsableRol: '',
        venceEl: '',
      }),
    ).toBeNull();
  });

  it('envía solo lo que cambió, con la versión leída', () => {
    const i = item({ responsable: { id: 'u1', nombre: 'Ana' }, venceEl: '2026-12-01' });
    expect(
      cambioDeItem(i, {
        estado: 'en_curso',
        motivoNoAplica: '',
        responsableId: 'u1',
        responsableRol: '',
        venceEl: '2026-12-01',
      }),
    ).toEqual({ ok: true, cuerpo: { estado: 'en_curso', version: 4 } });
    expect(
      cambioDeItem(i, {
        estado: 'pendiente',
        motivoNoAplica: '',
        responsableId: '',
        responsableRol: '',
        venceEl: '',
      }),
    ).toEqual({ ok: true, cuerpo: { responsableId: null, venceEl: null, version: 4 } });
  });

  it('"no aplica" exige un motivo, que se envía sin espacios sobrantes', () => {
    const i = item();
    const sinMotivo = cambioDeItem(i, {
      estado: 'no_aplica',
      motivoNoAplica: '  ',
      responsableId: '',
      responsableRol: '',
      venceEl: '',
    });
    expect(sinMotivo).toEqual({
      ok: false,
      mensaje: 'Escriba el motivo por el que el ítem no aplica.',
    });
    expect(
      cambioDeItem(i, {
        estado: 'no_aplica',
        motivoNoAplica: ' Sin suelo rural ',
        responsableId: '',
        responsableRol: '',
        venceEl: '',
      }),
    ).toEqual({
      ok: true,
      cuerpo: { estado: 'no_aplica', motivoNoAplica: 'Sin suelo rural', version: 4 },
    });
  });

  it('un cambio solo del motivo de un ítem que ya no aplica también se envía', () => {
    const i = item({ estado: 'no_aplica', motivoNoAplica: 'A' });
    expect(
      cambioDeItem(i, {
        estado: 'no_aplica',
        motivoNoAplica: 'B',
        responsableId: '',
        responsableRol: '',
        venceEl: '',
      }),
    ).toEqual({ ok: true, cuerpo: { estado: 'no_aplica', motivoNoAplica: 'B', version: 4 } });
  });

  it('rechaza una fecha mal escrita', () => {
    const r = cambioDeItem(item(), {
      estado: 'pendiente',
      motivoNoAplica: '',
      responsableId: '',
      responsableRol: '',
      venceEl: '2026-02-30',
    });
    expect(r?.ok).toBe(false);
  });
});

describe('validarConcepto', () => {
  it('exige los tres criterios, comentarios y decisión', () => {
    expect(validarConcepto(CONCEPTO_VACIO).ok).toBe(false);
    const completo = {
      calidad: 'cumple',
      suficiencia: 'cumple_parcialmente',
      pertinencia: 'no_cumple',
      comentarios: '   ',
      decision: 'devuelto',
    } as const;
    expect(validarConcepto(completo)).toEqual({
      ok: false,
      mensaje: 'Escriba sus comentarios: son obligatorios.',
    });
    expect(validarConcepto({ ...completo, decision: '' }).ok).toBe(false);
    expect(validarConcepto({ ...completo, comentarios: ' Falta cartografía ' })).toEqual({
      ok: true,
      cuerpo: { ...completo, comentarios: 'Falta cartografía' },
    });
  });
});

describe('validarEvento', () => {
  it('exige tipo y fecha; la nota es opcional', () => {
    expect(validarEvento({ tipo: '', fecha: '2026-01-10', nota: '' }).ok).toBe(false);
    expect(validarEvento({ tipo: 'radicacion_car', fecha: '10/01/2026', nota: '' }).ok).toBe(false);
    expect(validarEvento({ tipo: 'radicacion_car', fecha: '2026-01-10', nota: ' ' })).toEqual({
      ok: true,
      cuerpo: { tipo: 'radicacion_car', fecha: '2026-01-10' },
    });
    expect(
      validarEvento({ tipo: 'radicacion_car', fecha: '2026-01-10', nota: 'Oficio 12' }),
    ).toEqual({
      ok: true,
      cuerpo: { tipo: 'radicacion_car', fecha: '2026-01-10', nota: 'Oficio 12' },
    });
  });
});

describe('tipoInicial', () => {
  const tipos = [
    { type: 'excepcional', open: false },
    { type: 'ordinaria', open: true },
    { type: 'general', open: true },
  ];
  it('preselecciona la propuesta si procede; si no, el primer tipo que procede', () => {
    expect(tipoInicial(tipos, 'general')).toBe('general');
    expect(tipoInicial(tipos, 'excepcional')).toBe('ordinaria');
    expect(tipoInicial(tipos, null)).toBe('ordinaria');
    expect(tipoInicial([{ type: 'x', open: false }], 'x')).toBeNull();
  });
});

describe('faltantesDeDetalles', () => {
  it('lee los requisitos del 409 y descarta lo que no tiene la forma esperada', () => {
    const detalles = {
      faltantes: [
        { requisito: 'concertacion_car', mensaje: 'Falta la concertación con la CAR.', citas: [] },
        { requisito: 'ctp', mensaje: 'Falta el concepto del CTP.' },
        { mensaje: 'sin requisito' },
        'texto',
      ],
    };
    expect(faltantesDeDetalles(detalles)).toEqual([
      { requisito: 'concertacion_car', mensaje: 'Falta la concertación con la CAR.', citas: [] },
      { requisito: 'ctp', mensaje: 'Falta el concepto del CTP.', citas: [] },
    ]);
    expect(faltantesDeDetalles(null)).toEqual([]);
    expect(faltantesDeDetalles({ faltantes: 'x' })).toEqual([]);
  });
});

describe('etapaDeItem', () => {
  it('encuentra la etapa de un ítem', () => {
    const etapas: Etapa[] = [
      {
        id: 'contexto',
        nombre: 'Contexto',
        items: [item()],
        progreso: { total: 1, aprobados: 0, noAplica: 0, enCurso: 0 },
      },
      {
        id: 'decision',
        nombre: 'Decisión',
        items: [item({ id: 'd1', etapa: 'decision' })],
        progreso: { total: 1, aprobados: 0, noAplica: 0, enCurso: 0 },
      },
    ];
    expect(etapaDeItem(etapas, 'd1')).toBe('decision');
    expect(etapaDeItem(etapas, 'nada')).toBeNull();
  });
});
