-- An item returned for adjustments has a state of its own (issue 12): «devuelto», listed on the
-- dashboard, instead of silently going back to «en curso». States mirror ITEM_LIFECYCLE in
-- packages/domain/src/route/item-lifecycle.ts.
DO $$
DECLARE constraint_name text;
BEGIN
  SELECT c.conname INTO constraint_name FROM pg_constraint c
   WHERE c.conrelid = 'items_proceso'::regclass AND c.contype = 'c'
     AND pg_get_constraintdef(c.oid) LIKE '%en_revision%';
  EXECUTE format('ALTER TABLE items_proceso DROP CONSTRAINT %I', constraint_name);
END $$;
ALTER TABLE items_proceso ADD CONSTRAINT items_proceso_estado_check
  CHECK (estado IN ('pendiente', 'en_curso', 'en_revision', 'devuelto', 'aprobado', 'no_aplica'));

-- Items returned by a verdict before this migration carry the supervisor's «devuelto» as their
-- latest concept while still «en curso»: they are returned items, and now say so.
UPDATE items_proceso i SET estado = 'devuelto'
 WHERE i.estado = 'en_curso'
   AND (SELECT c.decision FROM conceptos_revision c
         WHERE c.municipality_id = i.municipality_id AND c.proceso_id = i.proceso_id
           AND c.item_id = i.id
         ORDER BY c.emitido_en DESC LIMIT 1) = 'devuelto';
