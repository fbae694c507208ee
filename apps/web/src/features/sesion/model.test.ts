import { describe, expect, it } from 'vitest';

import { destinoTrasIngresar, membresiaEn } from './model';
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
  it('va al primer municipio', () => {
    expect(destinoTrasIngresar(conMunicipios, null)).toBe('/m/05001');
  });

  it('va al inicio si no hay membresías', () => {
    expect(destinoTrasIngresar({ usuario, membresias: [] }, null)).toBe('/');
  });

  it('respeta una ruta interna pedida, pero no una externa', () => {
    expect(destinoTrasIngresar(conMunicipios, '/m/05368/estado-pot')).toBe('/m/05368/estado-pot');
    expect(destinoTrasIngresar(conMunicipios, '//otro.sitio')).toBe('/m/05001');
    expect(destinoTrasIngresar(conMunicipios, '/ingresar')).toBe('/m/05001');
  });
});

describe('membresiaEn', () => {
  it('encuentra el rol en un municipio', () => {
    expect(membresiaEn(conMunicipios, '05368')?.rolEtiqueta).toBe('Lectura');
    expect(membresiaEn(conMunicipios, '99999')).toBeNull();
    expect(membresiaEn(null, '05001')).toBeNull();
  });
});
