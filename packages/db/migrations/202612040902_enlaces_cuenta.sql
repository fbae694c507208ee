-- One-time account links (issue 11): a new account sets its password through a link that is
-- stored only as the SHA-256 of its token, expires and works once. Platform data (not tenant
-- data): only platform context may read or write it.

CREATE TABLE enlaces_cuenta (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  usuario_id uuid NOT NULL REFERENCES usuarios (id) ON DELETE CASCADE,
  proposito text NOT NULL CHECK (proposito IN ('activacion', 'restablecer')),
  creado_en timestamptz NOT NULL,
  expira_en timestamptz NOT NULL,
  usado_en timestamptz,
  CHECK (expira_en > creado_en)
);
CREATE INDEX enlaces_cuenta_usuario_idx ON enlaces_cuenta (usuario_id);

ALTER TABLE enlaces_cuenta ENABLE ROW LEVEL SECURITY;
ALTER TABLE enlaces_cuenta FORCE ROW LEVEL SECURITY;
CREATE POLICY enlaces_cuenta_plataforma ON enlaces_cuenta
  USING (current_setting('app.plataforma', true) = 'on')
  WITH CHECK (current_setting('app.plataforma', true) = 'on');

GRANT SELECT, INSERT, UPDATE ON enlaces_cuenta TO ruta_app;
