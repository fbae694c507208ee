// Tipos y formato puro de las citas legales que acompañan cada afirmación.
import type { Esquema } from '../../api/tipos';

/** A legal source as the server cites it (its OpenAPI schema «Cita»). */
export type Cita = Esquema<'Cita'>;
/** A warning with its sources (schema «Advertencia»). */
export type Advertencia = Esquema<'Advertencia'>;
export type Confianza = NonNullable<Cita['confidence']>;

/**
 * "Ley 388 de 1997" + "28" → "Ley 388 de 1997, art. 28".
 * Si el artículo ya trae su denominación ("art. 28", "parágrafo 1") se respeta.
 */
export function textoCita(cita: Pick<Cita, 'norm' | 'article'>): string {
  const norma = sinCodigosInternos(cita.norm.trim());
  const articulo = (cita.article ?? '').trim();
  // «—» marks a source without articles (a concept, a ruling): no stray «, —» (issue 12).
  if (articulo.length === 0 || /^[—–-]+$/.test(articulo)) return norma;
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

const CODIGO = String.raw`(?:R-[A-Z]+-\d+[A-Z]?|Q\d+|§\s?\d+(?:\.\d+)*)`;

/**
 * Quita de un texto del motor normativo los códigos internos de la referencia jurídica
 * (R-TYPE-02, R-DAY-00, Q6, §2.2): sirven a quien mantiene las reglas y siguen en la API, pero
 * a un funcionario municipal no le dicen nada (issue 12). La norma y la explicación quedan.
 */
export function sinCodigosInternos(texto: string): string {
  return texto
    .replace(new RegExp(String.raw`,\s*${CODIGO}(?=\))`, 'g'), '')
    .replace(new RegExp(String.raw`\s*\(${CODIGO}\)`, 'g'), '')
    .replace(new RegExp(String.raw`\s+${CODIGO}\.(?=\s|$)`, 'g'), '.')
    .replace(/\.{2,}/g, '.')
    .replace(new RegExp(String.raw`\s*\b${CODIGO}`, 'g'), '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.,:;)])/g, '$1')
    .trim();
}
