-- The aportes register at scale (issue 13, bench «participacion»: 10,000 aportes in one
-- municipality). Two costs of every page are moved to write time:
-- 1. The count per state shown above the register was a scan of every aporte; a trigger keeps
--    it in participacion_aportes_conteo (a handful of rows per municipality).
-- 2. The text search was ILIKE over every candidate row; a generated tsvector with a GIN index
--    searches Spanish words ignoring accents and endings, the same on both engines (ADR 0020).

CREATE TABLE participacion_aportes_conteo (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  estado text NOT NULL,
  n integer NOT NULL CHECK (n >= 0),
  PRIMARY KEY (municipality_id, estado)
);

CREATE FUNCTION participacion_aportes_contar() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE participacion_aportes_conteo SET n = n - 1
      WHERE municipality_id = OLD.municipality_id AND estado = OLD.estado;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO participacion_aportes_conteo (municipality_id, estado, n)
      VALUES (NEW.municipality_id, NEW.estado, 1)
      ON CONFLICT (municipality_id, estado) DO UPDATE SET n = participacion_aportes_conteo.n + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER participacion_aportes_conteo_trg
  AFTER INSERT OR DELETE OR UPDATE OF estado ON participacion_aportes
  FOR EACH ROW EXECUTE FUNCTION participacion_aportes_contar();

INSERT INTO participacion_aportes_conteo (municipality_id, estado, n)
  SELECT municipality_id, estado, count(*)::int FROM participacion_aportes GROUP BY 1, 2;

ALTER TABLE participacion_aportes_conteo ENABLE ROW LEVEL SECURITY;
ALTER TABLE participacion_aportes_conteo FORCE ROW LEVEL SECURITY;
CREATE POLICY participacion_aportes_conteo_ambito ON participacion_aportes_conteo
  USING (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on');
GRANT SELECT, INSERT, UPDATE ON participacion_aportes_conteo TO ruta_app;

ALTER TABLE participacion_aportes ADD COLUMN busqueda tsvector
  GENERATED ALWAYS AS (to_tsvector('spanish', ruta_texto_busqueda(texto || ' ' || coalesce(tema, '')))) STORED;
CREATE INDEX participacion_aportes_busqueda_idx ON participacion_aportes USING gin (busqueda);
