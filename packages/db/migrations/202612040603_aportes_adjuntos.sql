-- Files a citizen or the office attaches to an aporte (issue 13): stored like evidence, by
-- SHA-256 in the municipality's file store (`archivos`), with the cleaned name the person gave.
-- Tenant data: RLS as the other participation tables (ADR 0009).

CREATE TABLE participacion_adjuntos (
  municipality_id text NOT NULL,
  aporte_id uuid NOT NULL,
  id uuid NOT NULL,
  sha256 text NOT NULL,
  nombre text NOT NULL CHECK (length(nombre) BETWEEN 1 AND 200),
  tipo_mime text NOT NULL,
  bytes bigint NOT NULL CHECK (bytes > 0),
  creado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, aporte_id) REFERENCES participacion_aportes (municipality_id, id),
  FOREIGN KEY (municipality_id, sha256) REFERENCES archivos (municipality_id, sha256)
);
CREATE INDEX participacion_adjuntos_aporte_idx ON participacion_adjuntos (municipality_id, aporte_id);

ALTER TABLE participacion_adjuntos ENABLE ROW LEVEL SECURITY;
ALTER TABLE participacion_adjuntos FORCE ROW LEVEL SECURITY;
CREATE POLICY participacion_adjuntos_ambito ON participacion_adjuntos
  USING (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on');
GRANT SELECT, INSERT ON participacion_adjuntos TO ruta_app;
