-- Cartography of the POT (issue 14; legal-rules §4.4 and §7): the municipality's layers
-- (land classification, hazard, risk, parcels, …) imported from GeoJSON, zipped Shapefile,
-- GeoPackage or FlatGeobuf. Each layer keeps the CRS it came in, its profile (`tipo`, the ids of
-- packages/domain/src/cartography/profiles.ts) and its metadata; its features are stored in
-- EPSG:9377 (MAGNA-SIRGAS 2018 / Origen-Nacional, docs/adr/0005-crs-and-units.md) with their
-- category normalised by the profile. Tenant data: RLS as the other tenant tables (ADR 0009).

CREATE TABLE capas (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  nombre text NOT NULL CHECK (length(nombre) BETWEEN 1 AND 200),
  tipo text NOT NULL CHECK (tipo IN ('clasificacion_suelo', 'amenaza_movimientos_masa',
    'amenaza_inundacion', 'amenaza_avenidas_torrenciales', 'riesgo', 'perimetro_urbano',
    'predios', 'areas_protegidas', 'tratamientos', 'otra')),
  crs_origen integer NOT NULL CHECK (crs_origen IN (4326, 4686, 3114, 3115, 3116, 3117, 3118, 9377)),
  formato text NOT NULL CHECK (formato IN ('geojson', 'shapefile', 'geopackage', 'flatgeobuf')),
  -- The attribute the categories were read from (null when the layer has none).
  campo_categoria text,
  -- { entidad, estudio, escala (denominator, e.g. 5000), fecha, autor }.
  metadatos jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadatos) = 'object'),
  publica boolean NOT NULL DEFAULT false,
  entidades integer NOT NULL CHECK (entidades >= 0),
  -- Total area in hectares, measured in EPSG:9377 (null until measured; 0 for points and lines).
  area_ha double precision CHECK (area_ha IS NULL OR area_ha >= 0),
  creado_en timestamptz NOT NULL,
  creado_por uuid REFERENCES usuarios (id),
  PRIMARY KEY (municipality_id, id)
);
CREATE INDEX capas_tipo_idx ON capas (municipality_id, tipo, creado_en DESC);

CREATE TABLE capa_entidades (
  municipality_id text NOT NULL,
  capa_id uuid NOT NULL,
  -- 1-based position of the feature in the source file.
  id integer NOT NULL CHECK (id > 0),
  -- Normalised by the profile (alta|media|baja, urbano|expansion|…), else the attribute's text.
  categoria text,
  atributos jsonb NOT NULL DEFAULT '{}'::jsonb,
  geom geometry(Geometry, 9377) NOT NULL,
  PRIMARY KEY (municipality_id, capa_id, id),
  FOREIGN KEY (municipality_id, capa_id) REFERENCES capas (municipality_id, id) ON DELETE CASCADE,
  -- Last fence: the importer reports invalid geometries with their location first.
  CONSTRAINT capa_entidades_geom_valida CHECK (ST_IsValid(geom))
);
CREATE INDEX capa_entidades_geom_idx ON capa_entidades USING gist (geom);
CREATE INDEX capa_entidades_categoria_idx ON capa_entidades (municipality_id, capa_id, categoria);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['capas', 'capa_entidades'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')
      WITH CHECK (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')$p$,
      t || '_ambito', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ruta_app', t);
  END LOOP;
END $$;
