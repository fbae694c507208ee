/** Drizzle mirror of migrations/202612040101_equipos.sql (the SQL is the source of truth). */
import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

import { timestamptz } from './schema';

/** Invitations to a municipality's team, pending until accepted or revoked. */
export const invitaciones = pgTable(
  'invitaciones',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    email: text('email').notNull(),
    rol: text('rol').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitadaPor: uuid('invitada_por'),
    creadaEn: timestamptz('creada_en').notNull(),
    expiraEn: timestamptz('expira_en').notNull(),
    estado: text('estado').notNull(),
    cerradaEn: timestamptz('cerrada_en'),
    aceptadaPor: uuid('aceptada_por'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

/** Municipalities a citizen follows. */
export const seguimientosCiudadanos = pgTable(
  'seguimientos_ciudadanos',
  {
    municipalityId: text('municipality_id').notNull(),
    usuarioId: uuid('usuario_id').notNull(),
    desde: timestamptz('desde').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.usuarioId] })],
);
