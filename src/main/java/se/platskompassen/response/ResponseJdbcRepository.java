package se.platskompassen.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Theme;

/**
 * Writes of responses and answers in plain SQL, so that a repeated save is absorbed by the
 * database (INSERT ... ON CONFLICT DO NOTHING, then UPDATE) instead of racing in Java, and the
 * answer tally moves in the same transaction (docs/decisions/0003 and 0006).
 */
@Repository
class ResponseJdbcRepository {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ResponseJdbcRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One row of counts: how many answers gave {@code score} (null: skipped) to a theme. */
    record CountRow(String themeCode, @Nullable Integer score, long answers) implements ScoreCounts.Row {
    }

    /** A count row of one of several dialogues. */
    record DialogueCountRow(long dialogueId, String themeCode, @Nullable Integer score, long answers)
            implements ScoreCounts.Row {
    }

    private record TallyKey(long dialogueId, String themeCode, int score) {
    }

    /** One order for locking tally rows everywhere, so that concurrent writers never deadlock. */
    private static final Comparator<TallyKey> TALLY_ORDER = Comparator.comparingLong(TallyKey::dialogueId)
            .thenComparing(TallyKey::themeCode).thenComparingInt(TallyKey::score);

    private record AnswerRow(RecordedResponse response, AnswerInput answer) {
    }

    /** Inserts the response unless one with this id exists; true when this call inserted it. */
    boolean insertIfAbsent(UUID id, long organisationId, long dialogueId, String questionnaireVersion,
            String questionnaireHash, String language, CollectionMode mode, Instant startedAt,
            @Nullable String sessionMarker) {
        int inserted = jdbc.sql("""
                INSERT INTO response (id, organisation_id, dialogue_id, questionnaire_version, questionnaire_hash,
                                      language, collection_mode, started_at, last_saved_at, session_marker)
                VALUES (:id, :organisation, :dialogue, :version, :hash, :language, :mode, :started, :started,
                        :session)
                ON CONFLICT DO NOTHING
                """)
                .param("id", id)
                .param("organisation", organisationId)
                .param("dialogue", dialogueId)
                .param("version", questionnaireVersion)
                .param("hash", questionnaireHash)
                .param("language", language)
                .param("mode", mode.name())
                .param("started", Timestamp.from(startedAt))
                .param("session", sessionMarker)
                .update();
        return inserted == 1;
    }

    /**
     * Inserts whole responses (background, times) in one batch, skipping ids that exist and paper
     * form numbers the dialogue has already; returns for each response whether this call inserted it.
     */
    boolean[] insertRecorded(long organisationId, List<RecordedResponse> recorded) {
        int[][] counts = template.batchUpdate("""
                INSERT INTO response (id, organisation_id, dialogue_id, questionnaire_version, questionnaire_hash,
                                      language, collection_mode, started_at, last_saved_at, completed_at,
                                      age_band, gender, relation, area, form_number, form_number_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, recorded, BATCH, (statement, response) -> {
            Background background = response.background();
            Instant completed = response.completedAt();
            statement.setObject(1, response.id());
            statement.setLong(2, organisationId);
            statement.setLong(3, response.dialogueId());
            statement.setString(4, response.questionnaireVersion());
            statement.setString(5, response.questionnaireHash());
            statement.setString(6, response.language().code());
            statement.setString(7, response.mode().name());
            statement.setTimestamp(8, Timestamp.from(response.startedAt()));
            statement.setTimestamp(9, Timestamp.from(completed != null ? completed : response.startedAt()));
            statement.setTimestamp(10, completed == null ? null : Timestamp.from(completed));
            statement.setString(11, nameOrNull(background.ageBand()));
            statement.setString(12, nameOrNull(background.gender()));
            statement.setString(13, nameOrNull(background.relation()));
            statement.setString(14, background.area());
            statement.setString(15, response.formNumber());
            statement.setString(16, formNumberKey(response.formNumber()));
        });
        boolean[] inserted = new boolean[recorded.size()];
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                inserted[i++] = count != 0;
            }
        }
        return inserted;
    }

    /** The response typed in from the paper form with this number (case ignored), if there is one. */
    Optional<UUID> findByFormNumber(long dialogueId, String formNumber) {
        return jdbc.sql("""
                SELECT id FROM response
                WHERE dialogue_id = :dialogue AND form_number_key = :key
                """)
                .param("dialogue", dialogueId)
                .param("key", formNumberKey(formNumber))
                .query(UUID.class)
                .optional();
    }

    /** How form numbers are compared, and kept unique within a dialogue: case ignored. */
    private static @Nullable String formNumberKey(@Nullable String formNumber) {
        return formNumber == null ? null : formNumber.toLowerCase(Locale.ROOT);
    }

    /** Inserts the answers of whole, newly inserted responses in batches, and tallies them. */
    void insertAnswers(List<RecordedResponse> recorded) {
        List<AnswerRow> rows = recorded.stream()
                .flatMap(response -> response.answers().stream().map(answer -> new AnswerRow(response, answer)))
                .toList();
        template.batchUpdate("""
                INSERT INTO answer (response_id, dialogue_id, theme_code, score, skipped, works_well,
                                    could_be_better, saved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, BATCH, (statement, row) -> {
            AnswerInput answer = row.answer();
            Instant completed = row.response().completedAt();
            Instant saved = completed != null ? completed : row.response().startedAt();
            statement.setObject(1, row.response().id());
            statement.setLong(2, row.response().dialogueId());
            statement.setString(3, answer.theme().code());
            statement.setObject(4, answer.score());
            statement.setBoolean(5, answer.isSkipped());
            statement.setString(6, answer.worksWell());
            statement.setString(7, answer.couldBeBetter());
            statement.setTimestamp(8, Timestamp.from(saved));
        });
        Map<TallyKey, Long> increments = new TreeMap<>(TALLY_ORDER);
        for (AnswerRow row : rows) {
            increments.merge(new TallyKey(row.response().dialogueId(), row.answer().theme().code(),
                    tallyScore(row.answer().score())), 1L, Long::sum);
        }
        increments.forEach((key, delta) -> tally(key.dialogueId(), key.themeCode(), key.score(), delta));
    }

    void updateBackground(UUID id, Background background, Instant savedAt) {
        jdbc.sql("""
                UPDATE response SET age_band = :age, gender = :gender, relation = :relation, area = :area,
                                    last_saved_at = :saved
                WHERE id = :id
                """)
                .param("age", nameOrNull(background.ageBand()))
                .param("gender", nameOrNull(background.gender()))
                .param("relation", nameOrNull(background.relation()))
                .param("area", background.area())
                .param("saved", Timestamp.from(savedAt))
                .param("id", id)
                .update();
    }

    /**
     * Saves one answer: inserts it, or updates the one already there (locking it, so that two
     * concurrent saves of the same answer end as one row), and moves the tally along unless the
     * response is excluded from the figures ({@code counted} false).
     */
    void upsertAnswer(UUID responseId, long dialogueId, AnswerInput answer, Instant savedAt, boolean counted) {
        String theme = answer.theme().code();
        int inserted = jdbc.sql("""
                INSERT INTO answer (response_id, dialogue_id, theme_code, score, skipped, works_well,
                                    could_be_better, saved_at)
                VALUES (:response, :dialogue, :theme, :score, :skipped, :worksWell, :couldBeBetter, :saved)
                ON CONFLICT DO NOTHING
                """)
                .param("response", responseId)
                .param("dialogue", dialogueId)
                .param("theme", theme)
                .param("score", answer.score())
                .param("skipped", answer.isSkipped())
                .param("worksWell", answer.worksWell())
                .param("couldBeBetter", answer.couldBeBetter())
                .param("saved", Timestamp.from(savedAt))
                .update();
        if (inserted == 1 && counted) {
            tally(dialogueId, theme, tallyScore(answer.score()), 1);
        } else if (inserted == 0) {
            int previous = jdbc.sql("""
                    SELECT score FROM answer WHERE response_id = :response AND theme_code = :theme FOR UPDATE
                    """)
                    .param("response", responseId)
                    .param("theme", theme)
                    .query((rs, row) -> tallyScore((Integer) rs.getObject(1, Integer.class)))
                    .single();
            jdbc.sql("""
                    UPDATE answer SET score = :score, skipped = :skipped, works_well = :worksWell,
                                      could_be_better = :couldBeBetter, saved_at = :saved
                    WHERE response_id = :response AND theme_code = :theme
                    """)
                    .param("score", answer.score())
                    .param("skipped", answer.isSkipped())
                    .param("worksWell", answer.worksWell())
                    .param("couldBeBetter", answer.couldBeBetter())
                    .param("saved", Timestamp.from(savedAt))
                    .param("response", responseId)
                    .param("theme", theme)
                    .update();
            int now = tallyScore(answer.score());
            // Tally rows are always locked in ascending order of score, so that two saves that
            // swap scores cannot deadlock.
            if (counted && previous < now) {
                tally(dialogueId, theme, previous, -1);
                tally(dialogueId, theme, now, 1);
            } else if (counted && previous > now) {
                tally(dialogueId, theme, now, 1);
                tally(dialogueId, theme, previous, -1);
            }
        }
        touch(responseId, savedAt);
    }

    /** Marks the response completed unless it already is; true when this call completed it. */
    boolean complete(UUID id, Instant completedAt) {
        return jdbc.sql("""
                UPDATE response SET completed_at = :completed, last_saved_at = :completed, resume_hash = NULL
                WHERE id = :id AND completed_at IS NULL
                """)
                .param("completed", Timestamp.from(completedAt))
                .param("id", id)
                .update() == 1;
    }

    private void touch(UUID id, Instant savedAt) {
        jdbc.sql("UPDATE response SET last_saved_at = :saved WHERE id = :id")
                .param("saved", Timestamp.from(savedAt))
                .param("id", id)
                .update();
    }

    ResponseCounts counts(long dialogueId) {
        return jdbc.sql("SELECT COUNT(*) AS started, COUNT(completed_at) AS completed FROM response"
                        + " WHERE dialogue_id = :d AND excluded_at IS NULL")
                .param("d", dialogueId)
                .query((rs, row) -> new ResponseCounts(rs.getLong("started"), rs.getLong("completed")))
                .single();
    }

    /** Started and completed responses of every dialogue of an organisation, in one query. */
    Map<Long, ResponseCounts> countsByDialogue(long organisationId) {
        Map<Long, ResponseCounts> counts = new HashMap<>();
        jdbc.sql("""
                SELECT dialogue_id, COUNT(*), COUNT(completed_at) FROM response
                WHERE organisation_id = :organisation AND excluded_at IS NULL GROUP BY dialogue_id
                """)
                .param("organisation", organisationId)
                .query(rs -> {
                    counts.put(rs.getLong(1), new ResponseCounts(rs.getLong(2), rs.getLong(3)));
                });
        return counts;
    }

    /** A dialogue's counts per theme and score, from the tally: at most 14 x 8 rows. */
    List<CountRow> tallied(long dialogueId) {
        return jdbc.sql("""
                SELECT theme_code, score, answers FROM answer_tally
                WHERE dialogue_id = :dialogue AND answers > 0
                """)
                .param("dialogue", dialogueId)
                .query((rs, row) -> new CountRow(rs.getString(1), rs.getInt(2) == 0 ? null : rs.getInt(2),
                        rs.getLong(3)))
                .list();
    }

    /** The tallies of several dialogues in one query. */
    List<DialogueCountRow> tallied(Collection<Long> dialogueIds) {
        if (dialogueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT dialogue_id, theme_code, score, answers FROM answer_tally
                WHERE dialogue_id IN (:dialogues) AND answers > 0
                """)
                .param("dialogues", dialogueIds)
                .query((rs, row) -> new DialogueCountRow(rs.getLong(1), rs.getString(2),
                        rs.getInt(3) == 0 ? null : rs.getInt(3), rs.getLong(4)))
                .list();
    }

    /** The comments of a dialogue's answers to one theme. */
    List<Comment> comments(long dialogueId, Theme theme) {
        List<Comment> comments = new ArrayList<>();
        jdbc.sql("""
                SELECT a.id, a.works_well, a.could_be_better FROM answer a JOIN response r ON r.id = a.response_id
                WHERE a.dialogue_id = :dialogue AND a.theme_code = :theme AND r.excluded_at IS NULL
                  AND (a.works_well IS NOT NULL OR a.could_be_better IS NOT NULL)
                """)
                .param("dialogue", dialogueId)
                .param("theme", theme.code())
                .query(rs -> {
                    String worksWell = rs.getString(2);
                    String couldBeBetter = rs.getString(3);
                    if (worksWell != null && !worksWell.isBlank()) {
                        comments.add(new Comment(rs.getLong(1), theme, Comment.Kind.WORKS_WELL, worksWell));
                    }
                    if (couldBeBetter != null && !couldBeBetter.isBlank()) {
                        comments.add(new Comment(rs.getLong(1), theme, Comment.Kind.COULD_BE_BETTER, couldBeBetter));
                    }
                });
        return comments;
    }

    /** The same counts straight from the included answers: {@code GROUP BY theme_code, score}. */
    List<CountRow> counted(long dialogueId) {
        return jdbc.sql("""
                SELECT a.theme_code, a.score, COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id
                WHERE a.dialogue_id = :dialogue AND r.excluded_at IS NULL
                GROUP BY a.theme_code, a.score
                """)
                .param("dialogue", dialogueId)
                .query((rs, row) -> new CountRow(rs.getString(1), (Integer) rs.getObject(2, Integer.class),
                        rs.getLong(3)))
                .list();
    }

    /** Erases the comments of an organisation's answers saved before a moment; returns how many answers had some. */
    int eraseComments(long organisationId, Instant savedBefore) {
        return jdbc.sql("""
                UPDATE answer SET works_well = NULL, could_be_better = NULL
                WHERE saved_at < :before
                  AND (works_well IS NOT NULL OR could_be_better IS NOT NULL)
                  AND dialogue_id IN (SELECT id FROM dialogue WHERE organisation_id = :organisation)
                """)
                .param("before", Timestamp.from(savedBefore))
                .param("organisation", organisationId)
                .update();
    }

    /** Deletes a dialogue's responses and their answers; returns how many responses there were. */
    long deleteResponses(long dialogueId) {
        jdbc.sql("DELETE FROM answer WHERE dialogue_id = :dialogue").param("dialogue", dialogueId).update();
        return jdbc.sql("DELETE FROM response WHERE dialogue_id = :dialogue").param("dialogue", dialogueId).update();
    }

    /** Recounts a dialogue's tally from its answers, e.g. after responses were deleted. */
    void rebuildTally(long dialogueId) {
        jdbc.sql("DELETE FROM answer_tally WHERE dialogue_id = :dialogue").param("dialogue", dialogueId).update();
        jdbc.sql("""
                INSERT INTO answer_tally (dialogue_id, theme_code, score, answers)
                SELECT a.dialogue_id, a.theme_code, COALESCE(a.score, 0), COUNT(*)
                FROM answer a JOIN response r ON r.id = a.response_id
                WHERE a.dialogue_id = :dialogue AND r.excluded_at IS NULL
                GROUP BY a.dialogue_id, a.theme_code, COALESCE(a.score, 0)
                """)
                .param("dialogue", dialogueId)
                .update();
    }

    /**
     * Moves a dialogue's tally by the answers of responses excluded ({@code sign} -1) or included
     * again (+1), locking the tally rows in the one order every writer uses.
     */
    void moveTally(long dialogueId, List<CountRow> answers, int sign) {
        Map<TallyKey, Long> deltas = new TreeMap<>(TALLY_ORDER);
        for (CountRow row : answers) {
            deltas.merge(new TallyKey(dialogueId, row.themeCode(), tallyScore(row.score())), sign * row.answers(),
                    Long::sum);
        }
        deltas.forEach((key, delta) -> tally(key.dialogueId(), key.themeCode(), key.score(), delta));
    }

    /** Adds {@code delta} to a tally, creating the row the first time it is needed. */
    private void tally(long dialogueId, String theme, int score, long delta) {
        if (updateTally(dialogueId, theme, score, delta) == 0) {
            int inserted = jdbc.sql("""
                    INSERT INTO answer_tally (dialogue_id, theme_code, score, answers)
                    VALUES (:dialogue, :theme, :score, :delta)
                    ON CONFLICT DO NOTHING
                    """)
                    .param("dialogue", dialogueId)
                    .param("theme", theme)
                    .param("score", score)
                    .param("delta", delta)
                    .update();
            if (inserted == 0) {
                updateTally(dialogueId, theme, score, delta);
            }
        }
    }

    private int updateTally(long dialogueId, String theme, int score, long delta) {
        return jdbc.sql("""
                UPDATE answer_tally SET answers = answers + :delta
                WHERE dialogue_id = :dialogue AND theme_code = :theme AND score = :score
                """)
                .param("delta", delta)
                .param("dialogue", dialogueId)
                .param("theme", theme)
                .param("score", score)
                .update();
    }

    private static int tallyScore(@Nullable Integer score) {
        return score == null ? 0 : score;
    }

    private static @Nullable String nameOrNull(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
