/** Drizzle mirror of migrations/202612040902_enlaces_cuenta.sql (the SQL is the source of truth). */
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';

import { timestamptz } from './schema';

/** One-time links that let a person set the password of their account. */
export const enlacesCuenta = pgTable('enlaces_cuenta', {
  tokenHash: text('token_hash').primaryKey(),
  usuarioId: uuid('usuario_id').notNull(),
  proposito: text('proposito').notNull(),
  creadoEn: timestamptz('creado_en').notNull(),
  expiraEn: timestamptz('expira_en').notNull(),
  usadoEn: timestamptz('usado_en'),
});
