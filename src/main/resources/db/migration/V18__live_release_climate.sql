-- The Climate Lens on the projector (decision 0038): the climate scores frozen with each theme's
-- release, counted from the same answers as the theme's release, so the projector's climate series
-- changes only when the theme's picture does (decision 0011). Score NULL: the question was skipped.
CREATE TABLE live_release_climate (
    dialogue_id BIGINT      NOT NULL,
    theme_code  VARCHAR(32) NOT NULL,
    score       SMALLINT,
    answers     INTEGER     NOT NULL,
    CONSTRAINT fk_live_release_climate FOREIGN KEY (dialogue_id, theme_code)
        REFERENCES live_release (dialogue_id, theme_code) ON DELETE CASCADE
);
CREATE INDEX ix_live_release_climate ON live_release_climate (dialogue_id, theme_code);
