-- The Climate Lens (issue 17, decision 0038): a dialogue may add one optional climate question to
-- every theme. Existing dialogues keep it off.
ALTER TABLE dialogue ADD COLUMN climate_lens BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per response and theme where the climate question was shown and left: score is a step of
-- the dialogue's scale, or NULL when skipped. module_id and module_hash name the exact Climate Lens
-- revision the person was given (questionnaire/climate/revisions.properties).
CREATE TABLE climate_answer (
    response_id UUID                     NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    dialogue_id BIGINT                   NOT NULL REFERENCES dialogue (id),
    theme_code  VARCHAR(32)              NOT NULL,
    score       SMALLINT,
    module_id   VARCHAR(40)              NOT NULL,
    module_hash VARCHAR(64)              NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_climate_answer PRIMARY KEY (response_id, theme_code),
    CONSTRAINT ck_climate_answer_score CHECK (score IS NULL OR score BETWEEN 1 AND 7)
);
CREATE INDEX ix_climate_answer_dialogue_theme_score ON climate_answer (dialogue_id, theme_code, score);
