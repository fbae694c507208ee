// Lógica pura de las pestañas «Eventos y actores», «Concertación CAR» y «CTP y Concejo» (issue 13).
import type { Advertencia, Cita } from '../../ui/citas/model';
import type { Sesion } from '../sesion/types';

/** Una cita como la envía la API de participación (nombres en español). */
export interface CitaApi {
  norma: string;
  articulo: string;
  url: string | null;
  nota: string | null;
}

export interface AdvertenciaApi {
  codigo: string;
  mensaje: string;
  citas: CitaApi[];
}

/** Lo que la persona puede hacer en el espacio de participación de este municipio. */
export interface Permisos {
  /** Alcaldía o planeación (un administrador de la plataforma actúa como la oficina). */
  oficina: boolean;
  car: boolean;
  ctp: boolean;
  concejo: boolean;
}

/** Los permisos salen de los roles de la sesión en el municipio; el servidor decide de todos modos. */
export function permisosEn(sesion: Sesion | null, codigo: string): Permisos {
  const roles = new Set(
    (sesion?.membresias ?? []).filter((m) => m.municipio.codigo === codigo).map((m) => m.rol),
  );
  return {
    oficina:
      (sesion?.usuario.esAdministrador ?? false) ||
      roles.has('alcaldia') ||
      roles.has('planeacion'),
    car: roles.has('autoridad_ambiental'),
    ctp: roles.has('consejo_territorial'),
    concejo: roles.has('concejo'),
  };
}

export function citasDe(citas: readonly CitaApi[] | undefined): Cita[] {
  return (citas ?? []).map((c) => ({
    norm: c.norma,
    article: c.articulo,
    ...(c.url ? { url: c.url } : {}),
    ...(c.nota ? { note: c.nota } : {}),
  }));
}

export function advertenciasDe(lista: readonly AdvertenciaApi[] | undefined): Advertencia[] {
  return (lista ?? []).map((a, i) => ({
    // Two warnings may share a code (one per late cabildo): the key must stay unique.
    code: `${a.codigo}-${i}`,
    message: a.mensaje,
    citations: citasDe(a.citas),
  }));
}

/** Una planilla escaneada (PDF o imagen) se guarda como evidencia con su total; una tabla se importa. */
export function esPlanillaEscaneada(nombre: string): boolean {
  return /\.(pdf|jpe?g|png)$/i.test(nombre.trim());
}

export function esTablaAsistencia(nombre: string): boolean {
  return /\.(csv|xlsx)$/i.test(nombre.trim());
}

/** El total digitado de una planilla escaneada: entero de 1 a 999 999, o null. */
export function totalValido(texto: string): number | null {
  const limpio = texto.trim();
  if (!/^\d{1,6}$/.test(limpio)) return null;
  const n = Number(limpio);
  return n >= 1 ? n : null;
}

export function sumaAsistentes(eventos: readonly { asistentes: number }[]): number {
  return eventos.reduce(
    (total, e) => total + (Number.isFinite(e.asistentes) ? e.asistentes : 0),
    0,
  );
}

const ESTADOS_CERRADOS = ['concertada', 'concertada_parcial', 'no_concertada'] as const;

function rondaCerrada(estado: string): boolean {
  return (ESTADOS_CERRADOS as readonly string[]).includes(estado);
}

/** Qué puede hacer cada quien con una ronda de concertación, según su estado. */
export function accionesRonda(estado: string, p: Permisos) {
  const cerrada = rondaCerrada(estado);
  return {
    observar: p.car && (estado === 'radicada' || estado === 'respondida'),
    observarMas: p.car && estado === 'con_observaciones',
    responder: p.oficina && estado === 'con_observaciones',
    acta: (p.car || p.oficina) && (estado === 'radicada' || estado === 'respondida'),
    cerrada,
  };
}

/** Una nueva ronda solo se radica cuando la anterior está cerrada con su acta. */
export function puedeRadicarRonda(rondas: readonly { estado: string }[], p: Permisos): boolean {
  const ultima = rondas.at(-1);
  return p.oficina && (!ultima || rondaCerrada(ultima.estado));
}

export type TipoActa = 'total' | 'parcial' | 'sin_acuerdo';

/** Un acta parcial o sin acuerdo nombra los puntos de desacuerdo que pasan al Ministerio. */
export function actaIncompleta(tipo: TipoActa, puntos: string): boolean {
  return tipo !== 'total' && puntos.trim().length === 0;
}

/** El concepto del CTP se registra con su texto y su fecha, o sin ninguno de los dos. */
export function conceptoIncompleto(conceptoEn: string, concepto: string): boolean {
  return (conceptoEn.trim() === '') !== (concepto.trim() === '');
}

/** Líneas no vacías de un área de texto (una recomendación u observación por párrafo). */
export function parrafos(texto: string): string[] {
  return texto
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** «2.4 MB» / «830 KB» para el tamaño de un archivo. */
export function tamanoLegible(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
