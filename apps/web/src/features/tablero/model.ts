// Lógica pura del Tablero del municipio: la frase de estado, el tono y el orden de los riesgos.
import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import type { Riesgo, Severidad, Tablero } from './types';

export type Tono = 'bien' | 'atencion' | 'grave';

/** Frase grande del tablero: qué pasa con el plan y la revisión, en una línea. */
export function fraseEstado(tablero: Pick<Tablero, 'municipio' | 'plan' | 'proceso'>): string {
  const nombre = tablero.municipio.nombre;
  const p = tablero.proceso;
  if (p) {
    const base =
      p.estado === 'en_curso'
        ? t('tablero.frase.enCurso', { nombre, etapa: p.etapaActualNombre })
        : t('tablero.frase.otroEstado', { nombre, tipo: p.tipoRevisionEtiqueta });
    const n = p.totalVencidos ?? p.vencidos.length;
    if (n === 0) return `${base} ${t('tablero.frase.sinVencidos')}`;
    return `${base} ${n === 1 ? t('tablero.frase.unVencido') : t('tablero.frase.vencidos', { n })}`;
  }
  if (tablero.plan.estado === 'sin_plan') return t('tablero.frase.sinPlan', { nombre });
  if (tablero.plan.estado === 'vencido') return t('tablero.frase.vencidoSinRevision', { nombre });
  return t('tablero.frase.vigenteSinRevision', { nombre });
}

/** Grave: tareas vencidas o plan vencido sin revisión; atención: hay algo por hacer; bien: al día. */
export function tonoTablero(tablero: Pick<Tablero, 'plan' | 'proceso'>): Tono {
  const p = tablero.proceso;
  if (p) {
    if (p.vencidos.length > 0) return 'grave';
    // A plan past its vigencia is never "al día", even while its revision is on track.
    return p.proximos.length > 0 || tablero.plan.estado === 'vencido' ? 'atencion' : 'bien';
  }
  if (tablero.plan.estado === 'vencido') return 'grave';
  return tablero.plan.estado === 'sin_plan' ? 'atencion' : 'bien';
}

const ORDEN_SEVERIDAD: Record<Severidad, number> = { alta: 0, media: 1, baja: 2 };

/** Riesgos de mayor a menor severidad (los valores desconocidos, al final). */
export function ordenarRiesgos(riesgos: readonly Riesgo[]): Riesgo[] {
  const orden = (s: string) =>
    Object.hasOwn(ORDEN_SEVERIDAD, s) ? ORDEN_SEVERIDAD[s as Severidad] : 3;
  return [...riesgos].sort(
    (a, b) => orden(a.severidad) - orden(b.severidad) || a.titulo.localeCompare(b.titulo, 'es'),
  );
}

const ETIQUETA_SEVERIDAD: Record<Severidad, ClaveTexto> = {
  alta: 'tablero.severidad.alta',
  media: 'tablero.severidad.media',
  baja: 'tablero.severidad.baja',
};

export function etiquetaSeveridad(s: string): string {
  return Object.hasOwn(ETIQUETA_SEVERIDAD, s) ? t(ETIQUETA_SEVERIDAD[s as Severidad]) : s;
}

/** Texto del botón principal: la única acción obvia según la situación. */
export function accionPrincipal(tablero: Pick<Tablero, 'proceso'>): ClaveTexto {
  const p = tablero.proceso;
  if (!p) return 'tablero.accion.iniciar';
  return p.vencidos.length > 0 ? 'tablero.accion.vencidos' : 'tablero.accion.seguir';
}
