-- Base schema: PostGIS, the national CRS, the application role, reference catalogue, accounts,
-- tenant tables with row-level security, and the append-only hash-chained audit log.
-- Forward-only: never edit after merge (docs/adr/0004-database-layer.md).

CREATE EXTENSION IF NOT EXISTS postgis;

-- EPSG:9377 (MAGNA-SIRGAS 2018 / Origen-Nacional) is missing from PostGIS' spatial_ref_sys in the
-- versions we ship; IGAC Resolución 471 de 2020 makes it the official projected CRS (ADR 0005).
INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text)
SELECT 9377, 'EPSG', 9377,
  'PROJCS["MAGNA-SIRGAS 2018 / Origen-Nacional",GEOGCS["MAGNA-SIRGAS 2018",DATUM["Marco_Geocentrico_Nacional_de_Referencia_2018",SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",4],PARAMETER["central_meridian",-73],PARAMETER["scale_factor",0.9992],PARAMETER["false_easting",5000000],PARAMETER["false_northing",2000000],UNIT["metre",1],AUTHORITY["EPSG","9377"]]',
  '+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992 +x_0=5000000 +y_0=2000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs'
WHERE NOT EXISTS (SELECT 1 FROM spatial_ref_sys WHERE srid = 9377);

-- The application never runs as a superuser: row-level security does not apply to superusers or
-- BYPASSRLS roles (docs/adr/0009-tenancy.md). Roles are cluster-wide, hence IF NOT EXISTS.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ruta_app') THEN
    CREATE ROLE ruta_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

-- Reference catalogue (not tenant data; a Citus reference table later).
CREATE TABLE municipios (
  codigo text PRIMARY KEY CHECK (codigo ~ '^[0-9]{5}$'),
  nombre text NOT NULL,
  codigo_departamento text NOT NULL CHECK (codigo_departamento ~ '^[0-9]{2}$'),
  departamento text NOT NULL,
  tipo text,
  latitud double precision,
  longitud double precision,
  actualizado_en timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX municipios_departamento_idx ON municipios (codigo_departamento);

CREATE TABLE poblacion_municipal (
  codigo text NOT NULL REFERENCES municipios (codigo),
  anio integer NOT NULL CHECK (anio BETWEEN 1985 AND 2100),
  poblacion integer NOT NULL CHECK (poblacion >= 0),
  hombres integer,
  mujeres integer,
  fuente text NOT NULL,
  PRIMARY KEY (codigo, anio)
);

CREATE TABLE autoridades_ambientales (
  id text PRIMARY KEY,
  sigla text NOT NULL,
  nombre text NOT NULL
);

-- Accounts are platform-wide; what a user may do is decided per municipality by membresias.
CREATE TABLE usuarios (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  nombre text NOT NULL,
  hash_contrasena text NOT NULL,
  es_administrador boolean NOT NULL DEFAULT false,
  autoridad_ambiental_id text REFERENCES autoridades_ambientales (id),
  creado_en timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sesiones (
  token_hash text PRIMARY KEY,
  usuario_id uuid NOT NULL REFERENCES usuarios (id) ON DELETE CASCADE,
  creada_en timestamptz NOT NULL,
  expira_en timestamptz NOT NULL
);
CREATE INDEX sesiones_usuario_idx ON sesiones (usuario_id);

-- Tenant tables: municipality_id leads every key so Citus can distribute by it (ADR 0009).
CREATE TABLE membresias (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  usuario_id uuid NOT NULL REFERENCES usuarios (id) ON DELETE CASCADE,
  rol text NOT NULL CHECK (rol IN ('alcaldia','planeacion','consultor','interventor','consejo_territorial','concejo','asesor','ciudadano')),
  otorgada_por uuid REFERENCES usuarios (id),
  expira_en timestamptz,
  creada_en timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, usuario_id, rol)
);
CREATE INDEX membresias_usuario_idx ON membresias (usuario_id);

-- A CAR's jurisdiction covers several municipalities; its reviewers act in all of them.
CREATE TABLE jurisdicciones_ambientales (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  autoridad_id text NOT NULL REFERENCES autoridades_ambientales (id),
  PRIMARY KEY (municipality_id, autoridad_id)
);

CREATE TABLE planes_vigentes (
  municipality_id text PRIMARY KEY REFERENCES municipios (codigo),
  instrumento text NOT NULL,
  adopcion date NOT NULL,
  revision_general date,
  vigencia_largo_declarada date,
  version integer NOT NULL DEFAULT 1,
  actualizado_por uuid REFERENCES usuarios (id),
  actualizado_en timestamptz NOT NULL DEFAULT now(),
  CHECK (revision_general IS NULL OR revision_general >= adopcion)
);

-- Audit log: append-only and hash-chained per scope. Scope '00000' is the platform itself
-- (imports, accounts); no DANE code is 00000.
CREATE TABLE auditoria (
  municipality_id text NOT NULL CHECK (municipality_id ~ '^[0-9]{5}$'),
  secuencia bigint NOT NULL CHECK (secuencia > 0),
  ocurrido_en timestamptz NOT NULL,
  actor_id uuid,
  actor text NOT NULL,
  accion text NOT NULL,
  objeto text NOT NULL,
  detalle jsonb NOT NULL DEFAULT '{}'::jsonb,
  hash_anterior text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (municipality_id, secuencia)
);

-- The chain head per scope: appends lock this row, and a truncated tail is detectable.
CREATE TABLE auditoria_cabezas (
  municipality_id text PRIMARY KEY,
  ultima_secuencia bigint NOT NULL,
  ultimo_hash text NOT NULL
);

CREATE FUNCTION auditoria_inmutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'La bitácora de auditoría es de solo anexión: no se puede modificar ni borrar.';
END $$;
CREATE TRIGGER auditoria_sin_cambios BEFORE UPDATE OR DELETE ON auditoria
  FOR EACH ROW EXECUTE FUNCTION auditoria_inmutable();
CREATE TRIGGER auditoria_sin_truncar BEFORE TRUNCATE ON auditoria
  FOR EACH STATEMENT EXECUTE FUNCTION auditoria_inmutable();

-- Row-level security. The request context is set per transaction with set_config(..., true):
--   app.municipio  (DANE code being acted on), app.usuario (uuid), app.plataforma ('on' for operators).
ALTER TABLE municipios ENABLE ROW LEVEL SECURITY;
ALTER TABLE municipios FORCE ROW LEVEL SECURITY;
CREATE POLICY municipios_lectura ON municipios FOR SELECT USING (true);
CREATE POLICY municipios_escritura ON municipios FOR ALL
  USING (current_setting('app.plataforma', true) = 'on')
  WITH CHECK (current_setting('app.plataforma', true) = 'on');

ALTER TABLE poblacion_municipal ENABLE ROW LEVEL SECURITY;
ALTER TABLE poblacion_municipal FORCE ROW LEVEL SECURITY;
CREATE POLICY poblacion_lectura ON poblacion_municipal FOR SELECT USING (true);
CREATE POLICY poblacion_escritura ON poblacion_municipal FOR ALL
  USING (current_setting('app.plataforma', true) = 'on')
  WITH CHECK (current_setting('app.plataforma', true) = 'on');

ALTER TABLE membresias ENABLE ROW LEVEL SECURITY;
ALTER TABLE membresias FORCE ROW LEVEL SECURITY;
CREATE POLICY membresias_ambito ON membresias
  USING (municipality_id = current_setting('app.municipio', true)
         OR usuario_id::text = current_setting('app.usuario', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

ALTER TABLE jurisdicciones_ambientales ENABLE ROW LEVEL SECURITY;
ALTER TABLE jurisdicciones_ambientales FORCE ROW LEVEL SECURITY;
CREATE POLICY jurisdicciones_lectura ON jurisdicciones_ambientales FOR SELECT USING (true);
CREATE POLICY jurisdicciones_escritura ON jurisdicciones_ambientales FOR ALL
  USING (current_setting('app.plataforma', true) = 'on')
  WITH CHECK (current_setting('app.plataforma', true) = 'on');

ALTER TABLE planes_vigentes ENABLE ROW LEVEL SECURITY;
ALTER TABLE planes_vigentes FORCE ROW LEVEL SECURITY;
CREATE POLICY planes_ambito ON planes_vigentes
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

ALTER TABLE auditoria ENABLE ROW LEVEL SECURITY;
ALTER TABLE auditoria FORCE ROW LEVEL SECURITY;
CREATE POLICY auditoria_ambito ON auditoria
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

ALTER TABLE auditoria_cabezas ENABLE ROW LEVEL SECURITY;
ALTER TABLE auditoria_cabezas FORCE ROW LEVEL SECURITY;
CREATE POLICY cabezas_ambito ON auditoria_cabezas
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

GRANT USAGE ON SCHEMA public TO ruta_app;
GRANT SELECT ON spatial_ref_sys TO ruta_app;
GRANT SELECT, INSERT, UPDATE ON municipios, poblacion_municipal, autoridades_ambientales, jurisdicciones_ambientales TO ruta_app;
GRANT SELECT, INSERT, UPDATE ON usuarios TO ruta_app;
GRANT SELECT, INSERT, DELETE ON sesiones TO ruta_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON membresias, planes_vigentes TO ruta_app;
GRANT SELECT, INSERT ON auditoria TO ruta_app;
GRANT SELECT, INSERT, UPDATE ON auditoria_cabezas TO ruta_app;
