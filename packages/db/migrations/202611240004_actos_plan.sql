-- Historia del plan: each act that adopts, revises or modifies a municipality's plan, and each
-- court decision that suspends or annuls it (with the act that applies meanwhile), so the rules
-- engine computes the plan's status from the acts (issue 4). Append-only: corrections are new
-- acts, so the application role may read and insert, never update or delete. Tenant data: RLS as
-- planes_vigentes.

CREATE TABLE actos_plan (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  tipo text NOT NULL CHECK (tipo IN (
    'adopcion',
    'revision_general',
    'revision_mediano_plazo',
    'revision_corto_plazo',
    'modificacion_excepcional',
    'revision_excepcional',
    'suspension_provisional',
    'nulidad',
    'levantamiento_suspension'
  )),
  instrumento text NOT NULL,
  fecha date NOT NULL,
  emisor text,
  objeto text,
  vigencia_largo_declarada date,
  acto_aplicable text,
  registrado_por uuid REFERENCES usuarios (id),
  registrado_en timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id)
);
-- The history is always read whole and in date order.
CREATE INDEX actos_plan_fecha ON actos_plan (municipality_id, fecha);

ALTER TABLE actos_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE actos_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY actos_plan_ambito ON actos_plan
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

GRANT SELECT, INSERT ON actos_plan TO ruta_app;
