import type { Preparacion } from './types';

/** «$4.135.956.000»: pesos colombianos sin decimales, con punto de miles. */
export function pesos(valor: number): string {
  return `$${Math.round(valor)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** Conteo para el resumen «lo que tiene / lo que falta». */
export function conteoResumen(p: Pick<Preparacion, 'resumen'>) {
  return {
    tiene: p.resumen.tiene.length,
    desactualizado: p.resumen.desactualizado.length,
    falta: p.resumen.falta.length,
    sinRevisar: p.resumen.sin_revisar.length,
  };
}

/** Quien gestiona la preparación: alcaldía, planeación o administrador. */
export function puedeEditar(roles: readonly string[], administrador: boolean): boolean {
  return administrador || roles.includes('alcaldia') || roles.includes('planeacion');
}

/** Solo se pide a otra entidad lo que falta o está desactualizado y no tiene ya una solicitud abierta. */
export function puedeSolicitar(p: Preparacion, itemId: string): boolean {
  const item = p.items.find((i) => i.id === itemId);
  if (!item || (item.estado !== 'falta' && item.estado !== 'desactualizado')) return false;
  return !p.solicitudes.some((s) => s.itemId === itemId && s.estado !== 'respondida');
}

/** Consulta del banco a partir del formulario (solo los filtros con valor). */
export function consultaBanco(filtros: Record<string, string>): string {
  const pares = Object.entries(filtros).filter(([, v]) => v.trim() !== '');
  if (pares.length === 0) return '';
  return `?${pares.map(([k, v]) => `${k}=${encodeURIComponent(v.trim())}`).join('&')}`;
}

/** Municipalities where the session may add bank cases (advisors publish, the office drafts). */
export function municipiosCuracion(
  sesion: {
    membresias: Array<{ municipio: { codigo: string; nombre: string }; rol: string }>;
  } | null,
): Array<{ codigo: string; nombre: string; asesor: boolean }> {
  const out = new Map<string, { codigo: string; nombre: string; asesor: boolean }>();
  for (const m of sesion?.membresias ?? []) {
    if (!['asesor', 'alcaldia', 'planeacion'].includes(m.rol)) continue;
    const prev = out.get(m.municipio.codigo);
    out.set(m.municipio.codigo, {
      codigo: m.municipio.codigo,
      nombre: m.municipio.nombre,
      asesor: (prev?.asesor ?? false) || m.rol === 'asesor',
    });
  }
  return [...out.values()];
}

/** The API body of a new bank case from the form (numbers parsed, empty fields left out). */
export function cuerpoCaso(f: Record<string, string>): Record<string, unknown> {
  const numero = (v: string | undefined) =>
    v && v.trim() !== '' ? Number(v.replace(/\./g, '')) : undefined;
  const texto = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : undefined);
  const cuerpo: Record<string, unknown> = {
    tipoPlan: f['tipoPlan'],
    tipoRevision: f['tipoRevision'],
    resultado: f['resultado'],
    anioFin: numero(f['anioFin']),
    costoCop: numero(f['costoCop']),
    anioCosto: numero(f['anioCosto']),
    acto: texto(f['acto']),
    objeto: texto(f['objeto']),
    lecciones: texto(f['lecciones']),
    fuente: f['fuente']?.trim() ?? '',
  };
  return Object.fromEntries(Object.entries(cuerpo).filter(([, v]) => v !== undefined));
}

/**
 * A bank search for a self-assessment risk: its longer words joined with «or» (the search ignores
 * accents and endings), so cases that share any of them are found, best match first.
 */
export function consultaDeRiesgo(titulo: string): string {
  const palabras = titulo
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 6);
  return [...new Set(palabras)].slice(0, 5).join(' or ');
}
