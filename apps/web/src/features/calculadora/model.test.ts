import { describe, expect, it } from 'vitest';

import { claveTipoDias, leerDireccion, puedeCalcularPlazo, textosCadena } from './model';

describe('puedeCalcularPlazo', () => {
  it('exige trámite y fecha válida', () => {
    expect(puedeCalcularPlazo('concertacion-car', '2025-06-30')).toBe(true);
    expect(puedeCalcularPlazo('', '2025-06-30')).toBe(false);
    expect(puedeCalcularPlazo('concertacion-car', '30/06/2025')).toBe(false);
  });
});

describe('claveTipoDias', () => {
  it('distingue hábiles de calendario', () => {
    expect(claveTipoDias('habiles')).toBe('dias.habilesMinuscula');
    expect(claveTipoDias('calendario')).toBe('dias.calendarioMinuscula');
  });
});

describe('textosCadena y leerDireccion', () => {
  it('hacia atrás la fecha es el límite de la decisión del Concejo', () => {
    expect(textosCadena('atras').etiquetaFecha).toBe('calc.cadenaDesdeAtras');
    expect(textosCadena('adelante').titulo).toBe('calc.cadenaTablaAdelante');
  });

  it('solo acepta "atras" como alternativa', () => {
    expect(leerDireccion('atras')).toBe('atras');
    expect(leerDireccion('cualquiera')).toBe('adelante');
  });
});
