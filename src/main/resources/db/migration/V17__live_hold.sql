-- The projector's picture held back until the facilitator reveals it ("everyone answers first",
-- docs/decisions/0039-projector-hold.md). A row means held; revealing deletes it. In the database,
-- so that every projector window on every instance, and a reload, shows the same. Written for
-- both PostgreSQL and H2 (MODE=PostgreSQL).
CREATE TABLE live_hold (
    dialogue_id BIGINT                   NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    held_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_live_hold PRIMARY KEY (dialogue_id)
);
