/**
 * Drizzle mirror of migrations/202611240004_actos_plan.sql (the SQL is the source of truth).
 * Kept in its own file so the plan-history slice does not touch the shared schema module.
 */
import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only history of the acts of a municipality's plan (adoption, revisions, court decisions). */
export const actosPlan = pgTable(
  'actos_plan',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    tipo: text('tipo').notNull(),
    instrumento: text('instrumento').notNull(),
    fecha: date('fecha', { mode: 'string' }).notNull(),
    emisor: text('emisor'),
    objeto: text('objeto'),
    vigenciaLargoDeclarada: date('vigencia_largo_declarada', { mode: 'string' }),
    actoAplicable: text('acto_aplicable'),
    registradoPor: uuid('registrado_por'),
    registradoEn: timestamp('registrado_en', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);
