-- Who lives at a place (issue 17): the resident population by the questionnaire's own age bands
-- and genders, so that a dialogue's respondents can be set beside it and its figures weighted to
-- it. One set of figures per place (the latest typed in or imported replaces the earlier one).
CREATE TABLE place_population (
    place_id        BIGINT                   PRIMARY KEY REFERENCES place (id),
    organisation_id BIGINT                   NOT NULL REFERENCES organisation (id),
    figures_year    INTEGER                  NOT NULL,
    source_note     VARCHAR(300),
    updated_by      VARCHAR(100)             NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE place_population_count (
    place_id BIGINT      NOT NULL REFERENCES place_population (place_id) ON DELETE CASCADE,
    age_band VARCHAR(16) NOT NULL,
    gender   VARCHAR(16) NOT NULL,
    people   BIGINT      NOT NULL,
    CONSTRAINT pk_place_population_count PRIMARY KEY (place_id, age_band, gender),
    CONSTRAINT ck_place_population_people CHECK (people >= 0)
);
