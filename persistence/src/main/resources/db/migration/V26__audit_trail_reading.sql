-- The audit trail is read by the administrator ("Granskningslogg"), filtered by actor, unit, kind and time and
-- paged newest first. Each entry names the unit it concerns where there is one (null for users, kommun-wide
-- settings, logins). The indexes serve the filters and the order (changed_at, id) without sorting the table.
ALTER TABLE audit_entry
    ADD COLUMN unit_code VARCHAR(20) NULL AFTER entity_id,
    ADD KEY ix_audit_entry_time (changed_at, id),
    ADD KEY ix_audit_entry_actor (username, changed_at, id),
    ADD KEY ix_audit_entry_unit (unit_code, changed_at, id),
    ADD KEY ix_audit_entry_kind (entity, changed_at, id);

-- Entries written before this version: a unit report's id starts with its unit code (1150/2026-02), an action's
-- and a question's unit is in their tables.
UPDATE audit_entry
   SET unit_code = SUBSTRING_INDEX(entity_id, '/', 1)
 WHERE entity = 'UNIT_REPORT' AND unit_code IS NULL AND entity_id LIKE '%/%';

UPDATE audit_entry a
  JOIN unit_action x ON a.entity = 'ACTION' AND x.id = CAST(a.entity_id AS UNSIGNED)
   SET a.unit_code = x.unit_code
 WHERE a.unit_code IS NULL;

UPDATE audit_entry a
  JOIN unit_question q ON a.entity = 'QUESTION' AND q.id = CAST(a.entity_id AS UNSIGNED)
   SET a.unit_code = q.unit_code
 WHERE a.unit_code IS NULL;
