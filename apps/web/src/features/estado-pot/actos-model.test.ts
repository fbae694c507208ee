import { describe, expect, it } from 'vitest';

import { ACTO_VACIO, ordenarActos, validarActo } from './actos-model';
import type { ActoPlan } from './types';

describe('validarActo', () => {
  it.each([
    [{}, 'actos.faltan'],
    [{ tipo: 'adopcion', instrumento: 'Acuerdo 012 de 2000' }, 'actos.faltan'],
    [
      { tipo: 'derogatoria', instrumento: 'Acuerdo 012 de 2000', fecha: '2000-06-20' },
      'actos.faltan',
    ],
    [{ tipo: 'adopcion', instrumento: 'Acuerdo 012 de 2000', fecha: '2000-02-30' }, 'actos.faltan'],
    [
      {
        tipo: 'adopcion',
        instrumento: 'Acuerdo 012 de 2000',
        fecha: '2000-06-20',
        vigenciaLargoDeclarada: '31/12/2015',
      },
      'actos.fechaInvalida',
    ],
  ])('rechaza %j', (campos, clave) => {
    expect(validarActo({ ...ACTO_VACIO, ...campos })).toEqual({ ok: false, clave });
  });

  it('arma el cuerpo sin campos vacíos', () => {
    expect(
      validarActo({
        ...ACTO_VACIO,
        tipo: 'revision_general',
        instrumento: ' Acuerdo 008 de 2003 ',
        fecha: '2003-05-30',
        emisor: 'Concejo Municipal',
        actoAplicable: 'no se envía',
      }),
    ).toEqual({
      ok: true,
      cuerpo: {
        tipo: 'revision_general',
        instrumento: 'Acuerdo 008 de 2003',
        fecha: '2003-05-30',
        emisor: 'Concejo Municipal',
      },
    });
  });

  it('envía el acto aplicable solo para una suspensión o nulidad, sin vigencia declarada', () => {
    const r = validarActo({
      ...ACTO_VACIO,
      tipo: 'suspension_provisional',
      instrumento: 'Auto de 10-feb-2020',
      fecha: '2020-02-10',
      actoAplicable: 'Acuerdo 012 de 2000',
      vigenciaLargoDeclarada: '2030-12-31',
    });
    expect(r).toEqual({
      ok: true,
      cuerpo: {
        tipo: 'suspension_provisional',
        instrumento: 'Auto de 10-feb-2020',
        fecha: '2020-02-10',
        actoAplicable: 'Acuerdo 012 de 2000',
      },
    });
  });
});

describe('ordenarActos', () => {
  it('ordena por fecha y conserva el orden de registro en la misma fecha', () => {
    const a = (id: string, fecha: string): ActoPlan => ({
      id,
      tipo: 'adopcion',
      instrumento: id,
      fecha,
      emisor: null,
      objeto: null,
      vigenciaLargoDeclarada: null,
      actoAplicable: null,
      registradoEn: `${fecha}T12:00:00Z`,
    });
    expect(
      ordenarActos([a('c', '2013-01-01'), a('a', '2000-01-01'), a('b', '2013-01-01')]).map(
        (x) => x.id,
      ),
    ).toEqual(['a', 'c', 'b']);
  });
});
