-- Consulta previa (issue 18): whether the plan may directly affect ethnic communities with
-- collective rights is a question each process answers, by name, with its reason; it is never
-- decided silently (Convenio 169 OIT, Ley 21 de 1991).
ALTER TABLE procesos ADD COLUMN consulta_previa text NOT NULL DEFAULT 'sin_determinar'
  CHECK (consulta_previa IN ('sin_determinar', 'no_aplica', 'aplica'));
ALTER TABLE procesos ADD COLUMN consulta_previa_motivo text;
