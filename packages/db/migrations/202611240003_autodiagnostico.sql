-- Autodiagnóstico: each submission of the self-assessment questionnaire is kept as a new row, so
-- the municipality can see how its risks evolve. Append-only history: the application role may
-- read and insert, never update or delete. Tenant data: RLS as planes_vigentes.

CREATE TABLE autodiagnosticos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  respondido_por uuid REFERENCES usuarios (id),
  respondido_en timestamptz NOT NULL,
  respuestas jsonb NOT NULL,
  resumen jsonb NOT NULL,
  PRIMARY KEY (municipality_id, id)
);
-- Latest first is the only access path (current answers and the history list).
CREATE INDEX autodiagnosticos_recientes ON autodiagnosticos (municipality_id, respondido_en DESC);

ALTER TABLE autodiagnosticos ENABLE ROW LEVEL SECURITY;
ALTER TABLE autodiagnosticos FORCE ROW LEVEL SECURITY;
CREATE POLICY autodiagnosticos_ambito ON autodiagnosticos
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

GRANT SELECT, INSERT ON autodiagnosticos TO ruta_app;
