-- Saved suelo × amenaza analyses (issue 14): the overlay of a land-classification layer and a
-- hazard layer of the municipality, kept as computed (`resultado`, the API's shape) so its report
-- can be issued again later with the same figures. Tenant data: RLS as the other tenant tables.

CREATE TABLE capas_analisis (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  suelo_id uuid NOT NULL,
  amenaza_id uuid NOT NULL,
  resultado jsonb NOT NULL CHECK (jsonb_typeof(resultado) = 'object'),
  creado_en timestamptz NOT NULL,
  creado_por uuid REFERENCES usuarios (id),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, suelo_id) REFERENCES capas (municipality_id, id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, amenaza_id) REFERENCES capas (municipality_id, id) ON DELETE CASCADE
);
CREATE INDEX capas_analisis_creado_idx ON capas_analisis (municipality_id, creado_en DESC);

ALTER TABLE capas_analisis ENABLE ROW LEVEL SECURITY;
ALTER TABLE capas_analisis FORCE ROW LEVEL SECURITY;
CREATE POLICY capas_analisis_ambito ON capas_analisis
  USING (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on');
GRANT SELECT, INSERT, UPDATE, DELETE ON capas_analisis TO ruta_app;
