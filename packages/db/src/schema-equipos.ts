/** Drizzle mirror of migrations/202612040101_equipos.sql and 202612040102_datos_personales.sql (the SQL is the source of truth). */
import { date, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

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

/** The treatment-policy version each person accepted, and its withdrawal (Ley 1581 de 2012). */
export const autorizacionesDatos = pgTable(
  'autorizaciones_datos',
  {
    usuarioId: uuid('usuario_id').notNull(),
    version: text('version').notNull(),
    aceptadaEn: timestamptz('aceptada_en').notNull(),
    revocadaEn: timestamptz('revocada_en'),
  },
  (t) => [primaryKey({ columns: [t.usuarioId, t.version] })],
);

/** Requests to see, correct or delete one's data, with their legal due date. */
export const solicitudesDatos = pgTable('solicitudes_datos', {
  id: uuid('id').primaryKey(),
  usuarioId: uuid('usuario_id').notNull(),
  tipo: text('tipo').notNull(),
  detalle: text('detalle').notNull(),
  recibidaEl: date('recibida_el', { mode: 'string' }).notNull(),
  venceEl: date('vence_el', { mode: 'string' }).notNull(),
  estado: text('estado').notNull(),
  creadaEn: timestamptz('creada_en').notNull(),
});
