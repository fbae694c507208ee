-- Teams and accounts (issue 11): accounts can be switched off, citizens sign themselves up,
-- advisors' grants have a start date, municipalities invite their people, citizens follow a
-- municipality. Invitation states mirror INVITATION_LIFECYCLE in packages/domain/src/team.

-- A deactivated account keeps its history (audit, authorship) but opens no session and no link.
ALTER TABLE usuarios ADD COLUMN activo boolean NOT NULL DEFAULT true;
ALTER TABLE usuarios ADD COLUMN desactivado_en timestamptz;
-- Citizens create their own account; it never carries a municipal role.
ALTER TABLE usuarios ADD COLUMN es_ciudadano boolean NOT NULL DEFAULT false;
CREATE INDEX usuarios_busqueda_idx ON usuarios (lower(nombre) text_pattern_ops);

-- Advisors' grants run from a date to a date (membresias.expira_en is the end).
ALTER TABLE membresias ADD COLUMN inicia_en timestamptz;

CREATE TABLE invitaciones (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  id uuid NOT NULL,
  email text NOT NULL CHECK (email = lower(email)),
  rol text NOT NULL CHECK (rol IN ('planeacion','consultor','interventor','consejo_territorial','concejo')),
  token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  invitada_por uuid REFERENCES usuarios (id),
  creada_en timestamptz NOT NULL,
  expira_en timestamptz NOT NULL,
  estado text NOT NULL DEFAULT 'pendiente' CHECK (estado IN ('pendiente', 'aceptada', 'revocada')),
  cerrada_en timestamptz,
  aceptada_por uuid REFERENCES usuarios (id),
  CHECK (expira_en > creada_en),
  PRIMARY KEY (municipality_id, id)
);
CREATE UNIQUE INDEX invitaciones_token_idx ON invitaciones (municipality_id, token_hash);
-- One pending invitation per address and municipality: a second one is a resend.
CREATE UNIQUE INDEX invitaciones_pendiente_idx ON invitaciones (municipality_id, email)
  WHERE estado = 'pendiente';

ALTER TABLE invitaciones ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitaciones FORCE ROW LEVEL SECURITY;
CREATE POLICY invitaciones_ambito ON invitaciones
  USING (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on');

CREATE TABLE seguimientos_ciudadanos (
  municipality_id text NOT NULL REFERENCES municipios (codigo),
  usuario_id uuid NOT NULL REFERENCES usuarios (id) ON DELETE CASCADE,
  desde timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, usuario_id)
);
CREATE INDEX seguimientos_usuario_idx ON seguimientos_ciudadanos (usuario_id);
ALTER TABLE seguimientos_ciudadanos ENABLE ROW LEVEL SECURITY;
ALTER TABLE seguimientos_ciudadanos FORCE ROW LEVEL SECURITY;
-- A citizen sees and changes only their own follows; the municipality sees who follows it.
CREATE POLICY seguimientos_ambito ON seguimientos_ciudadanos
  USING (usuario_id::text = current_setting('app.usuario', true)
         OR municipality_id = current_setting('app.municipio', true)
         OR current_setting('app.plataforma', true) = 'on')
  WITH CHECK (usuario_id::text = current_setting('app.usuario', true)
         AND municipality_id = current_setting('app.municipio', true));

GRANT SELECT, INSERT, UPDATE ON invitaciones TO ruta_app;
GRANT SELECT, INSERT, DELETE ON seguimientos_ciudadanos TO ruta_app;
-- A CAR's jurisdiction is edited when a municipality changes authority (platform context only).
GRANT DELETE ON jurisdicciones_ambientales TO ruta_app;
