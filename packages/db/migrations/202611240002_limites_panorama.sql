-- Panorama nacional (issue: national overview): municipal boundaries keyed by DANE code, imported
-- from a GeoJSON the operator supplies (e.g. DANE MGN). Reference data like `municipios`, not
-- tenant data: public boundaries, readable by everyone, written only by platform importers.

CREATE TABLE limites_municipales (
  codigo text PRIMARY KEY REFERENCES municipios (codigo),
  geom geometry(MultiPolygon, 4326) NOT NULL,
  -- Simplified copy for the national web map (~0.005°, about 550 m): 1,122 municipalities in a
  -- payload a municipal office connection can download. Never used for measurements.
  geom_simple geometry(MultiPolygon, 4326),
  -- Area on EPSG:9377 (MAGNA-SIRGAS 2018 / Origen-Nacional, docs/adr/0005-crs-and-units.md).
  area_km2 double precision NOT NULL CHECK (area_km2 > 0),
  fuente text NOT NULL,
  importado_en timestamptz NOT NULL DEFAULT now(),
  -- Last fence: the importer validates first and names the offending municipality; this check
  -- guarantees an invalid geometry is never stored silently by any other path.
  CONSTRAINT limites_geom_valida CHECK (ST_IsValid(geom))
);
CREATE INDEX limites_municipales_geom_idx ON limites_municipales USING gist (geom);

ALTER TABLE limites_municipales ENABLE ROW LEVEL SECURITY;
ALTER TABLE limites_municipales FORCE ROW LEVEL SECURITY;
CREATE POLICY limites_lectura ON limites_municipales FOR SELECT USING (true);
CREATE POLICY limites_escritura ON limites_municipales FOR ALL
  USING (current_setting('app.plataforma', true) = 'on')
  WITH CHECK (current_setting('app.plataforma', true) = 'on');

GRANT SELECT, INSERT, UPDATE ON limites_municipales TO ruta_app;
