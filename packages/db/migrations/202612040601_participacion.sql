-- Participation, concertation and approval (issue 13; Ley 388 art. 24 and 22, Ley 507 de 1999,
-- Ley 1755 de 2015): actors and strategy, events with attendance, one register of aportes from
-- every origin with optional geometry (EPSG:9377), groups, answers naming what changed, each
-- aporte's timeline, CAR rounds with observations and acta, the CTP concept and the Concejo's
-- records. Personal data (contacts, attendance, authors) lives in columns no public query reads
-- (Ley 1581 de 2012), with the consent text version. States come from the domain lifecycles
-- (APORTE_LIFECYCLE, CAR_ROUND_LIFECYCLE). Tenant data: RLS as the other tenant tables (ADR 0009).

CREATE TABLE participacion_actores (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  tipo text NOT NULL CHECK (tipo IN ('concejal', 'ctp', 'jal', 'jac', 'gremio', 'universidad',
    'comunidad_etnica', 'organizacion_ambiental', 'organizacion_comunitaria', 'entidad', 'otro')),
  nombre text NOT NULL CHECK (length(nombre) BETWEEN 2 AND 200),
  organizacion text,
  contacto text,
  consentimiento_version text,
  consentimiento_en timestamptz,
  creado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  CHECK (contacto IS NULL OR consentimiento_version IS NOT NULL)
);

CREATE TABLE participacion_estrategia (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  etapa text NOT NULL CHECK (etapa IN ('diagnostico', 'formulacion', 'concertacion', 'adopcion', 'seguimiento')),
  que text NOT NULL CHECK (length(que) BETWEEN 3 AND 2000),
  con_quien text NOT NULL CHECK (length(con_quien) BETWEEN 3 AND 1000),
  cuando text NOT NULL CHECK (length(cuando) BETWEEN 3 AND 200),
  PRIMARY KEY (municipality_id, id)
);

CREATE TABLE participacion_eventos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  tipo text NOT NULL CHECK (tipo IN ('taller', 'mesa', 'audiencia_publica', 'exhibicion', 'cabildo_abierto', 'consejo_gobierno', 'otro')),
  titulo text NOT NULL CHECK (length(titulo) BETWEEN 3 AND 300),
  fecha date NOT NULL,
  lugar text NOT NULL DEFAULT '',
  agenda text NOT NULL DEFAULT '',
  convocatoria_publicada_en date,
  convocatoria_evidencia text,
  acta_evidencia text,
  asistentes integer NOT NULL DEFAULT 0 CHECK (asistentes >= 0),
  creado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id)
);
CREATE INDEX participacion_eventos_fecha_idx ON participacion_eventos (municipality_id, fecha);

-- Attendance lists are personal data: never in a public output.
CREATE TABLE participacion_asistencia (
  municipality_id text NOT NULL,
  evento_id uuid NOT NULL,
  id uuid NOT NULL,
  nombre text NOT NULL CHECK (length(nombre) BETWEEN 2 AND 200),
  organizacion text,
  contacto text,
  consentimiento_version text,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, evento_id) REFERENCES participacion_eventos (municipality_id, id)
);

CREATE TABLE participacion_grupos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  codigo text NOT NULL CHECK (codigo ~ '^G-[0-9]{1,6}$'),
  tema text NOT NULL CHECK (length(tema) BETWEEN 2 AND 200),
  creado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, codigo)
);

CREATE TABLE participacion_aportes (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  -- Public pseudonym (A-000123): the matrix and the citizen's link show only this.
  codigo text NOT NULL CHECK (codigo ~ '^A-[0-9]{6}$'),
  origen text NOT NULL CHECK (origen IN ('portal', 'evento', 'ventanilla', 'ctp', 'car')),
  estado text NOT NULL CHECK (estado IN ('por_confirmar', 'recibido', 'clasificado', 'agrupado', 'respondido', 'incorporado', 'descartado')),
  texto text NOT NULL CHECK (length(texto) BETWEEN 10 AND 10000),
  autor_nombre text,
  autor_correo text,
  cuenta_id uuid REFERENCES usuarios (id),
  consentimiento_version text,
  -- SHA-256 of the confirmation and of the follow-up link tokens; never the tokens.
  confirmacion_hash text CHECK (confirmacion_hash ~ '^[0-9a-f]{64}$'),
  seguimiento_hash text CHECK (seguimiento_hash ~ '^[0-9a-f]{64}$'),
  origen_red_hash text CHECK (origen_red_hash ~ '^[0-9a-f]{64}$'),
  tema text,
  etapa text,
  documento text,
  articulo text,
  capa text,
  geom geometry(Geometry, 9377),
  grupo_id uuid,
  evento_id uuid,
  es_peticion boolean NOT NULL DEFAULT false,
  tipo_peticion text CHECK (tipo_peticion IN ('general', 'documentos', 'consulta')),
  radicado text,
  recibido_en date NOT NULL,
  vence_en date,
  creado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, codigo),
  FOREIGN KEY (municipality_id, grupo_id) REFERENCES participacion_grupos (municipality_id, id),
  FOREIGN KEY (municipality_id, evento_id) REFERENCES participacion_eventos (municipality_id, id),
  CHECK (NOT es_peticion OR (tipo_peticion IS NOT NULL AND vence_en IS NOT NULL)),
  CHECK (autor_correo IS NULL OR consentimiento_version IS NOT NULL),
  CONSTRAINT participacion_aportes_geom_valida CHECK (geom IS NULL OR ST_IsValid(geom))
);
CREATE INDEX participacion_aportes_recientes_idx ON participacion_aportes (municipality_id, creado_en DESC, id);
CREATE INDEX participacion_aportes_estado_idx ON participacion_aportes (municipality_id, estado, creado_en DESC);
CREATE INDEX participacion_aportes_tema_idx ON participacion_aportes (municipality_id, tema, creado_en DESC);
CREATE INDEX participacion_aportes_grupo_idx ON participacion_aportes (municipality_id, grupo_id);
CREATE INDEX participacion_aportes_seguimiento_idx ON participacion_aportes (seguimiento_hash);
CREATE INDEX participacion_aportes_geom_idx ON participacion_aportes USING gist (geom);

-- One answer per aporte; an accepted one names the document version and article or map feature.
CREATE TABLE participacion_respuestas (
  municipality_id text NOT NULL,
  aporte_id uuid NOT NULL,
  resultado text NOT NULL CHECK (resultado IN ('aceptado', 'aceptado_parcial', 'no_aceptado', 'no_pertinente')),
  razones text NOT NULL CHECK (length(razones) BETWEEN 20 AND 10000),
  documento_version text,
  articulo text,
  elemento_mapa text,
  respondido_por uuid REFERENCES usuarios (id),
  respondido_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, aporte_id),
  FOREIGN KEY (municipality_id, aporte_id) REFERENCES participacion_aportes (municipality_id, id),
  CHECK (resultado NOT IN ('aceptado', 'aceptado_parcial')
    OR (documento_version IS NOT NULL AND articulo IS NOT NULL) OR elemento_mapa IS NOT NULL)
);

CREATE TABLE participacion_linea_tiempo (
  municipality_id text NOT NULL,
  aporte_id uuid NOT NULL,
  id uuid NOT NULL,
  tipo text NOT NULL CHECK (tipo IN ('presentado', 'confirmado', 'clasificado', 'agrupado', 'desagrupado', 'respondido', 'incorporado', 'descartado')),
  en timestamptz NOT NULL,
  detalle jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, aporte_id) REFERENCES participacion_aportes (municipality_id, id)
);
CREATE INDEX participacion_linea_tiempo_aporte_idx ON participacion_linea_tiempo (municipality_id, aporte_id, en);

CREATE TABLE participacion_rondas_car (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  numero integer NOT NULL CHECK (numero >= 1),
  estado text NOT NULL CHECK (estado IN ('radicada', 'con_observaciones', 'respondida', 'concertada', 'concertada_parcial', 'no_concertada')),
  radicada_en date NOT NULL,
  acta_fecha date,
  acta_evidencia text,
  puntos_desacuerdo text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, numero),
  CHECK (estado NOT IN ('concertada', 'concertada_parcial', 'no_concertada') OR acta_fecha IS NOT NULL)
);

CREATE TABLE participacion_observaciones_car (
  municipality_id text NOT NULL,
  ronda_id uuid NOT NULL,
  id uuid NOT NULL,
  tema text NOT NULL CHECK (tema IN ('determinantes_ambientales', 'riesgo', 'areas_protegidas', 'recurso_hidrico', 'otro')),
  texto text NOT NULL CHECK (length(texto) BETWEEN 10 AND 10000),
  respuesta text,
  registrada_en timestamptz NOT NULL,
  respondida_en timestamptz,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, ronda_id) REFERENCES participacion_rondas_car (municipality_id, id)
);

-- The CTP concept; its recommendations are aportes with origen 'ctp', answered like any other.
CREATE TABLE participacion_concepto_ctp (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  recibido_proyecto_en date NOT NULL,
  concepto_en date,
  concepto text,
  evidencia text,
  PRIMARY KEY (municipality_id)
);

CREATE TABLE participacion_concejo (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  tipo text NOT NULL CHECK (tipo IN ('radicacion', 'cabildo_abierto', 'sesion', 'decision')),
  fecha date NOT NULL,
  descripcion text NOT NULL DEFAULT '',
  decision text CHECK (decision IN ('aprobado', 'negado')),
  evidencia text,
  PRIMARY KEY (municipality_id, id),
  CHECK ((tipo = 'decision') = (decision IS NOT NULL))
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['participacion_actores', 'participacion_estrategia', 'participacion_eventos',
    'participacion_asistencia', 'participacion_grupos', 'participacion_aportes', 'participacion_respuestas',
    'participacion_linea_tiempo', 'participacion_rondas_car', 'participacion_observaciones_car',
    'participacion_concepto_ctp', 'participacion_concejo'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')
      WITH CHECK (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')$p$,
      t || '_ambito', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO ruta_app', t);
  END LOOP;
END $$;
