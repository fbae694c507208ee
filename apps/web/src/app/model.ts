// Lógica pura del enrutador y del cliente HTTP (probada sin DOM).

export type Parametros = Record<string, string>;

function segmentos(ruta: string): string[] {
  return ruta.split('/').filter((s) => s.length > 0);
}

/** Compara "/m/:codigo/estado-pot" con "/m/05001/estado-pot" → { codigo: "05001" } o null. */
export function coincidirRuta(patron: string, ruta: string): Parametros | null {
  const p = segmentos(patron);
  const r = segmentos(ruta);
  if (p.length !== r.length) return null;
  const parametros: Parametros = {};
  for (let i = 0; i < p.length; i++) {
    const esperado = p[i] ?? '';
    const actual = r[i] ?? '';
    if (esperado.startsWith(':')) {
      try {
        parametros[esperado.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (esperado !== actual) {
      return null;
    }
  }
  return parametros;
}

/** Arma una URL con parámetros de consulta, omitiendo los vacíos. */
export function construirUrl(
  ruta: string,
  consulta: Record<string, string | number | null | undefined> = {},
): string {
  const partes: string[] = [];
  for (const [clave, valor] of Object.entries(consulta)) {
    if (valor === undefined || valor === null || valor === '') continue;
    partes.push(`${encodeURIComponent(clave)}=${encodeURIComponent(String(valor))}`);
  }
  return partes.length > 0 ? `${ruta}?${partes.join('&')}` : ruta;
}

/** Solo se permite volver a rutas internas ("/algo"), nunca a otro sitio ("//x", "https:"). */
export function destinoSeguro(destino: string | null | undefined): string | null {
  if (!destino?.startsWith('/') || destino.startsWith('//') || destino.startsWith('/\\')) {
    return null;
  }
  return destino;
}

export interface ErrorApi {
  codigo: string;
  mensaje: string;
}

export interface MensajesRespaldo {
  red: string;
  sesion: string;
  acceso: string;
  noEncontrado: string;
  servidor: string;
  generico: string;
}

function tieneErrorApi(cuerpo: unknown): cuerpo is { error: ErrorApi } {
  if (typeof cuerpo !== 'object' || cuerpo === null || !('error' in cuerpo)) return false;
  const error = cuerpo.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as ErrorApi).mensaje === 'string' &&
    (error as ErrorApi).mensaje.length > 0
  );
}

/** Extrae { codigo, mensaje } de la respuesta; si el servidor no lo envía, usa un mensaje en español. */
export function interpretarError(
  estado: number,
  cuerpo: unknown,
  respaldo: MensajesRespaldo,
): ErrorApi {
  if (tieneErrorApi(cuerpo)) {
    return { codigo: String(cuerpo.error.codigo), mensaje: cuerpo.error.mensaje };
  }
  if (estado === 0) return { codigo: 'SIN_CONEXION', mensaje: respaldo.red };
  if (estado === 401) return { codigo: 'NO_AUTENTICADO', mensaje: respaldo.sesion };
  if (estado === 403) return { codigo: 'PROHIBIDO', mensaje: respaldo.acceso };
  if (estado === 404) return { codigo: 'NO_ENCONTRADO', mensaje: respaldo.noEncontrado };
  if (estado >= 500) return { codigo: 'ERROR_SERVIDOR', mensaje: respaldo.servidor };
  return { codigo: 'ERROR', mensaje: respaldo.generico };
}
