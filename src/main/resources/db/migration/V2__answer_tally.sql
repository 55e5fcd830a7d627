-- Running counts of answers per dialogue, theme and score (0 = skipped), kept in step with the
-- answer table by every write in the same transaction. A dialogue's compass reads at most
-- 14 x 8 rows here, however many answers it has (docs/decisions/0006-answer-tally.md).
CREATE TABLE answer_tally (
    dialogue_id BIGINT      NOT NULL REFERENCES dialogue (id),
    theme_code  VARCHAR(32) NOT NULL,
    score       SMALLINT    NOT NULL,
    answers     BIGINT      NOT NULL,
    CONSTRAINT pk_answer_tally PRIMARY KEY (dialogue_id, theme_code, score),
    CONSTRAINT ck_answer_tally_score CHECK (score BETWEEN 0 AND 7),
    CONSTRAINT ck_answer_tally_answers CHECK (answers >= 0)
);
