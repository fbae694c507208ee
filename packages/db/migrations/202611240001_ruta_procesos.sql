-- La Ruta (issue 4): revision processes, their checklists, evidence files, supervisor verdicts
-- and procedure events with legal deadlines. Every table is tenant data keyed by municipality_id.

CREATE TABLE procesos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  tipo_revision text NOT NULL,
  tipo_plan text NOT NULL CHECK (tipo_plan IN ('POT', 'PBOT', 'EOT')),
  estado text NOT NULL DEFAULT 'en_curso' CHECK (estado IN ('en_curso', 'radicado_concejo', 'adoptado', 'archivado')),
  etapa_actual text NOT NULL,
  fecha_base date NOT NULL,
  iniciado_en timestamptz NOT NULL,
  iniciado_por uuid REFERENCES usuarios (id),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id)
);
-- One process in course per municipality: a second "Iniciar revisión" is a conflict, not a copy.
CREATE UNIQUE INDEX procesos_uno_en_curso ON procesos (municipality_id) WHERE estado = 'en_curso';

CREATE TABLE items_proceso (
  municipality_id text NOT NULL,
  proceso_id uuid NOT NULL,
  id text NOT NULL,
  etapa text NOT NULL,
  orden integer NOT NULL,
  nombre text NOT NULL,
  descripcion text NOT NULL,
  requerido boolean NOT NULL,
  condicion text,
  escalas jsonb NOT NULL DEFAULT '[]'::jsonb,
  citas jsonb NOT NULL DEFAULT '[]'::jsonb,
  responsable_id uuid REFERENCES usuarios (id),
  responsable_rol text,
  vence_el date,
  estado text NOT NULL DEFAULT 'pendiente' CHECK (estado IN ('pendiente', 'en_curso', 'en_revision', 'aprobado', 'no_aplica')),
  motivo_no_aplica text,
  version integer NOT NULL DEFAULT 1,
  actualizado_en timestamptz NOT NULL DEFAULT now(),
  actualizado_por uuid REFERENCES usuarios (id),
  PRIMARY KEY (municipality_id, proceso_id, id),
  FOREIGN KEY (municipality_id, proceso_id) REFERENCES procesos (municipality_id, id),
  CHECK (estado <> 'no_aplica' OR length(coalesce(motivo_no_aplica, '')) > 0)
);

-- Content-addressed files: the bytes live on disk under their SHA-256 and are never overwritten.
CREATE TABLE archivos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bigint NOT NULL CHECK (bytes > 0),
  tipo_mime text NOT NULL,
  creado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, sha256)
);

CREATE TABLE evidencias (
  municipality_id text NOT NULL,
  id uuid NOT NULL,
  proceso_id uuid NOT NULL,
  item_id text NOT NULL,
  version integer NOT NULL,
  nombre_archivo text NOT NULL,
  sha256 text NOT NULL,
  subido_por uuid NOT NULL REFERENCES usuarios (id),
  subido_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, proceso_id, item_id, version),
  FOREIGN KEY (municipality_id, proceso_id, item_id) REFERENCES items_proceso (municipality_id, proceso_id, id),
  FOREIGN KEY (municipality_id, sha256) REFERENCES archivos (municipality_id, sha256)
);

-- The supervisor's verdict on a product: quality, sufficiency and pertinence (seed: "etapa preliminar").
CREATE TABLE conceptos_revision (
  municipality_id text NOT NULL,
  id uuid NOT NULL,
  proceso_id uuid NOT NULL,
  item_id text NOT NULL,
  revisor_id uuid NOT NULL REFERENCES usuarios (id),
  calidad text NOT NULL CHECK (calidad IN ('cumple', 'cumple_parcialmente', 'no_cumple')),
  suficiencia text NOT NULL CHECK (suficiencia IN ('cumple', 'cumple_parcialmente', 'no_cumple')),
  pertinencia text NOT NULL CHECK (pertinencia IN ('cumple', 'cumple_parcialmente', 'no_cumple')),
  comentarios text NOT NULL,
  decision text NOT NULL CHECK (decision IN ('aprobado', 'devuelto')),
  emitido_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, proceso_id, item_id) REFERENCES items_proceso (municipality_id, proceso_id, id)
);

-- Procedure events (radicación ante la CAR, concepto del CTP, cabildo abierto…) and the legal
-- deadline each one starts, computed by the motor normativo when recorded.
CREATE TABLE eventos_tramite (
  municipality_id text NOT NULL,
  id uuid NOT NULL,
  proceso_id uuid NOT NULL,
  tipo text NOT NULL,
  fecha date NOT NULL,
  tramite text,
  vence_el date,
  tipo_dias text CHECK (tipo_dias IN ('habiles', 'calendario')),
  citas jsonb NOT NULL DEFAULT '[]'::jsonb,
  nota text,
  evidencia_id uuid,
  registrado_por uuid NOT NULL REFERENCES usuarios (id),
  registrado_en timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, proceso_id) REFERENCES procesos (municipality_id, id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['procesos', 'items_proceso', 'archivos', 'evidencias', 'conceptos_revision', 'eventos_tramite'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')
      WITH CHECK (municipality_id = current_setting('app.municipio', true) OR current_setting('app.plataforma', true) = 'on')$p$,
      t || '_ambito', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON procesos, items_proceso TO ruta_app;
-- Evidence, files, verdicts and events are records: inserted, never changed or deleted by the app.
GRANT SELECT, INSERT ON archivos, evidencias, conceptos_revision, eventos_tramite TO ruta_app;
