-- Documents under public discussion (issue 13): each upload is a new version of a titled document,
-- never an overwrite; the file lives content-addressed in the file store (its SHA-256 here).
-- Published versions are public; a withdrawn one stays on record. Also the files the participation
-- workspace keeps as evidence (call, acta, photos, signed attendance sheets, CTP concept, Concejo
-- records, CAR acta), with their cleaned display name. Tenant data: RLS as the other tenant tables.

CREATE TABLE participacion_documentos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  titulo text NOT NULL CHECK (length(titulo) BETWEEN 3 AND 300),
  version integer NOT NULL CHECK (version >= 1),
  resumen text NOT NULL DEFAULT '' CHECK (length(resumen) <= 2000),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  nombre_archivo text NOT NULL CHECK (length(nombre_archivo) BETWEEN 1 AND 210),
  tipo text NOT NULL,
  bytes bigint NOT NULL CHECK (bytes > 0),
  publicado_en timestamptz,
  retirado_en timestamptz,
  subido_por uuid REFERENCES usuarios (id),
  creado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, titulo, version)
);

CREATE TABLE participacion_archivos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  -- What the file proves: 'evento:<uuid>', 'ronda:<uuid>', 'ctp', 'concejo:<uuid>'.
  objeto text NOT NULL CHECK (length(objeto) BETWEEN 3 AND 100),
  clase text NOT NULL CHECK (clase IN ('convocatoria', 'acta', 'foto', 'asistencia', 'concepto', 'concejo')),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  nombre_archivo text NOT NULL CHECK (length(nombre_archivo) BETWEEN 1 AND 210),
  tipo text NOT NULL,
  bytes bigint NOT NULL CHECK (bytes > 0),
  -- A scanned signed attendance sheet carries the total typed by the office.
  total integer CHECK (total IS NULL OR (clase = 'asistencia' AND total BETWEEN 1 AND 100000)),
  subido_por uuid REFERENCES usuarios (id),
  subido_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id)
);
CREATE INDEX participacion_archivos_objeto_idx ON participacion_archivos (municipality_id, objeto);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['participacion_documentos', 'participacion_archivos'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')
      WITH CHECK (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')$p$,
      t || '_ambito', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO ruta_app', t);
  END LOOP;
END $$;

-- Actors and strategy lines are removed on request (an actor's contact is personal data, Ley 1581).
GRANT DELETE ON participacion_actores, participacion_estrategia TO ruta_app;
