-- Preparación de la revisión (issue 16): bank of experiences, information inventory and requests
-- to other entities. Forward-only (docs/adr/0004-database-layer.md).

-- Spanish search text, the same on PostgreSQL and PGlite (see the ADR on Spanish search): accents
-- folded with translate() (no unaccent extension, which PGlite only loads on request and which is
-- not IMMUTABLE), then the singular -ión/-ía endings the Spanish stemmer expects are restored, so
-- "inundacion", "inundación" and "inundaciones" share one lexeme. ñ is a letter, not an accent.
CREATE FUNCTION ruta_texto_busqueda(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT regexp_replace(
           regexp_replace(
             translate(lower(t), 'áéíóúàèìòùäëïöüâêîôû', 'aeiouaeiouaeiouaeiou'),
             'ion\M', 'ión', 'g'),
           'ia(s?)\M', 'ía\1', 'g')
$$;
GRANT EXECUTE ON FUNCTION ruta_texto_busqueda(text) TO ruta_app;

-- Bank of experiences: public once published; a municipality sees its own drafts; advisors and
-- platform administrators curate (the server enforces who may write, RLS who may see).
CREATE TABLE banco_casos (
  id uuid PRIMARY KEY,
  municipality_id text NOT NULL CHECK (municipality_id ~ '^[0-9]{5}$'),
  municipio text NOT NULL,
  codigo_departamento text NOT NULL CHECK (codigo_departamento ~ '^[0-9]{2}$'),
  departamento text NOT NULL,
  tipo_plan text NOT NULL CHECK (tipo_plan IN ('POT', 'PBOT', 'EOT')),
  tipo_revision text NOT NULL CHECK (tipo_revision IN ('adopcion', 'sin_determinar', 'revision_general',
    'revision_mediano_plazo', 'revision_corto_plazo', 'modificacion_excepcional', 'revision_excepcional')),
  anio_inicio integer CHECK (anio_inicio BETWEEN 1990 AND 2100),
  anio_fin integer CHECK (anio_fin BETWEEN 1990 AND 2100),
  costo_cop bigint CHECK (costo_cop > 0 AND costo_cop < 1000000000000),
  anio_costo integer CHECK (anio_costo BETWEEN 1990 AND 2100),
  duracion_meses numeric(5, 1) CHECK (duracion_meses > 0 AND duracion_meses < 240),
  modalidad text CHECK (modalidad IN ('concurso_meritos', 'convenio_interadministrativo', 'otra')),
  resultado text NOT NULL CHECK (resultado IN ('adoptado', 'no_adoptado', 'anulado', 'suspendido')),
  poblacion integer CHECK (poblacion >= 0),
  acto text,
  objeto text NOT NULL DEFAULT '',
  lecciones text NOT NULL DEFAULT '',
  documentos jsonb NOT NULL DEFAULT '[]'::jsonb,
  fuente text NOT NULL,
  clave_importacion text UNIQUE,
  estado text NOT NULL DEFAULT 'borrador' CHECK (estado IN ('borrador', 'publicado')),
  creado_por uuid REFERENCES usuarios (id),
  creado_en timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (anio_fin IS NULL OR anio_inicio IS NULL OR anio_fin >= anio_inicio),
  busqueda tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('spanish', ruta_texto_busqueda(municipio || ' ' || departamento)), 'A') ||
    setweight(to_tsvector('spanish', ruta_texto_busqueda(coalesce(acto, '') || ' ' || objeto)), 'B') ||
    setweight(to_tsvector('spanish', ruta_texto_busqueda(lecciones)), 'C')
  ) STORED
);
CREATE INDEX banco_casos_busqueda_idx ON banco_casos USING gin (busqueda);
CREATE INDEX banco_casos_filtros_idx ON banco_casos (estado, codigo_departamento, tipo_plan, resultado);
CREATE INDEX banco_casos_poblacion_idx ON banco_casos (tipo_plan, poblacion);

ALTER TABLE banco_casos ENABLE ROW LEVEL SECURITY;
ALTER TABLE banco_casos FORCE ROW LEVEL SECURITY;
CREATE POLICY banco_lectura ON banco_casos FOR SELECT
  USING (estado = 'publicado'
         OR municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');
CREATE POLICY banco_alta ON banco_casos FOR INSERT
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');
CREATE POLICY banco_cambio ON banco_casos FOR UPDATE
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

-- Preparation choices of a municipality: revision type, suburban scale option, modality, and
-- whether the current Plan de Desarrollo funds the revision (a user answer).
CREATE TABLE preparaciones (
  municipality_id text PRIMARY KEY REFERENCES municipios (codigo),
  tipo_revision text NOT NULL CHECK (tipo_revision IN ('revision_general', 'revision_mediano_plazo',
    'revision_corto_plazo', 'modificacion_excepcional', 'revision_excepcional')),
  opcion_suburbano text NOT NULL DEFAULT 'suburbano_1_5000'
    CHECK (opcion_suburbano IN ('suburbano_1_5000', 'suburbano_1_25000')),
  modalidad text NOT NULL DEFAULT 'concurso_meritos'
    CHECK (modalidad IN ('concurso_meritos', 'convenio_interadministrativo', 'otra')),
  plan_desarrollo text NOT NULL DEFAULT 'no_sabe' CHECK (plan_desarrollo IN ('si', 'no', 'no_sabe')),
  -- Area stated by the municipality when no boundary is imported (the boundary's area prevails).
  area_km2 double precision CHECK (area_km2 > 0 AND area_km2 < 200000),
  area_fuente text,
  version integer NOT NULL DEFAULT 1,
  actualizado_por uuid REFERENCES usuarios (id),
  actualizado_en timestamptz NOT NULL DEFAULT now()
);

-- Information inventory: the municipality's status per item of the motor normativo's list.
CREATE TABLE inventario_items (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  item_id text NOT NULL CHECK (item_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  estado text NOT NULL CHECK (estado IN ('tiene', 'desactualizado', 'falta', 'sin_revisar')),
  archivo text,
  escala text,
  fecha date,
  notas text,
  version integer NOT NULL DEFAULT 1,
  actualizado_por uuid REFERENCES usuarios (id),
  actualizado_en timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, item_id)
);

-- Requests to other entities (derecho de petición): radicado fixes the due date; the answer closes.
CREATE TABLE solicitudes_entidades (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  item_id text NOT NULL,
  entidad text NOT NULL CHECK (entidad IN ('IGAC', 'CAR', 'SGC', 'IDEAM', 'DANE', 'gobernacion', 'municipio')),
  tipo text NOT NULL CHECK (tipo IN ('entre_autoridades', 'documentos', 'general', 'consulta')),
  estado text NOT NULL CHECK (estado IN ('borrador', 'radicada', 'respondida')),
  radicado text,
  radicada_en date,
  vence_en date,
  respondida_en date,
  respuesta text,
  creado_por uuid REFERENCES usuarios (id),
  creado_en timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  CHECK (estado = 'borrador' OR (radicado IS NOT NULL AND radicada_en IS NOT NULL AND vence_en IS NOT NULL)),
  CHECK (estado <> 'respondida' OR respondida_en IS NOT NULL)
);

ALTER TABLE preparaciones ENABLE ROW LEVEL SECURITY;
ALTER TABLE preparaciones FORCE ROW LEVEL SECURITY;
CREATE POLICY preparaciones_ambito ON preparaciones
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');
ALTER TABLE inventario_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE inventario_items FORCE ROW LEVEL SECURITY;
CREATE POLICY inventario_ambito ON inventario_items
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');
ALTER TABLE solicitudes_entidades ENABLE ROW LEVEL SECURITY;
ALTER TABLE solicitudes_entidades FORCE ROW LEVEL SECURITY;
CREATE POLICY solicitudes_ambito ON solicitudes_entidades
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

GRANT SELECT, INSERT, UPDATE ON banco_casos, preparaciones, inventario_items, solicitudes_entidades TO ruta_app;
