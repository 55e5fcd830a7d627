-- Every CHECK (column IN ('A', 'B', ...)) becomes CHECK (column = ANY (ARRAY['A', 'B', ...])),
-- which allows exactly the same values on PostgreSQL and H2.
-- Why: H2 2.4 turns an IN list of constants (and also "x = 'A' OR x = 'B'", which it rewrites to
-- IN) into a set that compares with the session that created the constraint. On the embedded
-- database that is the migration's pooled connection; once the pool retires it (Hikari's
-- max-lifetime, 30 minutes), every insert and update of the table fails with "Check constraint
-- invalid" (cause: "The database has been closed [90098]"). The ANY form keeps no session.
-- WritesAfterPoolRenewalTest keeps this fixed; it also refuses any new IN list in a CHECK.

ALTER TABLE organisation DROP CONSTRAINT ck_organisation_kind;
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_kind
    CHECK (kind = ANY (ARRAY['MUNICIPALITY', 'REGION']));

ALTER TABLE dialogue DROP CONSTRAINT ck_dialogue_version;
ALTER TABLE dialogue ADD CONSTRAINT ck_dialogue_version
    CHECK (version = ANY (ARRAY['VUXEN', 'UNGDOM', 'BARN']));
ALTER TABLE dialogue DROP CONSTRAINT ck_dialogue_kind;
ALTER TABLE dialogue ADD CONSTRAINT ck_dialogue_kind
    CHECK (kind = ANY (ARRAY['INDIVIDUAL', 'GROUP', 'BOTH']));
ALTER TABLE dialogue DROP CONSTRAINT ck_dialogue_status;
ALTER TABLE dialogue ADD CONSTRAINT ck_dialogue_status
    CHECK (status = ANY (ARRAY['DRAFT', 'OPEN', 'CLOSED']));

ALTER TABLE response DROP CONSTRAINT ck_response_mode;
ALTER TABLE response ADD CONSTRAINT ck_response_mode
    CHECK (collection_mode = ANY (ARRAY['SHARED_TABLET', 'OWN_DEVICE', 'PAPER', 'GROUP']));

ALTER TABLE staff_member DROP CONSTRAINT ck_staff_role;
ALTER TABLE staff_member ADD CONSTRAINT ck_staff_role
    CHECK (role = ANY (ARRAY['NETWORK_ADMIN', 'ORGANISATION_ADMIN', 'FACILITATOR', 'ANALYST']));

ALTER TABLE comment_tag_link DROP CONSTRAINT ck_comment_tag_link_kind;
ALTER TABLE comment_tag_link ADD CONSTRAINT ck_comment_tag_link_kind
    CHECK (kind = ANY (ARRAY['WORKS_WELL', 'COULD_BE_BETTER']));

-- The health check's proof that the database takes writes: it inserts a row here and rolls the
-- transaction back, so the table stays empty (see base/DatabaseWrites).
CREATE TABLE health_probe (
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A paper form's number is unique within a dialogue whatever its case ("a12" is "A12"), as the
-- application compares it; a unique (dialogue_id, form_number) let two typists who both checked
-- first store "a12" and "A12". H2 has no index on lower(form_number), so the application stores
-- the lower-case key next to the number (as comment_tag.name_key does). Rows that already differ
-- only in case keep their number, and only the first of them gets the key.
ALTER TABLE response ADD COLUMN form_number_key VARCHAR(40);
UPDATE response SET form_number_key = LOWER(form_number)
WHERE form_number IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM response earlier
                  WHERE earlier.dialogue_id = response.dialogue_id
                    AND LOWER(earlier.form_number) = LOWER(response.form_number)
                    AND (earlier.started_at < response.started_at
                         OR (earlier.started_at = response.started_at AND earlier.id < response.id)));
ALTER TABLE response DROP CONSTRAINT uq_response_form_number;
ALTER TABLE response ADD CONSTRAINT uq_response_form_number_key UNIQUE (dialogue_id, form_number_key);

-- The area choices a dialogue offers are stored one per line: 20 choices of up to 100 characters
-- and their 19 line breaks need 2019 characters, which the validation allowed but 2000 did not
-- hold (DialogueSettings.STORED_AREA_CHOICES).
ALTER TABLE dialogue ALTER COLUMN area_choices SET DATA TYPE VARCHAR(2100);
