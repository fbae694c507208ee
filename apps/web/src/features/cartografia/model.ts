// Lógica pura del visor de cartografía (issue 14): colores de la leyenda, consulta por recuadro y
// zoom, paginación de la tabla alternativa y composición de la imagen PNG exportada.

export type Bbox = [number, number, number, number];

export interface Categoria {
  valor: string | null;
  etiqueta: string;
  areaHa: number;
  entidades: number;
}

export interface EntradaLeyenda {
  valor: string | null;
  etiqueta: string;
  color: string;
}

/** Amenaza y riesgo: alta roja, media naranja, baja amarilla (paleta fija). */
const AMENAZA: Record<string, string> = { alta: '#d7301f', media: '#fc8d59', baja: '#fee08b' };
/** Clases de suelo. */
const SUELO: Record<string, string> = {
  urbano: '#c51b7d',
  expansion: '#f1b6da',
  rural: '#b8e186',
  suburbano: '#d8b365',
  proteccion: '#1b7837',
  centro_poblado: '#762a83',
};
/** Categorías libres (tratamientos, áreas protegidas, otras) y capas sin categoría. */
const LIBRE = ['#1f78b4', '#33a02c', '#6a3d9a', '#b15928', '#a6cee3', '#b2df8a', '#cab2d6'];
export const SIN_CATEGORIA = '#9e9e9e';

const esAmenaza = (tipo: string) => tipo.startsWith('amenaza_') || tipo === 'riesgo';

/** Color de una categoría según el perfil de la capa; `indice` ordena las categorías libres. */
export function colorCategoria(tipo: string, valor: string | null, indice: number): string {
  if (valor === null) return SIN_CATEGORIA;
  const fija = esAmenaza(tipo) ? AMENAZA : tipo === 'clasificacion_suelo' ? SUELO : null;
  if (fija) return fija[valor] ?? SIN_CATEGORIA;
  return LIBRE[indice % LIBRE.length]!;
}

/** Leyenda de una capa: una entrada por categoría; las capas sin categorías, un solo color. */
export function leyenda(
  capa: { tipo: string; categorias: readonly Categoria[] },
  indiceCapa: number,
): EntradaLeyenda[] {
  const conValor = capa.categorias.filter((c) => c.valor !== null);
  if (conValor.length === 0) {
    const etiqueta = capa.categorias[0]?.etiqueta ?? '';
    return [{ valor: null, etiqueta, color: LIBRE[indiceCapa % LIBRE.length]! }];
  }
  return capa.categorias.map((c, i) => ({
    valor: c.valor,
    etiqueta: c.etiqueta,
    color: colorCategoria(capa.tipo, c.valor, i),
  }));
}

/** Expresión de MapLibre que colorea cada entidad por su propiedad `categoria`. */
export function expresionColor(entradas: readonly EntradaLeyenda[]): unknown {
  const pares = entradas.filter((e) => e.valor !== null).flatMap((e) => [e.valor, e.color]);
  const otro = entradas.find((e) => e.valor === null)?.color ?? SIN_CATEGORIA;
  if (pares.length === 0) return otro;
  return ['match', ['coalesce', ['get', 'categoria'], ''], ...pares, otro];
}

const redondear = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const limitar = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** Recuadro de la vista ampliado un `margen` (fracción) por lado, dentro de los límites válidos. */
export function ampliar(bbox: Bbox, margen: number): Bbox {
  const dx = (bbox[2] - bbox[0]) * margen;
  const dy = (bbox[3] - bbox[1]) * margen;
  return [
    limitar(bbox[0] - dx, -180, 180),
    limitar(bbox[1] - dy, -90, 90),
    limitar(bbox[2] + dx, -180, 180),
    limitar(bbox[3] + dy, -90, 90),
  ];
}

/** `bbox=…&zoom=Z&limite=N` para …/capas/{id}/entidades (5 decimales ≈ 1 m; zoom entero). */
export function consultaEntidades(bbox: Bbox | null, zoom: number, limite: number): string {
  const partes: string[] = [];
  if (bbox) {
    const [a, b, c, d] = [
      limitar(bbox[0], -180, 180),
      limitar(bbox[1], -90, 90),
      limitar(bbox[2], -180, 180),
      limitar(bbox[3], -90, 90),
    ].map((v) => redondear(v, 5));
    partes.push(`bbox=${a},${b},${c},${d}`);
  }
  partes.push(`zoom=${limitar(Math.floor(zoom), 0, 22)}`, `limite=${limitar(limite, 1, 5000)}`);
  return partes.join('&');
}

/** Si lo ya cargado (recuadro y zoom, completo) sirve para la vista nueva: no se pide otra vez. */
export function cubre(
  cargado: { bbox: Bbox; zoom: number; truncado: boolean } | null,
  vista: Bbox,
  zoom: number,
): boolean {
  if (!cargado || cargado.truncado || Math.floor(zoom) > cargado.zoom) return false;
  const [a, b, c, d] = cargado.bbox;
  return vista[0] >= a && vista[1] >= b && vista[2] <= c && vista[3] <= d;
}

export interface Pagina<T> {
  filas: T[];
  pagina: number;
  paginas: number;
  desde: number;
  hasta: number;
  total: number;
}

/** Una página (desde 1) de una lista ya filtrada; la página se ajusta al rango válido. */
export function paginar<T>(items: readonly T[], pagina: number, tamano: number): Pagina<T> {
  const paginas = Math.max(1, Math.ceil(items.length / tamano));
  const p = limitar(Math.floor(pagina) || 1, 1, paginas);
  const inicio = (p - 1) * tamano;
  const filas = items.slice(inicio, inicio + tamano);
  return {
    filas,
    pagina: p,
    paginas,
    desde: filas.length ? inicio + 1 : 0,
    hasta: inicio + filas.length,
    total: items.length,
  };
}

/** Filtra por categoría ('' = todas; '∅' = sin categoría). */
export function filtrarCategoria<T extends { categoria: string | null }>(
  items: readonly T[],
  categoria: string,
): T[] {
  if (categoria === '') return [...items];
  return items.filter((i) =>
    categoria === '∅' ? i.categoria === null : i.categoria === categoria,
  );
}

/** 1234.5678 → "1.234,57" (hectáreas, es-CO). */
export function formatearHa(ha: number): string {
  if (!Number.isFinite(ha)) return '';
  const [entero = '0', dec = '00'] = Math.abs(ha).toFixed(2).split('.');
  return `${ha < 0 ? '−' : ''}${entero.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec}`;
}

/** Recuadro que contiene todos los dados (null si no hay ninguno). */
export function unirBbox(lista: readonly (Bbox | null)[]): Bbox | null {
  const validos = lista.filter((b): b is Bbox => b !== null);
  if (validos.length === 0) return null;
  return [
    Math.min(...validos.map((b) => b[0])),
    Math.min(...validos.map((b) => b[1])),
    Math.max(...validos.map((b) => b[2])),
    Math.max(...validos.map((b) => b[3])),
  ];
}

/** Recuadro de las coordenadas de un GeoJSON (cualquier anidamiento); null si no tiene. */
export function bboxDe(geojson: unknown): Bbox | null {
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const visitar = (v: unknown): void => {
    if (!Array.isArray(v)) {
      if (v && typeof v === 'object') for (const x of Object.values(v)) visitar(x);
      return;
    }
    if (v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number') {
      b[0] = Math.min(b[0], v[0]);
      b[1] = Math.min(b[1], v[1]);
      b[2] = Math.max(b[2], v[0]);
      b[3] = Math.max(b[3], v[1]);
      return;
    }
    for (const x of v) visitar(x);
  };
  visitar(geojson);
  return Number.isFinite(b[0]) ? b : null;
}

/** Sistemas de coordenadas que acepta la importación (contrato §1; ADR 0005). */
export const CRS = [4326, 4686, 3114, 3115, 3116, 3117, 3118, 9377] as const;

/** Un atributo como texto para la tabla y el panel «identificar» («—» si está vacío). */
export function textoValor(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
