// Tipos de la API de La Ruta (/api/v1/municipios/:codigo/procesos/…), tal como los publica el servidor.
import type { ItemState, ProcessState } from '@ruta-pot/domain';

import type { Esquema } from '../../api/tipos';

/** The states come from the domain's transition tables (one list, issue 17). */
export type EstadoProceso = ProcessState;
export type EstadoItem = ItemState;
export type Veredicto = Esquema<'CuerpoConcepto'>['calidad'];
export type Decision = Esquema<'CuerpoConcepto'>['decision'];

export type Evidencia = Esquema<'Evidencia'>;
/** What an upload returns: the stored version (with the uploader's id, not the name). */
export type EvidenciaCargada = Esquema<'EvidenciaCargada'>;
export type Concepto = Esquema<'Concepto'>;
/** Por qué el motor normativo sugiere un rol responsable (la norma o la práctica del producto). */
export type RolSugerido = Esquema<'RolSugerido'>;
export type Item = Esquema<'Item'>;
/** The stored item row that saving an item returns. */
export type ItemProceso = Esquema<'ItemProceso'>;
export type Etapa = Esquema<'Etapa'>;
export type Evento = Esquema<'EventoTramite'>;
/** The event just recorded, with what the law's order says about it (recorded anyway). */
export type EventoRegistrado = Esquema<'EventoRegistrado'>;
export type AnulacionEvento = Esquema<'AnulacionEvento'>;
export type AlertaPlazo = Esquema<'AlertaPlazo'>;
export type Faltante = Esquema<'Faltante'>;
export type Participante = Esquema<'Participante'>;
export type Permisos = Esquema<'Permisos'>;
export type Proceso = Esquema<'Proceso'>;
export type TipoRevisionPropuesta = Esquema<'TipoRevision'>;
export type Propuesta = Esquema<'Propuesta'>;
/** Una página de GET …/procesos/:procesoId/eventos (del más reciente al más antiguo). */
export type PaginaEventos = Esquema<'PaginaEventos'>;

export type TipoEvento = Esquema<'TipoEventoTramite'>;

/** Request bodies, as the server validates them. */
export type CambioItem = Esquema<'CambioItem'>;
export type CuerpoConcepto = Esquema<'CuerpoConcepto'>;
export type CuerpoEvento = Esquema<'CuerpoEvento'>;
export type CuerpoAnulacion = Esquema<'CuerpoAnulacion'>;
export type CuerpoConsultaPrevia = Esquema<'CuerpoConsultaPrevia'>;

/** Lo que cada sección de la página necesita: municipio, proceso y cómo volver a cargarlo. */
export interface ContextoRuta {
  codigo: string;
  proceso: Proceso;
  refrescar: () => Promise<void>;
}

/** What the office sends to close a process (adoption or archiving). */
export type CuerpoCierre = Esquema<'CierreProceso'>;
