package se.platskompassen.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of responses and answers in plain SQL, so that a repeated save is absorbed by the
 * database (INSERT ... ON CONFLICT DO NOTHING, then UPDATE) instead of racing in Java, and the
 * answer tally moves in the same transaction (docs/decisions/0003, 0006 and 0021). The only class
 * that writes answers.
 */
@Repository
class ResponseWrites {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TallyWrites tally;

    ResponseWrites(JdbcClient jdbc, JdbcTemplate template, TallyWrites tally) {
        this.jdbc = jdbc;
        this.template = template;
        this.tally = tally;
    }

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
     * Inserts whole responses (background, times) and their answers, skipping ids that exist and
     * paper form numbers the dialogue has already, and tallies the answers; returns the responses
     * this call inserted.
     */
    List<RecordedResponse> insertNew(long organisationId, List<RecordedResponse> recorded) {
        boolean[] inserted = insertRecorded(organisationId, recorded);
        List<RecordedResponse> fresh = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i]) {
                fresh.add(recorded.get(i));
            }
        }
        insertAnswers(fresh);
        return fresh;
    }

    /** Inserts whole responses in one batch; returns for each response whether this call inserted it. */
    private boolean[] insertRecorded(long organisationId, List<RecordedResponse> recorded) {
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

    /** How form numbers are compared, and kept unique within a dialogue: case ignored. */
    static @Nullable String formNumberKey(@Nullable String formNumber) {
        return formNumber == null ? null : formNumber.toLowerCase(Locale.ROOT);
    }

    /** Inserts the answers of whole, newly inserted responses in batches, and tallies them. */
    private void insertAnswers(List<RecordedResponse> recorded) {
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
        Map<TallyWrites.Key, Long> increments = TallyWrites.changes();
        for (AnswerRow row : rows) {
            increments.merge(new TallyWrites.Key(row.response().dialogueId(), row.answer().theme().code(),
                    AnswerSql.tallyScore(row.answer().score())), 1L, Long::sum);
        }
        tally.apply(increments);
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
            tally.add(dialogueId, theme, AnswerSql.tallyScore(answer.score()), 1);
        } else if (inserted == 0) {
            int previous = jdbc.sql("""
                    SELECT score FROM answer WHERE response_id = :response AND theme_code = :theme FOR UPDATE
                    """)
                    .param("response", responseId)
                    .param("theme", theme)
                    .query((rs, row) -> AnswerSql.tallyScore(AnswerSql.score(rs, 1)))
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
            int now = AnswerSql.tallyScore(answer.score());
            // Tally rows are always locked in ascending order of score, so that two saves that
            // swap scores cannot deadlock.
            if (counted && previous < now) {
                tally.add(dialogueId, theme, previous, -1);
                tally.add(dialogueId, theme, now, 1);
            } else if (counted && previous > now) {
                tally.add(dialogueId, theme, now, 1);
                tally.add(dialogueId, theme, previous, -1);
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

    /** Deletes a dialogue's responses and their answers, and recounts its tally; returns how many responses there were. */
    long deleteResponses(long dialogueId) {
        jdbc.sql("DELETE FROM answer WHERE dialogue_id = :dialogue").param("dialogue", dialogueId).update();
        long deleted = jdbc.sql("DELETE FROM response WHERE dialogue_id = :dialogue")
                .param("dialogue", dialogueId).update();
        tally.rebuild(dialogueId);
        return deleted;
    }

    private static @Nullable String nameOrNull(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
