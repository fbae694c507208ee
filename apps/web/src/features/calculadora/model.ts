import { esFechaIso } from '../../ui/formato/model';
import type { Direccion, TipoDias } from './api';

export function puedeCalcularPlazo(tramite: string, desde: string): boolean {
  return tramite.length > 0 && esFechaIso(desde);
}

export type ClaveTipoDias = 'dias.habilesMinuscula' | 'dias.calendarioMinuscula';

export function claveTipoDias(tipo: TipoDias): ClaveTipoDias {
  return tipo === 'habiles' ? 'dias.habilesMinuscula' : 'dias.calendarioMinuscula';
}

export interface TextosCadena {
  etiquetaFecha: 'calc.cadenaDesdeAdelante' | 'calc.cadenaDesdeAtras';
  titulo: 'calc.cadenaTablaAdelante' | 'calc.cadenaTablaAtras';
}

/** Hacia atrás, la fecha es el límite para la decisión del Concejo, no el inicio. */
export function textosCadena(direccion: Direccion): TextosCadena {
  return direccion === 'atras'
    ? { etiquetaFecha: 'calc.cadenaDesdeAtras', titulo: 'calc.cadenaTablaAtras' }
    : { etiquetaFecha: 'calc.cadenaDesdeAdelante', titulo: 'calc.cadenaTablaAdelante' };
}

export function leerDireccion(valor: string): Direccion {
  return valor === 'atras' ? 'atras' : 'adelante';
}
