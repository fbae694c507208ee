// Llamadas a la API del espacio de participación (issue 13, contrato sección B).
import { pedir, type Resultado } from '../../app/http';
import type { AdvertenciaApi, CitaApi, TipoActa } from './espacio-model';

export interface Archivo {
  clase: string;
  sha256: string;
  nombre: string;
  tipo: string;
  bytes: number;
  total: number | null;
  subidoEn: string;
}

export interface Actor {
  id: string;
  tipo: string;
  nombre: string;
  organizacion: string | null;
  contacto: string | null;
  tieneContacto: boolean;
}

export interface LineaEstrategia {
  id: string;
  etapa: string;
  que: string;
  conQuien: string;
  cuando: string;
}

export interface Evento {
  id: string;
  tipo: string;
  titulo: string;
  fecha: string;
  lugar: string;
  agenda: string;
  convocatoriaPublicadaEn: string | null;
  convocatoriaEvidencia: string | null;
  actaEvidencia: string | null;
  asistentes: number;
}

export interface EventoDetalle extends Evento {
  archivos: Archivo[];
  listaAsistencia: { id: string; nombre: string; organizacion: string | null }[] | null;
}

export interface Resumen {
  eventos: number;
  eventosConAsistencia: number;
  asistentes: number;
  actores: number;
  faltantes: { requisito: string; mensaje: string; citas: CitaApi[] }[];
  advertencias: AdvertenciaApi[];
  registroIniciado: boolean;
}

export interface Plazo {
  desde: string;
  vence: string;
  dias: number;
  tipoDias: string;
  explicacion: string;
  citas: CitaApi[];
}

export interface Ronda {
  id: string;
  numero: number;
  estado: string;
  estadoEtiqueta: string;
  radicadaEn: string;
  actaFecha: string | null;
  actaEvidencia: string | null;
  puntosDesacuerdo: string | null;
  observaciones: { id: string; tema: string; texto: string; respuesta: string | null }[];
  archivos: Archivo[];
  plazo: Plazo;
  plazoMinisterio: Plazo | null;
  advertencias: AdvertenciaApi[];
}

export interface Ctp {
  ctp: {
    recibidoProyectoEn: string;
    conceptoEn: string | null;
    concepto: string | null;
    evidencia: string | null;
  } | null;
  archivos: Archivo[];
  recomendaciones: { id: string; codigo: string; estado: string; texto: string }[];
}

export interface RegistroConcejo {
  id: string;
  tipo: string;
  fecha: string;
  descripcion: string;
  decision: string | null;
  evidencia: string | null;
  archivos: Archivo[];
}

export interface Concejo {
  registros: RegistroConcejo[];
  advertencias: AdvertenciaApi[];
}

const base = (codigo: string) => `/api/v1/municipios/${encodeURIComponent(codigo)}/participacion`;
const id = (valor: string) => encodeURIComponent(valor);

const obtener = <T>(codigo: string, ruta: string, senal?: AbortSignal) =>
  pedir<T>(`${base(codigo)}/${ruta}`, { senal });

export const listarActores = (codigo: string, senal?: AbortSignal) =>
  obtener<{ actores: Actor[] }>(codigo, 'actores', senal);
export const listarEstrategia = (codigo: string, senal?: AbortSignal) =>
  obtener<{ estrategia: LineaEstrategia[] }>(codigo, 'estrategia', senal);
export const listarEventos = (codigo: string, senal?: AbortSignal) =>
  obtener<{ eventos: Evento[] }>(codigo, 'eventos', senal);
export const obtenerEvento = (codigo: string, evento: string, senal?: AbortSignal) =>
  obtener<EventoDetalle>(codigo, `eventos/${id(evento)}`, senal);
export const obtenerResumen = (codigo: string, senal?: AbortSignal) =>
  obtener<Resumen>(codigo, 'resumen', senal);
export const listarRondas = (codigo: string, senal?: AbortSignal) =>
  obtener<{ rondas: Ronda[] }>(codigo, 'car/rondas', senal);
export const obtenerCtp = (codigo: string, senal?: AbortSignal) =>
  obtener<Ctp>(codigo, 'ctp', senal);
export const obtenerConcejo = (codigo: string, senal?: AbortSignal) =>
  obtener<Concejo>(codigo, 'concejo', senal);

export interface CuerpoActor {
  tipo: string;
  nombre: string;
  organizacion?: string;
  contacto?: string;
  consentimiento?: boolean;
}

export const guardarActor = (codigo: string, cuerpo: CuerpoActor) =>
  pedir<{ id: string }>(`${base(codigo)}/actores`, { metodo: 'POST', cuerpo });
export const retirarActor = (codigo: string, actor: string) =>
  pedir<null>(`${base(codigo)}/actores/${id(actor)}`, { metodo: 'DELETE' });
export const agregarEstrategia = (codigo: string, cuerpo: Omit<LineaEstrategia, 'id'>) =>
  pedir<{ id: string }>(`${base(codigo)}/estrategia`, { metodo: 'POST', cuerpo });
export const retirarEstrategia = (codigo: string, linea: string) =>
  pedir<null>(`${base(codigo)}/estrategia/${id(linea)}`, { metodo: 'DELETE' });

export interface CuerpoEvento {
  tipo: string;
  titulo: string;
  fecha: string;
  lugar?: string;
  agenda?: string;
  convocatoriaPublicadaEn?: string | null;
}

export const crearEvento = (codigo: string, cuerpo: CuerpoEvento) =>
  pedir<Evento>(`${base(codigo)}/eventos`, { metodo: 'POST', cuerpo });

export const subirArchivoEvento = (
  codigo: string,
  evento: string,
  datos: { clase: 'convocatoria' | 'acta' | 'foto'; archivo: File },
) => {
  const formulario = new FormData();
  formulario.append('clase', datos.clase);
  formulario.append('archivo', datos.archivo);
  return pedir<Archivo>(`${base(codigo)}/eventos/${id(evento)}/archivos`, {
    metodo: 'POST',
    formulario,
  });
};

export interface ResultadoAsistencia {
  agregados: number;
  asistentes: number;
}

export const subirAsistencia = (
  codigo: string,
  evento: string,
  datos: { archivo: File; total?: number; consentimiento: boolean },
): Promise<Resultado<ResultadoAsistencia>> => {
  const formulario = new FormData();
  formulario.append('archivo', datos.archivo);
  if (datos.total !== undefined) formulario.append('total', String(datos.total));
  if (datos.consentimiento) formulario.append('consentimiento', 'si');
  return pedir<ResultadoAsistencia>(`${base(codigo)}/eventos/${id(evento)}/asistencia/archivo`, {
    metodo: 'POST',
    formulario,
  });
};

export const radicarRonda = (codigo: string, radicadaEn: string) =>
  pedir<{ id: string }>(`${base(codigo)}/car/rondas`, {
    metodo: 'POST',
    cuerpo: { radicadaEn },
  });
export const observar = (
  codigo: string,
  ronda: string,
  observaciones: { tema: string; texto: string }[],
) =>
  pedir<{ ids: string[] }>(`${base(codigo)}/car/rondas/${id(ronda)}/observaciones`, {
    metodo: 'POST',
    cuerpo: { observaciones },
  });
export const responder = (codigo: string, observacion: string, respuesta: string) =>
  pedir<unknown>(`${base(codigo)}/car/observaciones/${id(observacion)}/respuesta`, {
    metodo: 'POST',
    cuerpo: { respuesta },
  });

export const registrarActa = (
  codigo: string,
  ronda: string,
  datos: { archivo: File; fecha: string; tipo: TipoActa; puntosDesacuerdo: string },
) => {
  const formulario = new FormData();
  formulario.append('archivo', datos.archivo);
  formulario.append('fecha', datos.fecha);
  formulario.append('tipo', datos.tipo);
  if (datos.puntosDesacuerdo.trim()) formulario.append('puntosDesacuerdo', datos.puntosDesacuerdo);
  return pedir<unknown>(`${base(codigo)}/car/rondas/${id(ronda)}/acta`, {
    metodo: 'POST',
    formulario,
  });
};

/** Campos de texto y un archivo opcional: multipart si hay archivo, JSON si no. */
function cuerpoMixto(campos: Record<string, string>, archivo: File | null) {
  const limpios = Object.fromEntries(Object.entries(campos).filter(([, v]) => v.trim() !== ''));
  if (!archivo) return { cuerpo: limpios };
  const formulario = new FormData();
  for (const [k, v] of Object.entries(limpios)) formulario.append(k, v);
  formulario.append('evidencia', archivo);
  return { formulario };
}

export const guardarCtp = (
  codigo: string,
  campos: { recibidoProyectoEn: string; conceptoEn: string; concepto: string },
  archivo: File | null,
) => pedir<unknown>(`${base(codigo)}/ctp`, { metodo: 'PUT', ...cuerpoMixto(campos, archivo) });

export const recomendar = (codigo: string, recomendaciones: { texto: string; tema?: string }[]) =>
  pedir<unknown>(`${base(codigo)}/ctp/recomendaciones`, {
    metodo: 'POST',
    cuerpo: { recomendaciones },
  });

export const registrarConcejo = (
  codigo: string,
  campos: { tipo: string; fecha: string; descripcion: string; decision: string },
  archivo: File | null,
) => pedir<unknown>(`${base(codigo)}/concejo`, { metodo: 'POST', ...cuerpoMixto(campos, archivo) });
