-- Baselines read from the cartography (issue 15): when the office adopts the area a layer of the
-- municipality measures (EPSG:9377 hectares) as an indicator's baseline, the layer it came from
-- (id, name, study, date) is kept next to the value, so the page and the DSE can say «Tomado de la
-- capa …». A baseline the office types clears it. Null for every existing row (typed by hand).
ALTER TABLE expediente_indicadores
  ADD COLUMN linea_base_origen jsonb
  CHECK (linea_base_origen IS NULL OR jsonb_typeof(linea_base_origen) = 'object');
