import { PLAN_ACT_TYPES } from '@ruta-pot/domain';

import { esFechaIso } from '../../ui/formato/model';
import type { ActoPlan, CuerpoActo, TipoActo } from './types';

/** Tipos de acto en el orden en que se ofrecen en el formulario: la lista del dominio. */
export const TIPOS_ACTO: readonly TipoActo[] = PLAN_ACT_TYPES;

export const esJudicial = (tipo: string): boolean =>
  tipo === 'suspension_provisional' || tipo === 'nulidad';

export interface FormularioActo {
  tipo: string;
  instrumento: string;
  fecha: string;
  emisor: string;
  objeto: string;
  vigenciaLargoDeclarada: string;
  actoAplicable: string;
}

export const ACTO_VACIO: FormularioActo = {
  tipo: '',
  instrumento: '',
  fecha: '',
  emisor: '',
  objeto: '',
  vigenciaLargoDeclarada: '',
  actoAplicable: '',
};

export type ValidacionActo =
  { ok: true; cuerpo: CuerpoActo } | { ok: false; clave: 'actos.faltan' | 'actos.fechaInvalida' };

/**
 * Valida "Registrar acto" y arma el cuerpo del POST sin campos vacíos. El acto aplicable solo se
 * envía para una suspensión o nulidad; la vigencia declarada, solo para actos que no son judiciales.
 */
export function validarActo(f: FormularioActo): ValidacionActo {
  const tipo = f.tipo as TipoActo;
  const instrumento = f.instrumento.trim();
  const fecha = f.fecha.trim();
  if (!TIPOS_ACTO.includes(tipo) || instrumento.length < 3 || !esFechaIso(fecha))
    return { ok: false, clave: 'actos.faltan' };
  const largo = f.vigenciaLargoDeclarada.trim();
  const judicial = esJudicial(tipo) || tipo === 'levantamiento_suspension';
  if (largo && !judicial && !esFechaIso(largo)) return { ok: false, clave: 'actos.fechaInvalida' };
  const cuerpo: CuerpoActo = { tipo, instrumento, fecha };
  const emisor = f.emisor.trim();
  const objeto = f.objeto.trim();
  const aplicable = f.actoAplicable.trim();
  if (emisor) cuerpo.emisor = emisor;
  if (objeto) cuerpo.objeto = objeto;
  if (largo && !judicial) cuerpo.vigenciaLargoDeclarada = largo;
  if (aplicable && esJudicial(tipo)) cuerpo.actoAplicable = aplicable;
  return { ok: true, cuerpo };
}

/** Actos del más antiguo al más reciente (el servidor ya los ordena; esto es defensivo). */
export function ordenarActos(actos: readonly ActoPlan[]): ActoPlan[] {
  return actos
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.fecha < y.a.fecha ? -1 : x.a.fecha > y.a.fecha ? 1 : x.i - y.i))
    .map(({ a }) => a);
}
