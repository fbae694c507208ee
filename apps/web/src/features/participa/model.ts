// Lógica pura del portal de participación (probada sin DOM).

export type TipoGeometria = 'Point' | 'LineString' | 'Polygon';
export type Vertice = readonly [number, number];

export type Geometria =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'LineString'; coordinates: [number, number][] }
  | { type: 'Polygon'; coordinates: [number, number][][] };

export const MINIMO_VERTICES: Readonly<Record<TipoGeometria, number>> = {
  Point: 1,
  LineString: 2,
  Polygon: 3,
};

export const TEXTO_MIN = 10;
export const TEXTO_MAX = 10_000;
export const MAX_ADJUNTOS = 3;
const FILAS_POR_PAGINA = 25;

/** Redondea a 7 decimales (≈ 1 cm): suficiente y evita ruido de coma flotante en el envío. */
const redondear = (n: number) => Math.round(n * 1e7) / 1e7;
const copia = (v: Vertice): [number, number] => [redondear(v[0]), redondear(v[1])];

/** Un punto toma el último clic; una línea y un polígono acumulan vértices. */
export function agregarVertice(
  tipo: TipoGeometria,
  vertices: readonly Vertice[],
  nuevo: Vertice,
): Vertice[] {
  return tipo === 'Point' ? [nuevo] : [...vertices, nuevo];
}

/**
 * GeoJSON a partir de los vértices marcados (lon, lat en EPSG:4326), o null si aún faltan:
 * una línea necesita 2, un polígono 3 (y su anillo se cierra repitiendo el primero).
 */
export function construirGeometria(
  tipo: TipoGeometria,
  vertices: readonly Vertice[],
): Geometria | null {
  if (vertices.length < MINIMO_VERTICES[tipo]) return null;
  if (tipo === 'Point') return { type: 'Point', coordinates: copia(vertices.at(-1)!) };
  const puntos = vertices.map(copia);
  if (tipo === 'LineString') return { type: 'LineString', coordinates: puntos };
  const primero = puntos[0]!;
  const ultimo = puntos.at(-1)!;
  const cerrado =
    primero[0] === ultimo[0] && primero[1] === ultimo[1] ? puntos : [...puntos, primero];
  if (cerrado.length < 4) return null;
  return { type: 'Polygon', coordinates: [cerrado] };
}

/** Una página de la matriz (índice desde 0, acotado a las páginas que existen). */
export function paginar<T>(filas: readonly T[], pagina: number, tamano = FILAS_POR_PAGINA) {
  const paginas = Math.max(1, Math.ceil(filas.length / tamano));
  const actual = Math.min(Math.max(0, pagina), paginas - 1);
  const desde = actual * tamano;
  return {
    filas: filas.slice(desde, desde + tamano),
    pagina: actual,
    paginas,
    desde: filas.length === 0 ? 0 : desde + 1,
    hasta: Math.min(desde + tamano, filas.length),
  };
}

/** `<código>.<token>` del fragmento de la dirección (el navegador nunca lo envía al servidor). */
export function enlaceDelFragmento(hash: string): string {
  const crudo = hash.replace(/^#/, '').trim();
  try {
    return decodeURIComponent(crudo);
  } catch {
    return crudo;
  }
}

/** El enlace de seguimiento del servidor: URL o ruta tal cual; un fragmento suelto se completa. */
export function enlaceSeguimiento(codigo: string, seguimiento: string): string {
  if (/^(https?:\/\/|\/)/.test(seguimiento)) return seguimiento;
  const fragmento = seguimiento.replace(/^#/, '');
  return `/publico/${encodeURIComponent(codigo)}/participa/seguimiento#${fragmento}`;
}

const CORREO = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface DatosAporte {
  texto: string;
  correo: string;
  consiente: boolean;
  adjuntos: number;
  conSesion: boolean;
}

export type Problema = 'texto' | 'correo' | 'consentimiento' | 'adjuntos';

/** Lo que impide enviar, antes de ir al servidor (que vuelve a comprobarlo todo). */
export function problemaAporte(d: DatosAporte): Problema | null {
  const largo = d.texto.trim().length;
  if (largo < TEXTO_MIN || largo > TEXTO_MAX) return 'texto';
  const correo = d.correo.trim();
  if (correo === '' ? !d.conSesion : !CORREO.test(correo)) return 'correo';
  if (correo !== '' && !d.consiente) return 'consentimiento';
  if (d.adjuntos > MAX_ADJUNTOS) return 'adjuntos';
  return null;
}

export interface DocumentoPublico {
  id: string;
  titulo: string;
  version: number | string;
  fecha: string;
  archivo: string;
}

const texto = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/**
 * Documentos en discusión desde la respuesta del servidor (lista, o `{ documentos }`), tolerante
 * con el nombre del campo de fecha; el enlace de descarga es el del contrato si no viene otro.
 */
export function normalizarDocumentos(codigo: string, cuerpo: unknown): DocumentoPublico[] {
  const lista: unknown =
    typeof cuerpo === 'object' && cuerpo !== null && 'documentos' in cuerpo
      ? cuerpo.documentos
      : cuerpo;
  if (!Array.isArray(lista)) return [];
  return lista.flatMap((d: Record<string, unknown>) => {
    const id = texto(d['id']);
    if (!id) return [];
    const base = `/api/v1/publico/${encodeURIComponent(codigo)}/participacion/documentos`;
    return [
      {
        id,
        titulo: texto(d['titulo']) || texto(d['nombre']) || id,
        version: texto(d['version']) || '1',
        fecha: texto(d['fecha'] ?? d['publicadoEn'] ?? d['publicadoEl'] ?? d['creadoEn']),
        archivo: texto(d['archivo'] ?? d['url']) || `${base}/${encodeURIComponent(id)}/archivo`,
      },
    ];
  });
}
