-- Planners' analyses (issue 7): the organisation's minimum group size, and what the analysis
-- queries read. Written for both PostgreSQL and H2 (MODE=PostgreSQL).

-- Any figure for a group with fewer respondents than this is hidden in every view, chart,
-- export and API (docs/decisions/0013-small-groups.md). Never below 3, the room's own rule.
ALTER TABLE organisation ADD COLUMN min_group_size INTEGER NOT NULL DEFAULT 5;
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_min_group_size
    CHECK (min_group_size BETWEEN 3 AND 100);
