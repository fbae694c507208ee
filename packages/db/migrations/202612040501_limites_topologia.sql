-- Issue 12, «The wire»: the national map's boundaries as quantized TopoJSON (ADR 0025), built
-- once per boundary import and kept here so a restarted server serves it without rebuilding.
-- Derived reference data like `limites_municipales`: public, written only by platform code.
-- `huella` is the boundaries' fingerprint (count and last import instant): a row whose huella
-- no longer matches the stored boundaries is stale and is rebuilt on the next request.

CREATE TABLE limites_topologia (
  huella text PRIMARY KEY,
  cuerpo text NOT NULL,
  -- The same text compressed with brotli (quality 11), sent to browsers that accept it.
  br bytea NOT NULL,
  creado_en timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE limites_topologia ENABLE ROW LEVEL SECURITY;
ALTER TABLE limites_topologia FORCE ROW LEVEL SECURITY;
CREATE POLICY limites_topologia_lectura ON limites_topologia FOR SELECT USING (true);
CREATE POLICY limites_topologia_escritura ON limites_topologia FOR ALL
  USING (current_setting('app.plataforma', true) = 'on')
  WITH CHECK (current_setting('app.plataforma', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON limites_topologia TO ruta_app;
