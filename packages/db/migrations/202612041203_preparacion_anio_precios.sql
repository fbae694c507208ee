-- One price year per municipality's preparation (issue 16): the cost estimate, the comparison
-- with bank cases, the terms of reference and the CLI all state pesos of this year. Null means
-- «the latest year with IPC data» (the default the server resolves).
ALTER TABLE preparaciones
  ADD COLUMN anio_precios integer CHECK (anio_precios IS NULL OR anio_precios BETWEEN 1990 AND 2100);

-- A bank case's cost is meaningless without the year of its pesos (it is converted by IPC to the
-- year the municipality chose). NOT VALID: enforced for every new or changed row; rows imported
-- before this rule are not rewritten with an invented year (the reader shows them unconverted).
ALTER TABLE banco_casos
  ADD CONSTRAINT banco_casos_costo_con_anio CHECK (costo_cop IS NULL OR anio_costo IS NOT NULL) NOT VALID;
