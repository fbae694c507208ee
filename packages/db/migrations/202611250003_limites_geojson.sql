-- The national map and the open-data export read the simplified boundary as GeoJSON text stored
-- at import time, so serving them needs no PostGIS function: in embedded mode PostGIS is then
-- loaded only when boundaries are imported (docs/adr/0016-embedded-postgis-on-demand.md), and on
-- PostgreSQL each request skips 1,122 ST_AsGeoJSON calls.
ALTER TABLE limites_municipales ADD COLUMN geojson_simple text;
UPDATE limites_municipales SET geojson_simple = ST_AsGeoJSON(geom_simple, 4)
 WHERE geom_simple IS NOT NULL;
