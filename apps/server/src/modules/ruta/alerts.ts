import { addDays, getProcedure, type IsoDate, processEventKind } from '@ruta-pot/domain';

/** How far ahead a deadline counts as "próximo" (issue 4: what is due in the next 30 days). */
const ALERT_WINDOW_DAYS = 30;

/** Each event's term is answered by a later event; once recorded, the term stops alerting. */
const ANSWERED_BY: Record<string, string> = {
  radicacion_car: 'acta_concertacion',
  radicacion_ctp: 'concepto_ctp',
  concepto_ctp: 'radicacion_concejo',
  radicacion_concejo: 'decision_concejo',
};

export interface Alert {
  titulo: string;
  venceEl: string;
  diasRestantes: number;
  itemId?: string;
  eventoId?: string;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Late and upcoming items and legal terms of a process, soonest first. */
export function buildAlerts(input: {
  items: readonly { id: string; nombre: string; estado: string; venceEl: string | null }[];
  events: readonly {
    id: string;
    tipo: string;
    fecha: string;
    venceEl: string | null;
    tramite: string | null;
  }[];
  today: IsoDate;
}): { proximos: Alert[]; vencidos: Alert[] } {
  const horizon = addDays(input.today, ALERT_WINDOW_DAYS);
  const alerts: Alert[] = [];
  for (const item of input.items) {
    if (!item.venceEl || item.estado === 'aprobado' || item.estado === 'no_aplica') continue;
    alerts.push({
      titulo: item.nombre,
      venceEl: item.venceEl,
      diasRestantes: daysBetween(input.today, item.venceEl),
      itemId: item.id,
    });
  }
  for (const event of input.events) {
    if (!event.venceEl) continue;
    const answer = ANSWERED_BY[event.tipo];
    if (answer && input.events.some((e) => e.tipo === answer && e.fecha >= event.fecha)) continue;
    alerts.push({
      // What is due, not only which term: «Concepto del Consejo Territorial de Planeación».
      titulo:
        processEventKind(event.tipo)?.vence ??
        `Vence el término: ${event.tramite ? (getProcedure(event.tramite)?.name ?? event.tramite) : event.tipo}`,
      venceEl: event.venceEl,
      diasRestantes: daysBetween(input.today, event.venceEl),
      eventoId: event.id,
    });
  }
  alerts.sort((a, b) => a.venceEl.localeCompare(b.venceEl));
  return {
    vencidos: alerts.filter((a) => a.venceEl < input.today),
    proximos: alerts.filter((a) => a.venceEl >= input.today && a.venceEl <= horizon),
  };
}
