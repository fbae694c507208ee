-- Daily digest by e-mail (docs/adr/0015-email-digest.md): one row per user and Colombian calendar
-- date whose digest the SMTP server accepted. The scheduler and `ruta-pot avisos enviar` read it
-- so each user gets one digest a day; a failed send writes nothing, so the next run retries it.
-- Per user, not tenant data: one digest spans every municipality where the user holds a role, so
-- the table has no municipality_id and no row-level security, like usuarios and sesiones
-- (ADR 0009); only service code reaches it. Append-only: the application role reads and inserts.

CREATE TABLE envios_resumen (
  usuario_id uuid NOT NULL REFERENCES usuarios (id) ON DELETE CASCADE,
  fecha date NOT NULL,
  destinatario text NOT NULL,
  avisos integer NOT NULL CHECK (avisos > 0),
  id_mensaje text,
  enviado_en timestamptz NOT NULL,
  PRIMARY KEY (usuario_id, fecha)
);

GRANT SELECT, INSERT ON envios_resumen TO ruta_app;
