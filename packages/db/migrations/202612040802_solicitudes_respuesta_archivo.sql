-- Requests to other entities (issue 16): the answer's file, stored like an evidence file
-- (content-addressed in the file store, registered in `archivos` so backups carry it).
ALTER TABLE solicitudes_entidades ADD COLUMN respuesta_sha256 text CHECK (respuesta_sha256 ~ '^[0-9a-f]{64}$');
ALTER TABLE solicitudes_entidades ADD COLUMN respuesta_archivo text;
ALTER TABLE solicitudes_entidades ADD CONSTRAINT solicitudes_respuesta_archivo_completo
  CHECK ((respuesta_sha256 IS NULL) = (respuesta_archivo IS NULL));
