import { describe, expect, it } from 'vitest';

import { destinoTrasIngresar, membresiaEn, mensajeIngresoFallido } from './model';
import type { Sesion } from './types';

const usuario = { id: 'u1', email: 'a@b.co', nombre: 'Ana', esAdministrador: false };
const conMunicipios: Sesion = {
  usuario,
  membresias: [
    {
      municipio: { codigo: '05001', nombre: 'Medellín', departamento: 'Antioquia' },
      rol: 'planeador',
      rolEtiqueta: 'Planeación',
    },
    {
      municipio: { codigo: '05368', nombre: 'Jardín', departamento: 'Antioquia' },
      rol: 'lector',
      rolEtiqueta: 'Lectura',
    },
  ],
};

describe('destinoTrasIngresar', () => {
  it('con varios municipios, va a la lista de los suyos; con uno, a ese', () => {
    expect(destinoTrasIngresar(conMunicipios, null)).toBe('/mis-municipios');
    const uno = { usuario, membresias: conMunicipios.membresias.slice(0, 1) };
    expect(destinoTrasIngresar(uno, null)).toBe('/m/05001');
  });

  it('sin membresías, va a su cuenta (o a la consola si administra la plataforma)', () => {
    expect(destinoTrasIngresar({ usuario, membresias: [] }, null)).toBe('/cuenta');
    const admin = { ...usuario, esAdministrador: true };
    expect(destinoTrasIngresar({ usuario: admin, membresias: [] }, null)).toBe('/admin');
  });

  it('respeta una ruta interna pedida, pero no una externa', () => {
    expect(destinoTrasIngresar(conMunicipios, '/m/05368/estado-pot')).toBe('/m/05368/estado-pot');
    expect(destinoTrasIngresar(conMunicipios, '//otro.sitio')).toBe('/mis-municipios');
    expect(destinoTrasIngresar(conMunicipios, '/ingresar')).toBe('/mis-municipios');
  });
});

describe('membresiaEn', () => {
  it('encuentra el rol en un municipio', () => {
    expect(membresiaEn(conMunicipios, '05368')?.rolEtiqueta).toBe('Lectura');
    expect(membresiaEn(conMunicipios, '99999')).toBeNull();
    expect(membresiaEn(null, '05001')).toBeNull();
  });
});

describe('mensajeIngresoFallido', () => {
  const respaldo = 'Demasiados intentos. Espere unos minutos.';

  it('muestra el mensaje del servidor, también el de demasiados intentos', () => {
    const bloqueo = 'Demasiados intentos de ingreso fallidos. Por seguridad, espere 15 minutos…';
    expect(
      mensajeIngresoFallido(
        { estado: 429, error: { codigo: 'demasiados_intentos', mensaje: bloqueo } },
        respaldo,
      ),
    ).toBe(bloqueo);
    expect(
      mensajeIngresoFallido(
        {
          estado: 401,
          error: { codigo: 'no_autenticado', mensaje: 'Correo o contraseña incorrectos.' },
        },
        respaldo,
      ),
    ).toBe('Correo o contraseña incorrectos.');
  });

  it('usa el respaldo en español si un proxy respondió 429 sin nuestro cuerpo', () => {
    expect(
      mensajeIngresoFallido(
        { estado: 429, error: { codigo: 'ERROR', mensaje: 'Ocurrió un error inesperado.' } },
        respaldo,
      ),
    ).toBe(respaldo);
  });
});
