// Tipos y formato puro de las citas legales que acompañan cada afirmación.

export type Confianza = 'V' | 'S' | 'K' | '?';

export interface Cita {
  norm: string;
  article: string;
  url?: string;
  confidence?: Confianza;
  note?: string;
}

export interface Advertencia {
  code: string;
  message: string;
  citations: Cita[];
}

/**
 * "Ley 388 de 1997" + "28" → "Ley 388 de 1997, art. 28".
 * Si el artículo ya trae su denominación ("art. 28", "parágrafo 1") se respeta.
 */
export function textoCita(cita: Pick<Cita, 'norm' | 'article'>): string {
  const norma = cita.norm.trim();
  const articulo = (cita.article ?? '').trim();
  if (articulo.length === 0) return norma;
  if (/^\d/.test(articulo)) return `${norma}, art. ${articulo}`;
  return `${norma}, ${articulo}`;
}

export type InsigniaConfianza = 'porConfirmar' | 'interpretacion' | null;

/** Solo se marcan las citas no verificadas: K → "por confirmar", ? → "interpretación". */
export function insigniaConfianza(confianza: Confianza | undefined): InsigniaConfianza {
  if (confianza === 'K') return 'porConfirmar';
  if (confianza === '?') return 'interpretacion';
  return null;
}

/** Solo se enlazan direcciones http(s); cualquier otra cosa se muestra como texto. */
export function urlSegura(url: string | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}

/** Quita citas repetidas (misma norma, artículo y nota) conservando el orden. */
export function citasUnicas(citas: readonly Cita[]): Cita[] {
  const vistas = new Set<string>();
  const resultado: Cita[] = [];
  for (const cita of citas) {
    const clave = `${cita.norm}|${cita.article}|${cita.note ?? ''}`;
    if (vistas.has(clave)) continue;
    vistas.add(clave);
    resultado.push(cita);
  }
  return resultado;
}
