-- Files of the archivo técnico e histórico (issue 15): a document version may carry the file
-- itself, stored like La Ruta's evidence (content-addressed in the file store, one `archivos` row
-- per municipality and hash). Each version is its own row, so a new version never loses the old
-- file. Existing rows stay reference-only (null file).
ALTER TABLE expediente_documentos
  ADD COLUMN archivo_sha256 text,
  ADD COLUMN archivo_nombre text CHECK (archivo_nombre IS NULL OR length(archivo_nombre) BETWEEN 1 AND 200),
  ADD CONSTRAINT expediente_documentos_archivo_fk FOREIGN KEY (municipality_id, archivo_sha256)
    REFERENCES archivos (municipality_id, sha256),
  ADD CONSTRAINT expediente_documentos_archivo_completo
    CHECK ((archivo_sha256 IS NULL) = (archivo_nombre IS NULL));
