-- The number a facilitator wrote on a paper form and typed in with it, so that the same form
-- typed in again (on another day, by another typist) is refused instead of counted twice.
-- Null for every response not collected on paper. Unique within a dialogue; several nulls are
-- allowed by both PostgreSQL and H2 (MODE=PostgreSQL).
ALTER TABLE response ADD COLUMN form_number VARCHAR(20);
ALTER TABLE response ADD CONSTRAINT uq_response_form_number UNIQUE (dialogue_id, form_number);
