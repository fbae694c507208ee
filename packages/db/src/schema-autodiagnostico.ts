/**
 * Drizzle mirror of migrations/202611240003_autodiagnostico.sql (the SQL is the source of truth).
 * Kept in its own file so the self-assessment slice does not touch the shared schema module.
 */
import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Risk counts stored with each submission, so the history list needs no re-evaluation. */
export interface ResumenAutodiagnostico {
  alta: number;
  media: number;
  baja: number;
  total: number;
  respondidas: number;
  preguntas: number;
}

/** Append-only history of self-assessment submissions (one row per submission). */
export const autodiagnosticos = pgTable(
  'autodiagnosticos',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    respondidoPor: uuid('respondido_por'),
    respondidoEn: timestamp('respondido_en', { withTimezone: true, mode: 'date' }).notNull(),
    respuestas: jsonb('respuestas').$type<Record<string, string>>().notNull(),
    resumen: jsonb('resumen').$type<ResumenAutodiagnostico>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);
