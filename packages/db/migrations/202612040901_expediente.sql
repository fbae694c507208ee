-- Expediente municipal (issue 15; Ley 388 art. 112, Decreto 1077 art. 2.2.2.1.2.1.5): the
-- follow-up system (indicators and yearly measurements, sufficiency answers), the programa de
-- ejecución (projects, yearly execution, links to each administration's Plan de Desarrollo), the
-- office's conclusions for the documento de seguimiento y evaluación, and the archivo técnico.
-- Tenant data: municipality_id leads every key; RLS as the other tenant tables (ADR 0009).

CREATE TABLE expediente_indicadores (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id text NOT NULL CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,60}$'),
  nombre text NOT NULL CHECK (length(nombre) BETWEEN 3 AND 200),
  dimension text NOT NULL CHECK (dimension IN ('suficiencia', 'articulacion', 'ejecucion', 'modelo_ocupacion')),
  definicion text NOT NULL DEFAULT '',
  unidad text NOT NULL CHECK (length(unidad) BETWEEN 1 AND 40),
  formula text NOT NULL DEFAULT '',
  fuente text NOT NULL DEFAULT '',
  sentido text NOT NULL CHECK (sentido IN ('aumentar', 'disminuir')),
  automatico text,
  linea_base double precision,
  anio_base integer CHECK (anio_base BETWEEN 1990 AND 2100),
  meta double precision,
  anio_meta integer CHECK (anio_meta BETWEEN 1990 AND 2100),
  actualizado_por uuid REFERENCES usuarios (id),
  actualizado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  CHECK (anio_meta IS NULL OR anio_base IS NULL OR anio_meta > anio_base)
);

-- One value per indicator and year; a correction replaces it and the audit log keeps the old one.
CREATE TABLE expediente_mediciones (
  municipality_id text NOT NULL,
  indicador_id text NOT NULL,
  anio integer NOT NULL CHECK (anio BETWEEN 1990 AND 2100),
  valor double precision NOT NULL,
  evidencia text,
  registrado_por uuid REFERENCES usuarios (id),
  registrado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, indicador_id, anio),
  FOREIGN KEY (municipality_id, indicador_id) REFERENCES expediente_indicadores (municipality_id, id)
);

CREATE TABLE expediente_planes_desarrollo (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  nombre text NOT NULL CHECK (length(nombre) BETWEEN 3 AND 200),
  anio_inicio integer NOT NULL,
  anio_fin integer NOT NULL CHECK (anio_fin >= anio_inicio),
  acto text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, anio_inicio)
);

CREATE TABLE expediente_proyectos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  codigo text NOT NULL CHECK (length(codigo) BETWEEN 1 AND 40),
  nombre text NOT NULL CHECK (length(nombre) BETWEEN 3 AND 300),
  objetivo text,
  plazo text NOT NULL CHECK (plazo IN ('corto', 'mediano', 'largo')),
  anio_inicio integer NOT NULL CHECK (anio_inicio BETWEEN 1990 AND 2100),
  anio_fin integer NOT NULL CHECK (anio_fin BETWEEN 1990 AND 2100),
  costo_cop bigint NOT NULL CHECK (costo_cop >= 0),
  fuente text NOT NULL CHECK (fuente IN ('recursos_propios', 'sgp', 'sgr', 'cofinanciacion', 'plusvalia', 'valorizacion', 'credito', 'otra')),
  entidad_responsable text NOT NULL,
  bpin text,
  actualizado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, codigo),
  CHECK (anio_fin >= anio_inicio)
);

CREATE TABLE expediente_ejecucion (
  municipality_id text NOT NULL,
  proyecto_id uuid NOT NULL,
  anio integer NOT NULL CHECK (anio BETWEEN 1990 AND 2100),
  avance_fisico double precision NOT NULL CHECK (avance_fisico BETWEEN 0 AND 100),
  ejecutado_cop bigint NOT NULL CHECK (ejecutado_cop >= 0),
  PRIMARY KEY (municipality_id, proyecto_id, anio),
  FOREIGN KEY (municipality_id, proyecto_id) REFERENCES expediente_proyectos (municipality_id, id)
);

CREATE TABLE expediente_proyecto_planes (
  municipality_id text NOT NULL,
  proyecto_id uuid NOT NULL,
  plan_desarrollo_id uuid NOT NULL,
  programa text,
  PRIMARY KEY (municipality_id, proyecto_id, plan_desarrollo_id),
  FOREIGN KEY (municipality_id, proyecto_id) REFERENCES expediente_proyectos (municipality_id, id),
  FOREIGN KEY (municipality_id, plan_desarrollo_id) REFERENCES expediente_planes_desarrollo (municipality_id, id)
);

CREATE TABLE expediente_suficiencia (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  contenido_id text NOT NULL,
  respuesta text NOT NULL CHECK (respuesta IN ('contiene', 'parcial', 'no_contiene')),
  nota text,
  actualizado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, contenido_id)
);

-- The office's own words for the DSE of a year, and who receives the yearly report.
CREATE TABLE expediente_conclusiones (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  anio integer NOT NULL CHECK (anio BETWEEN 1990 AND 2100),
  conclusiones text NOT NULL DEFAULT '',
  recomendaciones text NOT NULL DEFAULT '',
  destinatarios text[],
  actualizado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, anio)
);

-- Archivo técnico e histórico: each version is a new row of its series, never overwritten.
CREATE TABLE expediente_documentos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  serie uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  tipo text NOT NULL CHECK (tipo IN ('documento', 'estudio', 'cartografia', 'informe', 'acta', 'otro')),
  titulo text NOT NULL CHECK (length(titulo) BETWEEN 3 AND 300),
  descripcion text NOT NULL DEFAULT '',
  fecha date NOT NULL,
  autor text,
  referencia text,
  registrado_por uuid REFERENCES usuarios (id),
  registrado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, serie, version)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['expediente_indicadores', 'expediente_mediciones', 'expediente_planes_desarrollo',
    'expediente_proyectos', 'expediente_ejecucion', 'expediente_proyecto_planes', 'expediente_suficiencia',
    'expediente_conclusiones', 'expediente_documentos'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')
      WITH CHECK (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')$p$,
      t || '_ambito', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON expediente_indicadores, expediente_mediciones, expediente_planes_desarrollo,
  expediente_proyectos, expediente_ejecucion, expediente_suficiencia, expediente_conclusiones TO ruta_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON expediente_proyecto_planes TO ruta_app;
GRANT SELECT, INSERT ON expediente_documentos TO ruta_app;
