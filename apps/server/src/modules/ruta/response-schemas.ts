// What La Ruta's routes return, field by field (issue 17): the web's types are generated from these
// named schemas, and each handler's `c.json(value, status)` is checked against them, so a service
// that drops, renames or makes nullable a field no longer compiles until its schema says so.
import { z } from '@hono/zod-openapi';
import {
  type ConsultaPrevia,
  type DayKind,
  ITEM_LIFECYCLE,
  PROCESS_LIFECYCLE,
  RESPONSIBLE_ROLES,
} from '@ruta-pot/domain';

import {
  citationSchema,
  planTypeSchema,
  revisionTypeSchema,
  warningSchema,
} from '../norma/schemas';
import { EVENT_PAGE } from './event-list';
import { VIEW_LIMITS } from './process-view';

/**
 * A column stored as text or jsonb that only ever holds the domain's values (a state, a list of
 * citations). The document, and so the web's types, names the domain's shape; the handlers are
 * checked against the row's looser type `T`, since the row types do not narrow these columns
 * (packages/db). Nothing changes at run time: responses are not validated.
 */
const storedAs = <T>(schema: z.ZodType): z.ZodType<T> => schema as unknown as z.ZodType<T>;

/**
 * A named schema or null. `.nullable()` on a registered schema documents it as `allOf` plus a
 * null type, which the web's type generator reads as never null (or never the schema).
 */
const orNull = <S extends z.ZodType>(schema: S) => z.union([schema, z.null()]);

/** The answers to «¿aplica consulta previa?» (the domain names the type, not the list). */
export const CONSULTA_PREVIA = [
  'sin_determinar',
  'no_aplica',
  'aplica',
] as const satisfies readonly ConsultaPrevia[];
const DAY_KINDS = ['habiles', 'calendario'] as const satisfies readonly DayKind[];
const criterion = z.enum(['cumple', 'cumple_parcialmente', 'no_cumple']);

const isoDate = z.string().openapi({ format: 'date', example: '2026-03-02' });
const isoInstant = z.string().openapi({ format: 'date-time' });
const storedCitations = storedAs<unknown[]>(z.array(citationSchema));
const itemState = storedAs<string>(z.enum(ITEM_LIFECYCLE.states));
const ownerRole = storedAs<string | null>(z.enum(RESPONSIBLE_ROLES).nullable());

/** One version of an evidence file, as the process view lists it. */
export const evidenceSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    nombreArchivo: z.string(),
    sha256: z.string(),
    bytes: z.number().int(),
    tipoMime: z.string(),
    subidoPor: z.string().openapi({ description: 'Nombre de quien la cargó.' }),
    subidoEn: isoInstant,
  })
  .openapi('Evidencia');

/** What the upload returns: the stored version (with the uploader's id, not the name). */
export const uploadedEvidenceSchema = z
  .object({
    municipalityId: z.string(),
    id: z.string(),
    procesoId: z.string(),
    itemId: z.string(),
    version: z.number().int(),
    nombreArchivo: z.string(),
    sha256: z.string(),
    subidoPor: z.string().openapi({ description: 'Identificador de quien la cargó.' }),
    subidoEn: isoInstant,
    bytes: z.number().int(),
    tipoMime: z.string(),
  })
  .openapi('EvidenciaCargada');

/** The supervisor's verdict on a product. */
export const verdictSchema = z
  .object({
    municipalityId: z.string(),
    id: z.string(),
    procesoId: z.string(),
    itemId: z.string(),
    revisorId: z.string(),
    revisor: z.string().openapi({ description: 'Nombre del interventor.' }),
    calidad: storedAs<string>(criterion),
    suficiencia: storedAs<string>(criterion),
    pertinencia: storedAs<string>(criterion),
    comentarios: z.string(),
    decision: storedAs<string>(z.enum(['aprobado', 'devuelto'])),
    emitidoEn: isoInstant,
  })
  .openapi('Concepto');

/** Who the motor normativo suggests owns the item, and why. */
export const suggestedOwnerSchema = z
  .object({
    rol: z.enum(RESPONSIBLE_ROLES),
    rolDirecto: z
      .enum(RESPONSIBLE_ROLES)
      .nullable()
      .openapi({ description: 'Rol si el municipio hace el producto sin consultor.' }),
    base: z.enum(['norma', 'practica']),
    nota: z.string(),
    citas: z.array(citationSchema),
  })
  .openapi('RolSugerido');

/** A checklist item in the process view. */
export const itemSchema = z
  .object({
    id: z.string(),
    etapa: z.string(),
    nombre: z.string(),
    descripcion: z.string(),
    requerido: z.boolean(),
    condicion: z.string().nullable(),
    escalas: z.array(z.string()),
    citas: storedCitations,
    responsable: z.object({ id: z.string(), nombre: z.string() }).nullable(),
    responsableRol: ownerRole,
    responsableTieneRol: z.boolean().nullable().openapi({
      description:
        'null sin persona o sin rol; false si la persona no tiene ese rol en el municipio (se avisa, no se impide).',
    }),
    rolSugerido: orNull(suggestedOwnerSchema),
    venceEl: isoDate.nullable(),
    estado: itemState,
    motivoNoAplica: z.string().nullable(),
    version: z.number().int(),
    evidencias: z
      .array(evidenceSchema)
      .max(VIEW_LIMITS.evidencias)
      .openapi({
        description: `Las ${VIEW_LIMITS.evidencias} versiones más recientes, de la más antigua a la más reciente; «evidenciasTotal» cuenta todas.`,
      }),
    evidenciasTotal: z.number().int(),
    conceptos: z
      .array(verdictSchema)
      .max(VIEW_LIMITS.conceptos)
      .openapi({
        description: `Los ${VIEW_LIMITS.conceptos} conceptos más recientes; «conceptosTotal» cuenta todos.`,
      }),
    conceptosTotal: z.number().int(),
  })
  .openapi('Item');

/** The stored item row that PATCH …/items/{itemId} returns. */
export const itemRowSchema = z
  .object({
    municipalityId: z.string(),
    procesoId: z.string(),
    id: z.string(),
    etapa: z.string(),
    orden: z.number().int(),
    nombre: z.string(),
    descripcion: z.string(),
    requerido: z.boolean(),
    condicion: z.string().nullable(),
    escalas: z.array(z.string()),
    citas: storedCitations,
    responsableId: z.string().nullable(),
    responsableRol: ownerRole,
    venceEl: isoDate.nullable(),
    estado: itemState,
    motivoNoAplica: z.string().nullable(),
    version: z.number().int(),
    actualizadoEn: isoInstant,
    actualizadoPor: z.string().nullable(),
  })
  .openapi('ItemProceso');

export const stageSchema = z
  .object({
    id: z.string(),
    nombre: z.string(),
    items: z.array(itemSchema),
    progreso: z.object({
      total: z.number().int(),
      aprobados: z.number().int(),
      noAplica: z.number().int(),
      enCurso: z.number().int(),
    }),
  })
  .openapi('Etapa');

/** One procedure event as the process view and the event pages list it. */
export const eventSchema = z
  .object({
    id: z.string(),
    tipo: z.string(),
    etiqueta: z.string(),
    queVence: z.string().nullable().openapi({
      description: 'Lo que vence en «venceEl» («Concepto del Consejo Territorial de Planeación»).',
    }),
    anulado: z.object({ en: isoInstant, motivo: z.string() }).nullable(),
    reemplazaA: z.string().nullable(),
    fecha: isoDate,
    venceEl: isoDate.nullable(),
    tipoDias: storedAs<string | null>(z.enum(DAY_KINDS).nullable()),
    tramite: z.string().nullable(),
    citas: storedCitations,
    nota: z.string().nullable(),
  })
  .openapi('EventoTramite');

/** A problem with the order of events the law sets, reported when one is recorded. */
export const eventOrderProblemSchema = z
  .object({
    nivel: z.enum(['bloquea', 'advierte']),
    mensaje: z.string(),
    citas: z.array(citationSchema),
  })
  .openapi('ProblemaOrdenEvento');

/** The event just recorded (POST …/eventos, or the correction of an annulled one). */
export const recordedEventSchema = z
  .object({
    municipalityId: z.string(),
    id: z.string(),
    procesoId: z.string(),
    tipo: z.string(),
    etiqueta: z.string(),
    queVence: z.string().nullable(),
    fecha: isoDate,
    tramite: z.string().nullable(),
    venceEl: isoDate.nullable(),
    tipoDias: z.enum(DAY_KINDS).nullable(),
    citas: z.array(citationSchema),
    nota: z.string().nullable(),
    registradoPor: z.string(),
    registradoEn: isoInstant,
    reemplazaA: z.string().nullable(),
    advertencias: z.array(eventOrderProblemSchema).openapi({
      description: 'Lo que el orden legal dice del evento (se registra de todos modos).',
    }),
  })
  .openapi('EventoRegistrado');

export const annulmentSchema = z
  .object({ corregido: orNull(recordedEventSchema) })
  .openapi('AnulacionEvento');

export const eventPageSchema = z
  .object({
    eventos: z
      .array(eventSchema)
      .max(EVENT_PAGE.max)
      .openapi({
        description: `Del más reciente al más antiguo (por fecha y luego id); a lo sumo ${EVENT_PAGE.max}.`,
      }),
    total: z.number().int().openapi({ description: 'Eventos del proceso en total.' }),
    siguiente: z.string().nullable().openapi({
      description: 'Cursor de la página siguiente (eventos más antiguos); null si no hay más.',
    }),
  })
  .openapi('PaginaEventos');

export const deadlineAlertSchema = z
  .object({
    titulo: z.string(),
    venceEl: isoDate,
    diasRestantes: z.number().int(),
    itemId: z.string().optional(),
    eventoId: z.string().optional(),
  })
  .openapi('AlertaPlazo');

export const missingRequirementSchema = z
  .object({
    requisito: z.string(),
    mensaje: z.string(),
    citas: z.array(citationSchema),
  })
  .openapi('Faltante');

export const participantSchema = z
  .object({
    usuarioId: z.string(),
    nombre: z.string(),
    rol: z.string(),
    rolEtiqueta: z.string(),
  })
  .openapi('Participante');

export const permissionsSchema = z
  .object({
    editarItems: z.boolean(),
    aprobar: z.boolean(),
    subirEvidencia: z.boolean(),
    emitirConcepto: z.boolean(),
    registrarEventos: z.boolean(),
    radicar: z.boolean(),
  })
  .openapi('Permisos');

/**
 * The process view. Its lists that grow with use are bounded: the newest events (the rest through
 * `…/eventos`), the newest evidence versions and verdicts per item, and the soonest alerts, each
 * with its total.
 */
export const processSchema = z
  .object({
    id: z.string(),
    tipoRevision: z.string(),
    tipoRevisionEtiqueta: z.string(),
    tipoPlan: z.string(),
    estado: storedAs<string>(z.enum(PROCESS_LIFECYCLE.states)),
    etapaActual: z.string(),
    iniciadoEn: isoInstant,
    fechaBase: isoDate,
    version: z.number().int(),
    etapas: z.array(stageSchema).openapi({
      description: `Etapas con sus ítems (acotados por el catálogo legal); por ítem, a lo sumo las ${VIEW_LIMITS.evidencias} versiones de evidencia y los ${VIEW_LIMITS.conceptos} conceptos más recientes, con «evidenciasTotal» y «conceptosTotal».`,
    }),
    eventos: z
      .array(eventSchema)
      .max(EVENT_PAGE.default)
      .openapi({
        description: `Los ${EVENT_PAGE.default} eventos más recientes, del más reciente al más antiguo; los demás en GET …/procesos/{procesoId}/eventos?antesDe=«eventosSiguiente».`,
      }),
    eventosTotal: z.number().int(),
    eventosSiguiente: z.string().nullable().openapi({
      description: 'Cursor para pedir los eventos anteriores; null si «eventos» ya los trae todos.',
    }),
    alertas: z
      .object({
        vencidos: z.array(deadlineAlertSchema).max(VIEW_LIMITS.alertas),
        proximos: z.array(deadlineAlertSchema).max(VIEW_LIMITS.alertas),
        totalVencidos: z.number().int(),
        totalProximos: z.number().int(),
      })
      .openapi({
        description: `A lo sumo ${VIEW_LIMITS.alertas} vencidas y ${VIEW_LIMITS.alertas} próximas (las de plazo más cercano), con los totales.`,
      }),
    consultaPrevia: z
      .object({
        decision: storedAs<string>(z.enum(CONSULTA_PREVIA)),
        motivo: z.string().nullable(),
      })
      .openapi({
        description:
          '«¿Aplica consulta previa?», respondida por el municipio con su fundamento (Convenio 169 OIT).',
      }),
    compuerta: z
      .object({
        ok: z.boolean(),
        faltantes: z.array(missingRequirementSchema),
        advertencias: z.array(warningSchema),
      })
      .openapi({ description: 'Si el proyecto puede radicarse ante el Concejo, y qué falta.' }),
    participantes: z.array(participantSchema),
    permisos: permissionsSchema,
  })
  .openapi('Proceso');

/** What «Iniciar revisión» proposes today. */
export const proposalSchema = z
  .object({
    fecha: isoDate,
    tipoPlan: orNull(planTypeSchema),
    propuesta: z.string().nullable(),
    tiposRevision: z.array(revisionTypeSchema),
    plan: z
      .object({
        instrumento: z.string(),
        adopcion: isoDate,
        revisionGeneral: isoDate.optional(),
        vigenciasDeclaradas: z.object({ longTermEnd: isoDate.optional() }).optional(),
        version: z.number().int(),
      })
      .nullable()
      .openapi({ description: 'El plan vigente; null si el municipio aún no lo registra.' }),
  })
  .openapi('Propuesta');

/** The municipal dashboard: plan status, the process's stage and progress, deadlines and risks. */
export const dashboardSchema = z
  .object({
    municipio: z.object({ codigo: z.string(), nombre: z.string(), departamento: z.string() }),
    fecha: isoDate,
    plan: z.object({
      estado: z.enum(['vigente', 'vencido', 'sin_plan']),
      explicacion: z.string(),
      tipoPlan: z.enum(['POT', 'PBOT', 'EOT']).nullable(),
      vigenciaLargoPlazo: isoDate.nullable(),
      citas: z.array(citationSchema),
    }),
    proceso: orNull(
      z.object({
        id: z.string(),
        tipoRevisionEtiqueta: z.string(),
        estado: storedAs<string>(z.enum(PROCESS_LIFECYCLE.states)),
        etapaActual: z.string(),
        etapaActualNombre: z.string(),
        progresoPorEtapa: z.array(
          z.object({
            etapa: z.string(),
            nombre: z.string(),
            total: z.number().int(),
            hechos: z.number().int(),
          }),
        ),
        devueltos: z
          .array(z.object({ id: z.string(), nombre: z.string(), etapa: z.string() }))
          .openapi({ description: 'Ítems devueltos para ajustes por el interventor.' }),
        vencidos: z.array(deadlineAlertSchema).max(VIEW_LIMITS.alertas),
        totalVencidos: z.number().int(),
        totalProximos: z.number().int(),
        proximos: z.array(deadlineAlertSchema).max(VIEW_LIMITS.alertas),
      }),
    ),
    riesgos: z.array(
      z.object({
        titulo: z.string(),
        severidad: z.enum(['alta', 'media', 'baja']),
        etapa: z.string(),
      }),
    ),
  })
  .openapi('Tablero');
