-- What the projector may show of a dialogue (docs/decisions/0011-live-updates.md, "Releases"):
-- per theme, the figures and comments as they were when they were last released, so that every
-- instance shows the same picture and a new picture differs from the last by a batch of answers,
-- never by one person's. Written for both PostgreSQL and H2 (MODE=PostgreSQL); keep to the
-- common subset of SQL.

-- answers_up_to: the latest saved_at among the answers in the picture; answers saved after it
-- wait for the next release. revision: compare-and-set between instances releasing at once.
CREATE TABLE live_release (
    dialogue_id   BIGINT                   NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    theme_code    VARCHAR(32)              NOT NULL,
    revision      INTEGER                  NOT NULL,
    answers       INTEGER                  NOT NULL,
    answers_up_to TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_live_release PRIMARY KEY (dialogue_id, theme_code)
);

-- The released counts per score (score NULL: skipped).
CREATE TABLE live_release_score (
    dialogue_id BIGINT      NOT NULL,
    theme_code  VARCHAR(32) NOT NULL,
    score       SMALLINT,
    answers     INTEGER     NOT NULL,
    CONSTRAINT fk_live_release_score FOREIGN KEY (dialogue_id, theme_code)
        REFERENCES live_release (dialogue_id, theme_code) ON DELETE CASCADE
);
CREATE INDEX ix_live_release_score ON live_release_score (dialogue_id, theme_code);

-- The released comments, as they read when released. Erased with the organisation's old comments
-- (the live feature listens to CommentsErased) and with the dialogue.
CREATE TABLE live_release_comment (
    dialogue_id BIGINT        NOT NULL,
    theme_code  VARCHAR(32)   NOT NULL,
    answer_id   BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    comment_text VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_live_release_comment FOREIGN KEY (dialogue_id, theme_code)
        REFERENCES live_release (dialogue_id, theme_code) ON DELETE CASCADE
);
CREATE INDEX ix_live_release_comment ON live_release_comment (dialogue_id, theme_code);
