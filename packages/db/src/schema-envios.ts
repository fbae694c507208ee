/**
 * Drizzle mirror of migrations/202611250001_envios_resumen.sql (the SQL is the source of truth).
 * Kept in its own file so the e-mail digest does not touch the shared schema module.
 */
import { date, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

import { timestamptz } from './schema';

/** Daily digests the SMTP server accepted: one per user and Colombian calendar date. */
export const enviosResumen = pgTable(
  'envios_resumen',
  {
    usuarioId: uuid('usuario_id').notNull(),
    fecha: date('fecha', { mode: 'string' }).notNull(),
    destinatario: text('destinatario').notNull(),
    avisos: integer('avisos').notNull(),
    idMensaje: text('id_mensaje'),
    enviadoEn: timestamptz('enviado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.usuarioId, t.fecha] })],
);
