// Lógica pura de la pantalla de participación de la oficina de planeación (probada sin DOM).

export const ESTADOS = [
  'por_confirmar',
  'recibido',
  'clasificado',
  'agrupado',
  'respondido',
  'incorporado',
  'descartado',
] as const;
export const ORIGENES = ['portal', 'evento', 'ventanilla', 'ctp', 'car'] as const;
/** Lo que la oficina registra a mano (el portal llega solo). */
export const ORIGENES_OFICINA = ['evento', 'ventanilla', 'ctp', 'car'] as const;
export const RESULTADOS = ['aceptado', 'aceptado_parcial', 'no_aceptado', 'no_pertinente'] as const;
export const ETAPAS = [
  'diagnostico',
  'formulacion',
  'concertacion',
  'adopcion',
  'seguimiento',
] as const;
export const TIPOS_PETICION = ['general', 'documentos', 'consulta'] as const;
export const RAZONES_MIN = 20;
export const TEXTO_MIN = 10;
const POR_PAGINA = 25;

export interface Filtros {
  estado: string;
  origen: string;
  tema: string;
  q: string;
  grupo: string;
}

export const FILTROS_VACIOS: Filtros = { estado: '', origen: '', tema: '', q: '', grupo: '' };

/** Filtros (y el cursor de la página) → cadena de consulta; omite lo vacío. */
export function consultaAportes(
  filtros: Filtros,
  pagina: { despues?: string | null; limite?: number } = {},
): string {
  const p = new URLSearchParams();
  for (const clave of ['estado', 'origen', 'tema', 'q', 'grupo'] as const) {
    const valor = filtros[clave].trim();
    if (valor) p.set(clave, valor);
  }
  if (pagina.despues) p.set('despues', pagina.despues);
  p.set('limite', String(pagina.limite ?? POR_PAGINA));
  return p.toString();
}

/** ¿Hay algún filtro puesto? */
export const hayFiltros = (f: Filtros) =>
  Object.values(f).some((v) => typeof v === 'string' && v.trim() !== '');

/** Una respuesta que acepta (total o parcialmente) debe decir qué cambió. */
export const exigeCambio = (resultado: string) =>
  resultado === 'aceptado' || resultado === 'aceptado_parcial';

export interface BorradorRespuesta {
  resultado: string;
  razones: string;
  documentoVersion: string;
  articulo: string;
  elementoMapa: string;
}

export type FaltaRespuesta = 'resultado' | 'razones' | 'cambio' | null;

/** Lo que falta antes de enviar una respuesta (el servidor vuelve a revisar lo mismo). */
export function faltaEnRespuesta(b: BorradorRespuesta): FaltaRespuesta {
  if (!(RESULTADOS as readonly string[]).includes(b.resultado)) return 'resultado';
  if (b.razones.trim().length < RAZONES_MIN) return 'razones';
  if (exigeCambio(b.resultado)) {
    const porDocumento = b.documentoVersion.trim() !== '' && b.articulo.trim() !== '';
    const porMapa = b.elementoMapa.trim() !== '';
    if (!porDocumento && !porMapa) return 'cambio';
  }
  return null;
}

/** El cuerpo de POST …/respuesta: sin campos vacíos; el cambio solo si acepta. */
export function cuerpoRespuesta(b: BorradorRespuesta, todoElGrupo: boolean) {
  const cuerpo: Record<string, string | boolean> = {
    resultado: b.resultado,
    razones: b.razones.trim(),
  };
  if (exigeCambio(b.resultado)) {
    if (b.documentoVersion.trim()) cuerpo['documentoVersion'] = b.documentoVersion.trim();
    if (b.articulo.trim()) cuerpo['articulo'] = b.articulo.trim();
    if (b.elementoMapa.trim()) cuerpo['elementoMapa'] = b.elementoMapa.trim();
  }
  if (todoElGrupo) cuerpo['todoElGrupo'] = true;
  return cuerpo;
}

export type EstadoVencimiento = 'vencido' | 'hoy' | 'pronto' | 'vigente' | 'atendido';

const CERRADOS = new Set(['respondido', 'incorporado', 'descartado']);

/** Plazo de un derecho de petición frente a hoy (fechas AAAA-MM-DD); null si no tiene plazo. */
export function estadoVencimiento(
  venceEn: string | null,
  hoy: string,
  estado: string,
): EstadoVencimiento | null {
  if (!venceEn) return null;
  if (CERRADOS.has(estado)) return 'atendido';
  const vence = venceEn.slice(0, 10);
  if (vence < hoy) return 'vencido';
  if (vence === hoy) return 'hoy';
  const dias = (Date.parse(`${vence}T00:00:00Z`) - Date.parse(`${hoy}T00:00:00Z`)) / 86_400_000;
  return dias <= 3 ? 'pronto' : 'vigente';
}

export interface ResumenLugar {
  tipo: string;
  vertices: number;
  /** Centro aproximado (promedio de vértices) [longitud, latitud], 5 decimales. */
  centro: [number, number] | null;
}

const esPar = (v: unknown): v is [number, number] =>
  Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'number';

function pares(coordenadas: unknown, acumulado: [number, number][] = []): [number, number][] {
  if (esPar(coordenadas)) acumulado.push([coordenadas[0], coordenadas[1]]);
  else if (Array.isArray(coordenadas)) for (const c of coordenadas) pares(c, acumulado);
  return acumulado;
}

/** Resumen legible de una geometría GeoJSON (EPSG:4326): tipo, vértices y centro. */
export function resumenLugar(geometria: unknown): ResumenLugar | null {
  if (typeof geometria !== 'object' || geometria === null || !('type' in geometria)) return null;
  const tipo = String(geometria.type);
  const lista = pares('coordinates' in geometria ? geometria.coordinates : null);
  // A closed ring repeats its first vertex: count it once.
  const primero = lista[0];
  const ultimo = lista[lista.length - 1];
  const cerrado =
    tipo.includes('Polygon') &&
    lista.length > 1 &&
    primero?.[0] === ultimo?.[0] &&
    primero?.[1] === ultimo?.[1];
  const unicos = cerrado ? lista.slice(0, -1) : lista;
  if (unicos.length === 0) return { tipo, vertices: 0, centro: null };
  const r = (n: number) => Math.round(n * 1e5) / 1e5;
  const suma = unicos.reduce((s, [x, y]) => [s[0] + x, s[1] + y], [0, 0]);
  return {
    tipo,
    vertices: unicos.length,
    centro: [r(suma[0] / unicos.length), r(suma[1] / unicos.length)],
  };
}

/** La pestaña pedida en la URL, o la primera si no existe. */
export function pestanaValida(pedida: string | null, ids: readonly string[]): string {
  return pedida && ids.includes(pedida) ? pedida : (ids[0] ?? '');
}

/** Bytes → «1,5 MB» / «820 KB». */
export function tamano(bytes: number): string {
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Option labels for a group <select>: «G-2 — Agua (3)», plus the empty choice's label. */
export function etiquetasGrupos(
  grupos: readonly { id: string; codigo: string; tema: string; aportes: number }[],
  clave: 'id' | 'codigo',
  vacio: string,
): Record<string, string> {
  const r: Record<string, string> = { '': vacio };
  for (const g of grupos) r[g[clave]] = `${g.codigo} — ${g.tema} (${g.aportes})`;
  return r;
}
