// Formateadores puros de fechas y números en español de Colombia.
// No dependen de Intl ni de la zona horaria del equipo: las fechas YYYY-MM-DD se leen a mano.

import { formatSpanish, type IsoDate } from '@ruta-pot/domain';

export interface FechaCivil {
  anio: number;
  mes: number;
  dia: number;
}

const MS_POR_DIA = 86_400_000;
/** Colombia no tiene horario de verano: UTC−5 todo el año. */
const DESFASE_BOGOTA_MS = -5 * 3_600_000;

function esBisiesto(anio: number): boolean {
  return (anio % 4 === 0 && anio % 100 !== 0) || anio % 400 === 0;
}

function diasDelMes(anio: number, mes: number): number {
  if (mes === 2) return esBisiesto(anio) ? 29 : 28;
  return [4, 6, 9, 11].includes(mes) ? 30 : 31;
}

/** Lee "YYYY-MM-DD" (o el prefijo de fecha de un ISO completo). Devuelve null si no es válida. */
export function parsearFecha(texto: string | null | undefined): FechaCivil | null {
  if (!texto) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(texto.trim());
  if (!m) return null;
  const anio = Number(m[1]);
  const mes = Number(m[2]);
  const dia = Number(m[3]);
  if (mes < 1 || mes > 12 || dia < 1 || dia > diasDelMes(anio, mes)) return null;
  return { anio, mes, dia };
}

export function esFechaIso(texto: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(texto) && parsearFecha(texto) !== null;
}

function dosDigitos(n: number): string {
  return String(n).padStart(2, '0');
}

function aIso(fecha: FechaCivil): string {
  return `${String(fecha.anio).padStart(4, '0')}-${dosDigitos(fecha.mes)}-${dosDigitos(fecha.dia)}`;
}

/** "2027-12-31" → "31 de diciembre de 2027". Si el texto no es una fecha, lo devuelve igual. */
export function fechaLarga(texto: string | null | undefined): string {
  const f = parsearFecha(texto);
  if (!f) return texto ?? '';
  // One Spanish long form for the whole product: the rules engine's (its legal texts use it too).
  return formatSpanish(aIso(f) as IsoDate);
}

/** Número de días desde 1970-01-01 (calendario civil, sin zona horaria). */
export function diaJuliano(fecha: FechaCivil): number {
  return Math.round(Date.UTC(fecha.anio, fecha.mes - 1, fecha.dia) / MS_POR_DIA);
}

/** Fecha civil del equipo del usuario (recibe el reloj como parámetro). */
export function hoyIso(ahora: Date): string {
  return aIso({ anio: ahora.getFullYear(), mes: ahora.getMonth() + 1, dia: ahora.getDate() });
}

/**
 * Instante ISO en UTC ("2025-03-03T14:05:00Z") → "3 de marzo de 2025, 09:05" en hora de Colombia.
 * Acepta desfase explícito (±HH:MM); sin desfase se asume UTC.
 */
export function fechaHoraColombia(iso: string): string {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      iso.trim(),
    );
  if (!m) return fechaLarga(iso);
  const [, a, mes, d, h, min, s, zona] = m;
  let utc = Date.UTC(Number(a), Number(mes) - 1, Number(d), Number(h), Number(min), Number(s ?? 0));
  if (zona && zona !== 'Z') {
    const signo = zona.startsWith('-') ? -1 : 1;
    const digitos = zona.slice(1).replace(':', '');
    const minutos = Number(digitos.slice(0, 2)) * 60 + Number(digitos.slice(2, 4));
    utc -= signo * minutos * 60_000;
  }
  const local = new Date(utc + DESFASE_BOGOTA_MS);
  const fecha = aIso({
    anio: local.getUTCFullYear(),
    mes: local.getUTCMonth() + 1,
    dia: local.getUTCDate(),
  });
  return `${fechaLarga(fecha)}, ${dosDigitos(local.getUTCHours())}:${dosDigitos(local.getUTCMinutes())}`;
}

/** 1234567 → "1.234.567" (separador de miles de Colombia). */
export function formatearEntero(n: number): string {
  if (!Number.isFinite(n)) return '';
  const signo = n < 0 ? '−' : '';
  const digitos = String(Math.round(Math.abs(n)));
  return signo + digitos.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
