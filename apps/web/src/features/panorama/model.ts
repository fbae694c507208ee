// Lógica pura del panorama nacional: filtros, conteos y estilos por estado.
import type { PlanType } from '@ruta-pot/domain';

import type { ClaveTexto } from '../../i18n/es-CO';
import type { Cita } from '../../ui/citas/model';

export type EstadoPlan = 'vigente' | 'vencido' | 'sin_plan';
export type TipoPlan = PlanType;

export interface FilaPanorama {
  codigo: string;
  nombre: string;
  departamento: string;
  codigoDepartamento: string;
  poblacion: number | null;
  tipoPlan: TipoPlan | null;
  estadoPlan: EstadoPlan;
  vigenciaLargoPlazo: string | null;
  inicioFormulacion: string | null;
  procesoEtapa: string | null;
  procesoTipo: string | null;
  procesoIniciado: string | null;
}

export interface Panorama {
  fecha: string;
  municipios: FilaPanorama[];
  resumen: Conteo;
  fuentes: Cita[];
}

export interface Conteo {
  total: number;
  vigente: number;
  vencido: number;
  sin_plan: number;
}

/** Cadena vacía = sin filtro (así se representan en los <select>). */
export interface Filtros {
  departamento: string;
  tipoPlan: '' | TipoPlan;
  estado: '' | EstadoPlan;
}

export const FILTROS_VACIOS: Filtros = { departamento: '', tipoPlan: '', estado: '' };
export const ESTADOS: readonly EstadoPlan[] = ['vigente', 'vencido', 'sin_plan'];
export const TIPOS_PLAN: readonly TipoPlan[] = ['POT', 'PBOT', 'EOT'];

/** Los filtros se aplican igual al mapa y a la tabla: una sola función para ambos. */
export function filtrar(filas: readonly FilaPanorama[], filtros: Filtros): FilaPanorama[] {
  return filas.filter(
    (f) =>
      (filtros.departamento === '' || f.codigoDepartamento === filtros.departamento) &&
      (filtros.tipoPlan === '' || f.tipoPlan === filtros.tipoPlan) &&
      (filtros.estado === '' || f.estadoPlan === filtros.estado),
  );
}

export function contar(filas: readonly FilaPanorama[]): Conteo {
  const conteo: Conteo = { total: filas.length, vigente: 0, vencido: 0, sin_plan: 0 };
  for (const f of filas) conteo[f.estadoPlan] += 1;
  return conteo;
}

/** Departamentos presentes, ordenados por nombre (es-CO), para el selector. */
export function departamentos(
  filas: readonly FilaPanorama[],
): { codigo: string; nombre: string }[] {
  const vistos = new Map<string, string>();
  for (const f of filas) vistos.set(f.codigoDepartamento, f.departamento);
  return [...vistos]
    .map(([codigo, nombre]) => ({ codigo, nombre }))
    .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es-CO'));
}

/** Lee los filtros de la dirección (?departamento=05&tipoPlan=POT&estado=vencido). */
export function filtrosDesdeBusqueda(busqueda: URLSearchParams): Filtros {
  const departamento = busqueda.get('departamento') ?? '';
  const tipo = busqueda.get('tipoPlan') ?? '';
  const estado = busqueda.get('estado') ?? '';
  return {
    departamento: /^\d{2}$/.test(departamento) ? departamento : '',
    tipoPlan: (TIPOS_PLAN as readonly string[]).includes(tipo) ? (tipo as TipoPlan) : '',
    estado: (ESTADOS as readonly string[]).includes(estado) ? (estado as EstadoPlan) : '',
  };
}

/**
 * Estilo de cada estado. El color nunca va solo: el estado vencido además lleva rayas en el mapa,
 * la leyenda nombra el patrón en texto y la tabla escribe el estado con palabras.
 */
export const ESTILO_ESTADO: Record<
  EstadoPlan,
  { color: string; patron: 'liso' | 'rayado'; etiqueta: ClaveTexto; descripcionPatron: ClaveTexto }
> = {
  vigente: {
    color: '#2e7d32',
    patron: 'liso',
    etiqueta: 'panorama.estado.vigente',
    descripcionPatron: 'panorama.patron.vigente',
  },
  vencido: {
    color: '#e65100',
    patron: 'rayado',
    etiqueta: 'panorama.estado.vencido',
    descripcionPatron: 'panorama.patron.vencido',
  },
  sin_plan: {
    color: '#bdbdbd',
    patron: 'liso',
    etiqueta: 'panorama.estado.sin_plan',
    descripcionPatron: 'panorama.patron.sin_plan',
  },
};

/** Colombia continental e insular (San Andrés) en [oeste, sur, este, norte], EPSG:4326. */
export const LIMITES_COLOMBIA: [number, number, number, number] = [-82, -4.3, -66.8, 13.5];

const ETAPAS: Record<string, ClaveTexto> = {
  contexto: 'panorama.etapa.contexto',
  decision: 'panorama.etapa.decision',
  preliminar: 'panorama.etapa.preliminar',
  evaluacion: 'panorama.etapa.evaluacion',
  diagnostico: 'panorama.etapa.diagnostico',
  formulacion: 'panorama.etapa.formulacion',
  concertacion: 'panorama.etapa.concertacion',
  implementacion: 'panorama.etapa.implementacion',
  seguimiento: 'panorama.etapa.seguimiento',
};

/** Clave del nombre de una etapa de la ruta; null si la etapa no se conoce (se muestra el id). */
export function claveEtapa(etapa: string): ClaveTexto | null {
  return Object.hasOwn(ETAPAS, etapa) ? (ETAPAS[etapa] ?? null) : null;
}

/** Dirección de la descarga de datos abiertos con los mismos datos que se ven. */
export function urlDatosAbiertos(formato: 'csv' | 'excel' | 'geojson', fecha: string): string {
  // Excel in Spanish splits columns at «;» (the comma is the decimal separator).
  const extension = formato === 'excel' ? 'csv' : formato;
  const separador = formato === 'excel' ? '&separador=punto_y_coma' : '';
  return `/api/v1/datos-abiertos/estado-pot.${extension}?fecha=${encodeURIComponent(fecha)}${separador}`;
}
