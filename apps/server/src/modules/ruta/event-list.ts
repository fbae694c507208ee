import { eventosTramite, procesos } from '@ruta-pot/db';
import { processEventKind } from '@ruta-pot/domain';
import { and, count, desc, eq, lt, or, type SQL } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import type { Requester } from './process-service';

/** How many events a page carries: `procesos/actual` shows the first page, the list route the rest. */
export const EVENT_PAGE = { default: 50, max: 100 } as const;

type EventRow = typeof eventosTramite.$inferSelect;

/** One procedure event as the API returns it. */
function presentEvent(e: EventRow) {
  const kind = processEventKind(e.tipo);
  return {
    id: e.id,
    tipo: e.tipo,
    etiqueta: kind?.etiqueta ?? e.tipo,
    /** What is due on `venceEl` («Concepto del Consejo Territorial de Planeación»). */
    queVence: kind?.vence ?? null,
    anulado: e.anuladoEn
      ? { en: e.anuladoEn.toISOString(), motivo: e.motivoAnulacion ?? '' }
      : null,
    reemplazaA: e.reemplazaA,
    fecha: e.fecha,
    venceEl: e.venceEl,
    tipoDias: e.tipoDias,
    tramite: e.tramite,
    citas: e.citas,
    nota: e.nota,
  };
}

/** Where a page stops: the last event's date and id (the tiebreak among events of one day). */
interface Cursor {
  fecha: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Opaque to clients: base64url of `fecha|id`. */
function encodeCursor(e: Cursor): string {
  return Buffer.from(`${e.fecha}|${e.id}`, 'utf8').toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  const [fecha = '', id = '', ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !DATE.test(fecha) || !UUID.test(id))
    throw new AppError(
      'entrada_invalida',
      'El cursor «antesDe» no es válido: use el valor «siguiente» de la página anterior.',
    );
  return { fecha, id };
}

/** Newest first: by date, then by id so events of one day keep a total order. */
function newestFirst(a: Pick<EventRow, 'fecha' | 'id'>, b: Pick<EventRow, 'fecha' | 'id'>) {
  if (a.fecha !== b.fecha) return a.fecha < b.fecha ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The first page of a process's events from rows already loaded (newest first), with the total
 * and the cursor for the next page (null when there is none).
 */
export function firstEventPage(events: readonly EventRow[], limit: number = EVENT_PAGE.default) {
  const page = [...events].sort(newestFirst).slice(0, limit);
  const last = page.at(-1);
  return {
    eventos: page.map(presentEvent),
    total: events.length,
    siguiente: events.length > page.length && last ? encodeCursor(last) : null,
  };
}

/** One page of a process's events, newest first, after the cursor (keyset pagination). */
export async function listEvents(
  deps: Deps,
  input: { requester: Requester; procesoId: string; antesDe?: string | undefined; limite: number },
) {
  const { requester } = input;
  const cursor = input.antesDe ? decodeCursor(input.antesDe) : null;
  const limit = Math.min(Math.max(1, input.limite), EVENT_PAGE.max);
  return deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    async (tx) => {
      const [proceso] = await tx
        .select({ id: procesos.id })
        .from(procesos)
        .where(
          and(eq(procesos.municipalityId, requester.codigo), eq(procesos.id, input.procesoId)),
        );
      if (!proceso) throw notFound();
      const scope = and(
        eq(eventosTramite.municipalityId, requester.codigo),
        eq(eventosTramite.procesoId, input.procesoId),
      );
      const after: SQL | undefined = cursor
        ? or(
            lt(eventosTramite.fecha, cursor.fecha),
            and(eq(eventosTramite.fecha, cursor.fecha), lt(eventosTramite.id, cursor.id)),
          )
        : undefined;
      const rows = await tx
        .select()
        .from(eventosTramite)
        .where(after ? and(scope, after) : scope)
        .orderBy(desc(eventosTramite.fecha), desc(eventosTramite.id))
        .limit(limit + 1);
      const [counted] = await tx.select({ n: count() }).from(eventosTramite).where(scope);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        eventos: page.map(presentEvent),
        total: Number(counted?.n ?? 0),
        siguiente: rows.length > limit && last ? encodeCursor(last) : null,
      };
    },
  );
}
