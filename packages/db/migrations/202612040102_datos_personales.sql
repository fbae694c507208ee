-- Personal data (issue 18, Ley 1581 de 2012): the version of the treatment policy each person
-- accepted and when, its withdrawal, and the requests to see, correct or delete one's data with
-- their legal due date. Platform data about a person: that person or the platform reads it.

CREATE TABLE autorizaciones_datos (
  usuario_id uuid NOT NULL REFERENCES usuarios (id) ON DELETE CASCADE,
  version text NOT NULL,
  aceptada_en timestamptz NOT NULL,
  revocada_en timestamptz,
  PRIMARY KEY (usuario_id, version)
);

CREATE TABLE solicitudes_datos (
  id uuid PRIMARY KEY,
  usuario_id uuid NOT NULL REFERENCES usuarios (id) ON DELETE CASCADE,
  tipo text NOT NULL CHECK (tipo IN ('consulta', 'rectificacion', 'supresion', 'revocatoria')),
  detalle text NOT NULL DEFAULT '',
  recibida_el date NOT NULL,
  vence_el date NOT NULL,
  estado text NOT NULL DEFAULT 'recibida' CHECK (estado IN ('recibida', 'respondida')),
  creada_en timestamptz NOT NULL
);
CREATE INDEX solicitudes_datos_usuario_idx ON solicitudes_datos (usuario_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['autorizaciones_datos', 'solicitudes_datos'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (usuario_id::text = current_setting('app.usuario', true) OR current_setting('app.plataforma', true) = 'on')
      WITH CHECK (usuario_id::text = current_setting('app.usuario', true) OR current_setting('app.plataforma', true) = 'on')$p$,
      t || '_titular', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON autorizaciones_datos, solicitudes_datos TO ruta_app;
