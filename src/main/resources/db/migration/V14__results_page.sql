-- "Vad vi hörde – vad vi gör" (issue 17): a dialogue's results on a public page once staff
-- publish them, and the actions' status over time. Written for both PostgreSQL and H2
-- (MODE=PostgreSQL); keep to the common subset of SQL.

-- An action is planned, started, done or dropped, with a short public note and the day its
-- status last changed. Existing actions keep their meaning: done becomes DONE, the rest PLANNED.
ALTER TABLE dialogue_action ADD COLUMN status VARCHAR(16) DEFAULT 'PLANNED' NOT NULL;
ALTER TABLE dialogue_action ADD COLUMN status_note VARCHAR(300);
ALTER TABLE dialogue_action ADD COLUMN status_date DATE;
UPDATE dialogue_action SET status = 'DONE' WHERE done = TRUE;
ALTER TABLE dialogue_action DROP COLUMN done;
ALTER TABLE dialogue_action ADD CONSTRAINT ck_dialogue_action_status
    CHECK (status = ANY (ARRAY['PLANNED', 'STARTED', 'DONE', 'DROPPED']));

-- Whether a dialogue's results page is public. No row: never published.
CREATE TABLE results_publication (
    dialogue_id BIGINT                   PRIMARY KEY REFERENCES dialogue (id),
    published   BOOLEAN                  NOT NULL,
    changed_by  VARCHAR(100)             NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The comments staff chose to show on the results page: a comment is one of the two free-text
-- fields of an answer, as for tags (V6). Deleting the answers takes the choice along; a comment
-- erased by the retention setting simply has no text left to show.
CREATE TABLE published_comment (
    dialogue_id BIGINT      NOT NULL REFERENCES dialogue (id),
    answer_id   BIGINT      NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    kind        VARCHAR(16) NOT NULL,
    CONSTRAINT pk_published_comment PRIMARY KEY (answer_id, kind),
    CONSTRAINT ck_published_comment_kind CHECK (kind = ANY (ARRAY['WORKS_WELL', 'COULD_BE_BETTER']))
);
CREATE INDEX ix_published_comment_dialogue ON published_comment (dialogue_id);
