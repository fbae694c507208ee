// Reglas puras de la subida reanudable de capas (ADR 0028): tamaños legibles, el límite y qué
// errores de la red se reintentan.

/** El mismo límite que el servidor aplica a una capa (ADR 0014). */
export const MAXIMO_BYTES = 25 * 1024 * 1024;
/** Partes de 1 MB: en un enlace lento, lo que viaja en cada petición y lo que se repite como mucho. */
export const TAMANO_PARTE = 1024 * 1024;
/** Esperas entre reintentos tras un corte (ms): unos tres minutos en total antes de rendirse. */
export const ESPERAS_REINTENTO = [0, 1000, 3000, 5000, 10_000, 20_000, 30_000, 60_000, 60_000];
/** El servidor guarda una subida sin importar durante 24 horas. */
export const VIGENCIA_MS = 24 * 60 * 60 * 1000;

const decimal = (n: number) => n.toFixed(1).replace('.', ',');

/** 1536 → "1,5 kB"; 2_621_440 → "2,5 MB" (coma decimal, como se escribe en Colombia). */
export function formatearBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${decimal(bytes / 1024)} kB`;
  return `${decimal(bytes / (1024 * 1024))} MB`;
}

/** Porcentaje entero, sin pasar de 99 mientras falte un byte (100 % solo cuando terminó). */
export function porcentaje(enviados: number, total: number): number {
  if (total <= 0) return 0;
  if (enviados >= total) return 100;
  return Math.min(99, Math.floor((enviados / total) * 100));
}

/**
 * Se reintenta lo que puede arreglarse solo: la red (estado 0), el servidor (5xx) y los choques de
 * posición (409, 423), que se resuelven preguntando al servidor dónde quedó. Los rechazos (403,
 * 413…) no: repetirlos no cambia la respuesta.
 */
export function esReintentable(estado: number): boolean {
  return estado === 0 || estado >= 500 || estado === 409 || estado === 423;
}

/** El mensaje en español de una respuesta JSON de la API, si lo trae. */
export function mensajeDeRespuesta(cuerpo: string | undefined): string | null {
  if (!cuerpo) return null;
  try {
    const datos = JSON.parse(cuerpo) as { error?: { mensaje?: unknown } };
    return typeof datos.error?.mensaje === 'string' ? datos.error.mensaje : null;
  } catch {
    return null;
  }
}

/** Una subida guardada en este navegador que aún puede continuarse en el servidor. */
export function sigueVigente(creada: string, ahora: number): boolean {
  const t = Date.parse(creada);
  return Number.isFinite(t) && ahora - t < VIGENCIA_MS;
}
