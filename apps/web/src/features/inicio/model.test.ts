import { describe, expect, it } from 'vitest';

import { consultaValida, resumirBusqueda, rutaEstadoPublico } from './model';

describe('consultaValida', () => {
  it('exige al menos 2 caracteres sin contar espacios', () => {
    expect(consultaValida(' a ')).toBe(false);
    expect(consultaValida('Ja')).toBe(true);
  });
});

describe('resumirBusqueda', () => {
  it('distingue ninguno, uno, varios y parcial', () => {
    expect(resumirBusqueda(' xyz ', 0, 0)).toEqual({
      clave: 'busqueda.ninguno',
      variables: { q: 'xyz' },
    });
    expect(resumirBusqueda('ja', 1, 1).clave).toBe('busqueda.uno');
    expect(resumirBusqueda('san', 5, 5)).toEqual({ clave: 'busqueda.varios', variables: { n: 5 } });
    expect(resumirBusqueda('san', 20, 73)).toEqual({
      clave: 'busqueda.parcial',
      variables: { n: 20, total: 73 },
    });
  });
});

describe('rutaEstadoPublico', () => {
  it('arma la ruta pública', () => {
    expect(rutaEstadoPublico('05368')).toBe('/publico/05368/estado-pot');
  });
});
