-- Seeds the analysis benchmark (tools/benchmark.sh analysis) on an empty, migrated PostgreSQL
-- database: one organisation with 100 places, 1,000 dialogues (10 per place, over three years,
-- in all three versions) and 71,429 responses with 14 answers each: 1,000,006 answers. Generated
-- in the database (generate_series), so seeding takes seconds, not minutes.
SELECT setseed(0.42);

INSERT INTO organisation (name, kind, created_at)
VALUES ('Benchmark kommun', 'MUNICIPALITY', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00');

INSERT INTO place (organisation_id, name, area, created_at)
SELECT o.id, 'Plats ' || lpad(p::text, 3, '0'), 'Område ' || (p % 7), o.created_at
FROM organisation o, generate_series(1, 100) p;

-- Ten dialogues per place, one every ~3.6 months from January 2024; every tenth is for children,
-- every fifth (of the rest) for young people.
INSERT INTO dialogue (organisation_id, place_id, title, version, languages, kind, opens_at, closes_at, join_code,
                      join_key, status, created_at, first_opened_at)
SELECT p.organisation_id, p.id, p.name || ' dialog ' || d,
       CASE WHEN d % 10 = 0 THEN 'BARN' WHEN d % 5 = 0 THEN 'UNGDOM' ELSE 'VUXEN' END,
       'sv', 'BOTH', t, t + INTERVAL '28 days', 'B-' || p.id || '-' || d, 'B' || p.id || 'X' || d, 'CLOSED', t, t
FROM place p, generate_series(1, 10) d,
     LATERAL (SELECT TIMESTAMP WITH TIME ZONE '2024-01-10 09:00:00+00'
                     + (d - 1) * INTERVAL '110 days' + (p.id % 30) * INTERVAL '1 day' AS t) times;

-- 71,430 responses: about 71 per dialogue, background and mode drawn at random.
CREATE TEMPORARY TABLE bench_response AS
SELECT gen_random_uuid() AS id, d.id AS dialogue_id, d.organisation_id, d.version, d.opens_at,
       r, random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5, random() AS u6
FROM dialogue d, generate_series(1, 71) r
UNION ALL
SELECT gen_random_uuid(), d.id, d.organisation_id, d.version, d.opens_at, 72, random(), random(), random(),
       random(), random(), random()
FROM dialogue d WHERE d.id < (SELECT MIN(id) FROM dialogue) + 429;

INSERT INTO response (id, organisation_id, dialogue_id, questionnaire_version, questionnaire_hash, language,
                      collection_mode, started_at, last_saved_at, completed_at, age_band, gender, relation, area)
SELECT id, organisation_id, dialogue_id, lower(version) || '/bench', 'bench', 'sv',
       (ARRAY['SHARED_TABLET', 'OWN_DEVICE', 'PAPER', 'GROUP'])[1 + floor(u1 * 4)::int],
       opens_at + u2 * INTERVAL '27 days', opens_at + u2 * INTERVAL '27 days',
       CASE WHEN u3 < 0.93 THEN opens_at + u2 * INTERVAL '27 days' + INTERVAL '10 minutes' END,
       CASE WHEN version = 'BARN' THEN 'UNDER_13' WHEN version = 'UNGDOM' THEN 'AGE_13_17'
            ELSE (ARRAY['AGE_18_29', 'AGE_30_49', 'AGE_50_64', 'AGE_65_79', 'AGE_80_PLUS'])[1 + floor(u4 * 5)::int] END,
       CASE WHEN u5 < 0.05 THEN NULL WHEN u5 < 0.52 THEN 'WOMAN' WHEN u5 < 0.97 THEN 'MAN' ELSE 'NON_BINARY' END,
       (ARRAY['LIVE', 'WORK', 'STUDY', 'VISIT'])[1 + floor(u6 * 4)::int],
       CASE WHEN u6 < 0.5 THEN 'Norr' ELSE 'Söder' END
FROM bench_response;

-- Fourteen answers per response; one in twenty skipped, one in eight with a comment.
INSERT INTO answer (response_id, dialogue_id, theme_code, score, skipped, works_well, could_be_better, saved_at)
SELECT r.id, r.dialogue_id, t.code, CASE WHEN s.skip THEN NULL ELSE s.score END, s.skip,
       CASE WHEN s.u < 0.06 THEN 'Det fungerar bra med ' || lower(t.code) || ' nummer ' || r.r END,
       CASE WHEN s.u > 0.94 THEN 'Bättre belysning och fler bussar vid ' || lower(t.code) END,
       r.opens_at
FROM bench_response r
CROSS JOIN (VALUES ('MOVING_AROUND', 1), ('PUBLIC_TRANSPORT', 2), ('TRAFFIC_PARKING', 3), ('STREETS_SPACES', 4),
                   ('NATURAL_SPACE', 5), ('PLAY_RECREATION', 6), ('FACILITIES_SERVICES', 7), ('WORK_ECONOMY', 8),
                   ('HOUSING_COMMUNITY', 9), ('SOCIAL_CONTACT', 10), ('IDENTITY_BELONGING', 11),
                   ('FEELING_SAFE', 12), ('CARE_MAINTENANCE', 13), ('INFLUENCE_CONTROL', 14)) AS t(code, n)
CROSS JOIN LATERAL (SELECT random() < 0.05 AS skip, random() AS u,
                           CASE WHEN r.version = 'BARN' THEN 1 + floor(random() * 3)::int
                                ELSE least(7, greatest(1, round(4 + (t.n % 5 - 2) * 0.5 + (random() + random() + random() - 1.5) * 2.5)::int))
                           END AS score) s;

INSERT INTO answer_tally (dialogue_id, theme_code, score, answers)
SELECT dialogue_id, theme_code, COALESCE(score, 0), COUNT(*) FROM answer GROUP BY dialogue_id, theme_code, COALESCE(score, 0);

DROP TABLE bench_response;
