import { describe, expect, it } from 'vitest';

import {
  esReintentable,
  formatearBytes,
  mensajeDeRespuesta,
  porcentaje,
  sigueVigente,
  VIGENCIA_MS,
} from './subida-model';

describe('subida reanudable: reglas puras', () => {
  it('escribe tamaños con coma decimal', () => {
    expect(formatearBytes(512)).toBe('512 B');
    expect(formatearBytes(1536)).toBe('1,5 kB');
    expect(formatearBytes(2_621_440)).toBe('2,5 MB');
  });

  it('no muestra 100 % hasta el último byte', () => {
    expect(porcentaje(0, 0)).toBe(0);
    expect(porcentaje(999, 1000)).toBe(99);
    expect(porcentaje(1000, 1000)).toBe(100);
    expect(porcentaje(512, 1024)).toBe(50);
  });

  it('reintenta la red y el servidor, no los rechazos', () => {
    expect([0, 500, 503, 409, 423].every(esReintentable)).toBe(true);
    expect([400, 401, 403, 404, 413].some(esReintentable)).toBe(false);
  });

  it('lee el mensaje en español de la API y tolera cuerpos que no son JSON', () => {
    expect(mensajeDeRespuesta('{"error":{"codigo":"x","mensaje":"Hola"}}')).toBe('Hola');
    expect(mensajeDeRespuesta('Not found\n')).toBeNull();
    expect(mensajeDeRespuesta(undefined)).toBeNull();
  });

  it('ofrece continuar solo las subidas de las últimas 24 horas', () => {
    const ahora = Date.parse('2026-03-02T15:00:00Z');
    expect(sigueVigente('2026-03-02T10:00:00Z', ahora)).toBe(true);
    expect(sigueVigente(new Date(ahora - VIGENCIA_MS - 1).toISOString(), ahora)).toBe(false);
    expect(sigueVigente('no es fecha', ahora)).toBe(false);
  });
});
