-- Procedure events can be annulled with a reason, and corrected by a new event that replaces the
-- annulled one (issue 12). An event stays a record: its facts are never changed or deleted; only
-- the annulment columns can be set, once, by the application role.
ALTER TABLE eventos_tramite ADD COLUMN anulado_en timestamptz;
ALTER TABLE eventos_tramite ADD COLUMN anulado_por uuid REFERENCES usuarios (id);
ALTER TABLE eventos_tramite ADD COLUMN motivo_anulacion text;
ALTER TABLE eventos_tramite ADD COLUMN reemplaza_a uuid;
ALTER TABLE eventos_tramite ADD CONSTRAINT eventos_anulacion_completa
  CHECK ((anulado_en IS NULL AND anulado_por IS NULL AND motivo_anulacion IS NULL)
      OR (anulado_en IS NOT NULL AND anulado_por IS NOT NULL AND length(trim(motivo_anulacion)) >= 5));

GRANT UPDATE (anulado_en, anulado_por, motivo_anulacion) ON eventos_tramite TO ruta_app;
