import { describe, expect, it } from 'vitest';

import { coincidirRuta, construirUrl, destinoSeguro, interpretarError } from './model';

const respaldo = {
  red: 'sin red',
  sesion: 'ingrese',
  acceso: 'sin acceso',
  noEncontrado: 'no existe',
  servidor: 'falla',
  generico: 'error',
};

describe('coincidirRuta', () => {
  it('extrae parámetros', () => {
    expect(coincidirRuta('/m/:codigo/estado-pot', '/m/05001/estado-pot')).toEqual({
      codigo: '05001',
    });
  });

  it('tolera la barra final y decodifica', () => {
    expect(coincidirRuta('/publico/:codigo', '/publico/a%20b/')).toEqual({ codigo: 'a b' });
    expect(coincidirRuta('/', '/')).toEqual({});
  });

  it('no coincide con otra longitud ni con otro literal', () => {
    expect(coincidirRuta('/m/:codigo', '/m/05001/estado-pot')).toBeNull();
    expect(coincidirRuta('/calculadora', '/calculadoras')).toBeNull();
    expect(coincidirRuta('/m/:codigo', '/m/%E0%A4%A')).toBeNull();
  });
});

describe('construirUrl', () => {
  it('codifica y omite valores vacíos', () => {
    expect(construirUrl('/api/v1/municipios', { q: 'San José', limite: 20, x: '' })).toBe(
      '/api/v1/municipios?q=San%20Jos%C3%A9&limite=20',
    );
    expect(construirUrl('/a', { fecha: undefined })).toBe('/a');
  });
});

describe('destinoSeguro', () => {
  it('solo acepta rutas internas', () => {
    expect(destinoSeguro('/m/05001')).toBe('/m/05001');
    expect(destinoSeguro('//evil.example')).toBeNull();
    expect(destinoSeguro('https://evil.example')).toBeNull();
    expect(destinoSeguro(null)).toBeNull();
  });
});

describe('interpretarError', () => {
  it('usa el mensaje en español del servidor', () => {
    const cuerpo = {
      error: { codigo: 'CREDENCIALES', mensaje: 'Correo o contraseña incorrectos.' },
    };
    expect(interpretarError(401, cuerpo, respaldo)).toEqual({
      codigo: 'CREDENCIALES',
      mensaje: 'Correo o contraseña incorrectos.',
    });
  });

  it('usa un mensaje de respaldo según el estado', () => {
    expect(interpretarError(0, null, respaldo).mensaje).toBe('sin red');
    expect(interpretarError(404, 'html', respaldo).mensaje).toBe('no existe');
    expect(interpretarError(502, {}, respaldo).mensaje).toBe('falla');
    expect(interpretarError(418, { error: {} }, respaldo).mensaje).toBe('error');
  });
});
