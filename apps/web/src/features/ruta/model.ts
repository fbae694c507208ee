// Lógica pura de La Ruta: alertas, avances, permisos de estado, etiquetas y validaciones.
import { availableTransitions, ITEM_LIFECYCLE, type ItemActor } from '@ruta-pot/domain';

import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { esFechaIso } from '../../ui/formato/model';
import { esRolResponsable } from './model-responsable';
import type {
  AlertaPlazo,
  CambioItem,
  CuerpoConcepto,
  CuerpoEvento,
  Decision,
  EstadoItem,
  EstadoProceso,
  Etapa,
  Faltante,
  Item,
  Permisos,
  TipoRevisionPropuesta,
  Veredicto,
} from './types';

/** Ventana de "próximos vencimientos". */
const DIAS_PROXIMOS = 30;

/** Límite de tamaño de una evidencia: 25 MB (25 × 1024 × 1024 bytes), igual que el servidor. */
export const MAX_BYTES_EVIDENCIA = 25 * 1024 * 1024;

export interface AlertasOrdenadas {
  vencidos: AlertaPlazo[];
  proximos: AlertaPlazo[];
}

/** Vencidos primero (el más atrasado arriba); luego los que vencen en los próximos 30 días. */
export function ordenarAlertas(
  alertas: { vencidos: readonly AlertaPlazo[]; proximos: readonly AlertaPlazo[] },
  ventana: number = DIAS_PROXIMOS,
): AlertasOrdenadas {
  const porFecha = (a: AlertaPlazo, b: AlertaPlazo) =>
    a.diasRestantes - b.diasRestantes ||
    a.venceEl.localeCompare(b.venceEl) ||
    a.titulo.localeCompare(b.titulo, 'es');
  const vencidos = [
    ...alertas.vencidos,
    ...alertas.proximos.filter((a) => a.diasRestantes < 0),
  ].sort(porFecha);
  const proximos = alertas.proximos
    .filter((a) => a.diasRestantes >= 0 && a.diasRestantes <= ventana)
    .sort(porFecha);
  return { vencidos, proximos };
}

/** "venció hace 3 días", "vence hoy", "vence mañana", "vence en 12 días". */
export function textoPlazo(diasRestantes: number): string {
  if (diasRestantes < -1) return t('ruta.plazo.vencidoHace', { n: -diasRestantes });
  if (diasRestantes === -1) return t('ruta.plazo.vencidoAyer');
  if (diasRestantes === 0) return t('ruta.plazo.venceHoy');
  if (diasRestantes === 1) return t('ruta.plazo.venceManana');
  return t('ruta.plazo.venceEn', { n: diasRestantes });
}

/** Porcentaje entero entre 0 y 100; sin ítems, 0. */
export function porcentaje(hechos: number, total: number): number {
  if (!Number.isFinite(hechos) || !Number.isFinite(total) || total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((100 * hechos) / total)));
}

export interface Avance {
  hechos: number;
  total: number;
  porcentaje: number;
}

/** Un ítem cuenta como hecho si está aprobado o si no aplica (con su motivo). */
export function avanceEtapa(etapa: Pick<Etapa, 'progreso'>): Avance {
  const hechos = etapa.progreso.aprobados + etapa.progreso.noAplica;
  return {
    hechos,
    total: etapa.progreso.total,
    porcentaje: porcentaje(hechos, etapa.progreso.total),
  };
}

export function avanceTotal(etapas: readonly Pick<Etapa, 'progreso'>[]): Avance {
  let hechos = 0;
  let total = 0;
  for (const e of etapas) {
    hechos += e.progreso.aprobados + e.progreso.noAplica;
    total += e.progreso.total;
  }
  return { hechos, total, porcentaje: porcentaje(hechos, total) };
}

/**
 * Estados a los que la persona puede llevar el ítem desde el actual, según la tabla de
 * transiciones del dominio (la misma que aplica el servidor). «Devuelto» llega con el concepto del
 * supervisor, no desde esta lista; «aprobado» solo quien aprueba directamente. El estado actual
 * siempre figura para que la lista lo muestre.
 */
export function opcionesEstado(
  permisos: Permisos,
  actores: readonly ItemActor[],
  actual: EstadoItem,
): EstadoItem[] {
  const destinos = availableTransitions(ITEM_LIFECYCLE, { from: actual, roles: actores })
    .map((transicion) => transicion.to)
    .filter((estado) => estado !== 'devuelto' && (estado !== 'aprobado' || permisos.aprobar));
  return [actual, ...new Set(destinos)];
}

/** ¿Puede cambiar el estado? (si solo existe el estado actual, no hay nada que elegir). */
export function puedeCambiarEstado(permisos: Permisos): boolean {
  return permisos.editarItems || permisos.aprobar;
}

const ETIQUETA_ESTADO_ITEM: Record<EstadoItem, ClaveTexto> = {
  pendiente: 'ruta.estadoItem.pendiente',
  en_curso: 'ruta.estadoItem.en_curso',
  en_revision: 'ruta.estadoItem.en_revision',
  devuelto: 'ruta.estadoItem.devuelto',
  aprobado: 'ruta.estadoItem.aprobado',
  no_aplica: 'ruta.estadoItem.no_aplica',
};

const ETIQUETA_ESTADO_PROCESO: Record<EstadoProceso, ClaveTexto> = {
  en_curso: 'ruta.estadoProceso.en_curso',
  radicado_concejo: 'ruta.estadoProceso.radicado_concejo',
  adoptado: 'ruta.estadoProceso.adoptado',
  archivado: 'ruta.estadoProceso.archivado',
};

const ETIQUETA_VEREDICTO: Record<Veredicto, ClaveTexto> = {
  cumple: 'ruta.veredicto.cumple',
  cumple_parcialmente: 'ruta.veredicto.cumple_parcialmente',
  no_cumple: 'ruta.veredicto.no_cumple',
};

const ETIQUETA_DECISION: Record<Decision, ClaveTexto> = {
  aprobado: 'ruta.decision.aprobado',
  devuelto: 'ruta.decision.devuelto',
};

/** Etiqueta de un valor conocido; un valor nuevo del servidor se muestra tal cual. */
function etiqueta<K extends string>(tabla: Record<K, ClaveTexto>, valor: string): string {
  return Object.hasOwn(tabla, valor) ? t(tabla[valor as K]) : valor;
}

export const etiquetaEstadoItem = (e: string) => etiqueta(ETIQUETA_ESTADO_ITEM, e);
export const etiquetaEstadoProceso = (e: string) => etiqueta(ETIQUETA_ESTADO_PROCESO, e);
export const etiquetaVeredicto = (v: string) => etiqueta(ETIQUETA_VEREDICTO, v);
export const etiquetaDecision = (d: string) => etiqueta(ETIQUETA_DECISION, d);

export const VEREDICTOS: readonly Veredicto[] = ['cumple', 'cumple_parcialmente', 'no_cumple'];
export const DECISIONES: readonly Decision[] = ['aprobado', 'devuelto'];

function unDecimal(valor: number): string {
  const texto = (Math.round(valor * 10) / 10).toFixed(1).replace('.', ',');
  return texto.endsWith(',0') ? texto.slice(0, -2) : texto;
}

/** 1258291 → "1,2 MB"; 2048 → "2 KB"; 900 → "900 bytes" (múltiplos de 1024, coma decimal). */
export function formatearBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  const unidades = ['KB', 'MB', 'GB'] as const;
  let valor = bytes / 1024;
  let i = 0;
  while (valor >= 1024 && i < unidades.length - 1) {
    valor /= 1024;
    i++;
  }
  // 1023,96 KB se redondearía a "1024 KB": mejor "1 MB".
  if (Math.round(valor * 10) / 10 >= 1024 && i < unidades.length - 1) {
    valor /= 1024;
    i++;
  }
  return `${unDecimal(valor)} ${unidades[i] ?? 'GB'}`;
}

/** Revisión previa a la subida: sin archivo, vacío o de más de 25 MB → mensaje en español. */
export function validarArchivo(archivo: { size: number } | null | undefined): string | null {
  if (!archivo) return t('ruta.evidencia.faltaArchivo');
  if (archivo.size <= 0) return t('ruta.evidencia.vacio');
  if (archivo.size > MAX_BYTES_EVIDENCIA) return t('ruta.evidencia.muyGrande');
  return null;
}

/** Borrador de la fila de un ítem (los campos del formulario, como texto). */
export interface BorradorItem {
  estado: EstadoItem;
  motivoNoAplica: string;
  responsableId: string;
  responsableRol: string;
  venceEl: string;
}

export function borradorDe(item: Item): BorradorItem {
  return {
    estado: item.estado,
    motivoNoAplica: item.motivoNoAplica ?? '',
    responsableId: item.responsable?.id ?? '',
    responsableRol: item.responsableRol ?? '',
    venceEl: item.venceEl ?? '',
  };
}

export type Validacion<T> = { ok: true; cuerpo: T } | { ok: false; mensaje: string };

/** Arma el PATCH con solo lo que cambió (y la versión leída); valida motivo y fecha. */
export function cambioDeItem(item: Item, borrador: BorradorItem): Validacion<CambioItem> | null {
  const original = borradorDe(item);
  const cuerpo: CambioItem = { version: item.version };
  let cambios = 0;
  const motivo = borrador.motivoNoAplica.trim();
  if (
    borrador.estado !== original.estado ||
    (borrador.estado === 'no_aplica' && motivo !== original.motivoNoAplica)
  ) {
    if (borrador.estado === 'no_aplica' && motivo.length === 0) {
      return { ok: false, mensaje: t('ruta.item.faltaMotivo') };
    }
    // «devuelto» is never offered (opcionesEstado): only the supervisor's verdict returns a product.
    if (borrador.estado !== 'devuelto') cuerpo.estado = borrador.estado;
    if (borrador.estado === 'no_aplica') cuerpo.motivoNoAplica = motivo;
    cambios++;
  }
  if (borrador.responsableId !== original.responsableId) {
    cuerpo.responsableId = borrador.responsableId === '' ? null : borrador.responsableId;
    cambios++;
  }
  // The roles offered are the motor's list plus the current one, which is never a change.
  const rol = borrador.responsableRol;
  if (rol !== original.responsableRol && (rol === '' || esRolResponsable(rol))) {
    cuerpo.responsableRol = rol === '' ? null : rol;
    cambios++;
  }
  const fecha = borrador.venceEl.trim();
  if (fecha !== original.venceEl) {
    if (fecha !== '' && !esFechaIso(fecha))
      return { ok: false, mensaje: t('ruta.item.fechaInvalida') };
    cuerpo.venceEl = fecha === '' ? null : fecha;
    cambios++;
  }
  return cambios === 0 ? null : { ok: true, cuerpo };
}

export interface FormularioConcepto {
  calidad: Veredicto | '';
  suficiencia: Veredicto | '';
  pertinencia: Veredicto | '';
  comentarios: string;
  decision: Decision | '';
}

export const CONCEPTO_VACIO: FormularioConcepto = {
  calidad: '',
  suficiencia: '',
  pertinencia: '',
  comentarios: '',
  decision: '',
};

export function validarConcepto(f: FormularioConcepto): Validacion<CuerpoConcepto> {
  if (f.calidad === '' || f.suficiencia === '' || f.pertinencia === '') {
    return { ok: false, mensaje: t('ruta.concepto.faltanCriterios') };
  }
  const comentarios = f.comentarios.trim();
  if (comentarios.length === 0) return { ok: false, mensaje: t('ruta.concepto.faltanComentarios') };
  if (f.decision === '') return { ok: false, mensaje: t('ruta.concepto.faltaDecision') };
  return {
    ok: true,
    cuerpo: {
      calidad: f.calidad,
      suficiencia: f.suficiencia,
      pertinencia: f.pertinencia,
      comentarios,
      decision: f.decision,
    },
  };
}

export function validarEvento(f: {
  tipo: string;
  fecha: string;
  nota: string;
}): Validacion<CuerpoEvento> {
  if (f.tipo === '') return { ok: false, mensaje: t('ruta.eventos.faltaTipo') };
  if (!esFechaIso(f.fecha.trim())) return { ok: false, mensaje: t('ruta.eventos.faltaFecha') };
  const nota = f.nota.trim();
  return {
    ok: true,
    cuerpo:
      nota.length > 0
        ? { tipo: f.tipo, fecha: f.fecha.trim(), nota }
        : { tipo: f.tipo, fecha: f.fecha.trim() },
  };
}

/** Tipo preseleccionado al iniciar: el propuesto si procede; si no, el primero que procede. */
export function tipoInicial(
  tipos: readonly Pick<TipoRevisionPropuesta, 'type' | 'open'>[],
  propuesta: string | null,
): string | null {
  const propuesto = tipos.find((x) => x.open && x.type === propuesta);
  return propuesto?.type ?? tipos.find((x) => x.open)?.type ?? null;
}

function esFaltante(x: unknown): x is Faltante {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  return typeof f['requisito'] === 'string' && typeof f['mensaje'] === 'string';
}

/** Lee `error.detalles.faltantes` de un 409 `requisitos_faltantes` (sin confiar en la forma). */
export function faltantesDeDetalles(detalles: unknown): Faltante[] {
  if (typeof detalles !== 'object' || detalles === null) return [];
  const lista = (detalles as { faltantes?: unknown }).faltantes;
  if (!Array.isArray(lista)) return [];
  return lista
    .filter(esFaltante)
    .map((f) => ({ ...f, citas: Array.isArray(f.citas) ? f.citas : [] }));
}

/** Etapa a la que pertenece un ítem (para abrirla al seguir una alerta). */
export function etapaDeItem(etapas: readonly Etapa[], itemId: string): string | null {
  return etapas.find((e) => e.items.some((i) => i.id === itemId))?.id ?? null;
}

const TIPOS_PLAN = { POT: 'plan.POT', PBOT: 'plan.PBOT', EOT: 'plan.EOT' } as const;

/** "EOT" → "Esquema de Ordenamiento Territorial (EOT)". */
export function etiquetaTipoPlan(tipo: string): string {
  return Object.hasOwn(TIPOS_PLAN, tipo) ? t(TIPOS_PLAN[tipo as keyof typeof TIPOS_PLAN]) : tipo;
}
