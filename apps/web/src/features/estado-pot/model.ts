// Lógica pura de la vista "Estado del POT": geometría de la línea de tiempo, orden y etiquetas.
import { diaJuliano, esFechaIso, parsearFecha } from '../../ui/formato/model';
import type {
  CuerpoPlanVigente,
  Periodo,
  TipoRevision,
  VigenciaContenido,
  Vigencias,
} from './types';

export const LIENZO = {
  ancho: 800,
  margenIzquierdo: 190,
  margenDerecho: 24,
  yPeriodos: 28,
  altoPeriodos: 26,
  yBarras: 76,
  altoBarra: 26,
  separacion: 12,
  altoEje: 34,
} as const;

export interface Dominio {
  inicio: number;
  fin: number;
  /** Año del 1 de enero inicial y año del 1 de enero final (exclusivo). */
  anioInicio: number;
  anioFin: number;
}

/** Número de día de una fecha "YYYY-MM-DD" (o ISO completo); null si no es válida. */
function diaDe(fecha: string): number | null {
  const f = parsearFecha(fecha);
  return f ? diaJuliano(f) : null;
}

/** Posición horizontal de una fecha dentro del dominio, limitada al área de dibujo. */
export function xDeFecha(fecha: string, dominio: Dominio): number {
  const x0 = LIENZO.margenIzquierdo;
  const x1 = LIENZO.ancho - LIENZO.margenDerecho;
  const dia = diaDe(fecha);
  if (dia === null || dominio.fin <= dominio.inicio) return x0;
  const proporcion = (dia - dominio.inicio) / (dominio.fin - dominio.inicio);
  return x0 + Math.min(1, Math.max(0, proporcion)) * (x1 - x0);
}

/** Dominio del 1 de enero del primer año al 1 de enero siguiente al último año de las fechas. */
export function calcularDominio(fechas: readonly string[]): Dominio | null {
  const anios = fechas
    .map((f) => parsearFecha(f)?.anio)
    .filter((a): a is number => a !== undefined);
  if (anios.length === 0) return null;
  const primero = Math.min(...anios);
  const ultimo = Math.max(...anios);
  return {
    inicio: diaJuliano({ anio: primero, mes: 1, dia: 1 }),
    fin: diaJuliano({ anio: ultimo + 1, mes: 1, dia: 1 }),
    anioInicio: primero,
    anioFin: ultimo + 1,
  };
}

/** Cada cuántos años se marca el eje para que las etiquetas no se amontonen. */
export function pasoAnios(totalAnios: number): number {
  if (totalAnios <= 14) return 1;
  if (totalAnios <= 28) return 2;
  return 5;
}

interface BarraLinea {
  content: VigenciaContenido['content'];
  etiqueta: string;
  vencida: boolean;
  desde: string;
  hasta: string;
  x: number;
  ancho: number;
  y: number;
}

interface BandaPeriodo {
  desde: string;
  hasta: string;
  x: number;
  ancho: number;
  etiqueta: string;
  enCurso: boolean;
}

export interface GeometriaLinea {
  ancho: number;
  alto: number;
  barras: BarraLinea[];
  periodos: BandaPeriodo[];
  marca: { x: number; esHoy: boolean };
  anios: { x: number; anio: number }[];
  yEje: number;
}

export interface EntradaLinea {
  inicio: string;
  contenidos: readonly VigenciaContenido[];
  periodos: readonly Periodo[];
  fecha: string;
  hoy: string;
}

export function enPeriodo(periodo: Periodo, fecha: string): boolean {
  const d = diaDe(fecha);
  const a = diaDe(periodo.start);
  const b = diaDe(periodo.end);
  return d !== null && a !== null && b !== null && d >= a && d <= b;
}

function etiquetaPeriodo(periodo: Periodo): string {
  const a = parsearFecha(periodo.start)?.anio ?? '';
  const b = parsearFecha(periodo.end)?.anio ?? '';
  return `${a}–${b}`;
}

/** Geometría completa de la línea de tiempo (SVG de 800 unidades de ancho). */
export function construirLinea(entrada: EntradaLinea): GeometriaLinea | null {
  const fechas = [
    entrada.inicio,
    entrada.fecha,
    ...entrada.contenidos.map((c) => c.end),
    ...entrada.periodos.flatMap((p) => [p.start, p.end]),
  ];
  const dominio = calcularDominio(fechas);
  if (!dominio) return null;
  const xInicio = xDeFecha(entrada.inicio, dominio);
  const barras = entrada.contenidos.map((c, i) => {
    const x1 = xDeFecha(c.end, dominio);
    return {
      content: c.content,
      etiqueta: c.label,
      vencida: c.expired,
      desde: entrada.inicio,
      hasta: c.end,
      x: xInicio,
      ancho: Math.max(1, x1 - xInicio),
      y: LIENZO.yBarras + i * (LIENZO.altoBarra + LIENZO.separacion),
    };
  });
  const periodos = entrada.periodos.map((p) => {
    const x = xDeFecha(p.start, dominio);
    return {
      desde: p.start,
      hasta: p.end,
      x,
      ancho: Math.max(1, xDeFecha(p.end, dominio) - x),
      etiqueta: etiquetaPeriodo(p),
      enCurso: enPeriodo(p, entrada.fecha),
    };
  });
  const yEje = LIENZO.yBarras + barras.length * (LIENZO.altoBarra + LIENZO.separacion);
  const paso = pasoAnios(dominio.anioFin - dominio.anioInicio);
  const anios: { x: number; anio: number }[] = [];
  for (let anio = dominio.anioInicio; anio <= dominio.anioFin; anio += paso) {
    anios.push({ x: xDeFecha(`${anio}-01-01`, dominio), anio });
  }
  return {
    ancho: LIENZO.ancho,
    alto: yEje + LIENZO.altoEje,
    barras,
    periodos,
    marca: { x: xDeFecha(entrada.fecha, dominio), esHoy: entrada.fecha === entrada.hoy },
    anios,
    yEje,
  };
}

export type ClaveEstado = 'estado.vigente' | 'estado.vencido';

export function claveEstado(vigencias: Pick<Vigencias, 'status'> | null): ClaveEstado | null {
  if (!vigencias) return null;
  return vigencias.status === 'vencido' ? 'estado.vencido' : 'estado.vigente';
}

/** Primero los tipos de revisión que proceden (la propuesta encabeza), luego los que no. */
export function ordenarTiposRevision(
  tipos: readonly TipoRevision[],
  propuesta: string | null,
): TipoRevision[] {
  const peso = (tipo: TipoRevision) => (tipo.open ? (tipo.type === propuesta ? 0 : 1) : 2);
  return tipos
    .map((tipo, indice) => ({ tipo, indice }))
    .sort((a, b) => peso(a.tipo) - peso(b.tipo) || a.indice - b.indice)
    .map(({ tipo }) => tipo);
}

export interface FormularioPlan {
  instrumento: string;
  adopcion: string;
  revisionGeneral: string;
  vigenciaLargoPlazoDeclarada: string;
}

export type ValidacionPlan =
  | { ok: true; cuerpo: CuerpoPlanVigente }
  | { ok: false; clave: 'registro.faltan' | 'registro.fechaInvalida' };

/** Valida el formulario "Registrar plan vigente" y arma el cuerpo del PUT (sin campos vacíos). */
export function validarPlan(formulario: FormularioPlan): ValidacionPlan {
  const instrumento = formulario.instrumento.trim();
  const adopcion = formulario.adopcion.trim();
  if (instrumento.length === 0 || !esFechaIso(adopcion))
    return { ok: false, clave: 'registro.faltan' };
  const cuerpo: CuerpoPlanVigente = { instrumento, adopcion };
  const revision = formulario.revisionGeneral.trim();
  const largo = formulario.vigenciaLargoPlazoDeclarada.trim();
  if ((revision && !esFechaIso(revision)) || (largo && !esFechaIso(largo))) {
    return { ok: false, clave: 'registro.fechaInvalida' };
  }
  if (revision) cuerpo.revisionGeneral = revision;
  if (largo) cuerpo.vigenciaLargoPlazoDeclarada = largo;
  return { ok: true, cuerpo };
}

/** La fecha de la URL solo se usa si es una fecha válida. */
export function fechaDeConsulta(valor: string | null): string | null {
  return valor && esFechaIso(valor) ? valor : null;
}
