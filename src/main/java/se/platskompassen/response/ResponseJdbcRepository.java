package se.platskompassen.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of responses and answers in plain SQL, so that a repeated save is absorbed by the
 * database (INSERT ... ON CONFLICT DO NOTHING, then UPDATE) instead of racing in Java.
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

    /** Inserts the response unless one with this id exists; true when this call inserted it. */
    boolean insertIfAbsent(UUID id, long organisationId, long dialogueId, String questionnaireVersion,
            String questionnaireHash, String language, CollectionMode mode, Instant startedAt) {
        int inserted = jdbc.sql("""
                INSERT INTO response (id, organisation_id, dialogue_id, questionnaire_version, questionnaire_hash,
                                      language, collection_mode, started_at, last_saved_at)
                VALUES (:id, :organisation, :dialogue, :version, :hash, :language, :mode, :started, :started)
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
                .update();
        return inserted == 1;
    }

    /**
     * Inserts whole responses (background, times) in one batch, skipping ids that exist; returns
     * for each response whether this call inserted it.
     */
    boolean[] insertRecorded(long organisationId, List<RecordedResponse> recorded) {
        int[][] counts = template.batchUpdate("""
                INSERT INTO response (id, organisation_id, dialogue_id, questionnaire_version, questionnaire_hash,
                                      language, collection_mode, started_at, last_saved_at, completed_at,
                                      age_band, gender, relation, area)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

    /** Inserts the answers of whole responses in batches. */
    void insertAnswers(List<RecordedResponse> recorded) {
        record Row(RecordedResponse response, AnswerInput answer) {
        }
        List<Row> rows = recorded.stream()
                .flatMap(response -> response.answers().stream().map(answer -> new Row(response, answer)))
                .toList();
        template.batchUpdate("""
                INSERT INTO answer (response_id, dialogue_id, theme_code, score, skipped, works_well,
                                    could_be_better, saved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, BATCH, (statement, row) -> {
            AnswerInput answer = row.answer();
            Instant saved = row.response().completedAt() != null ? row.response().completedAt()
                    : row.response().startedAt();
            statement.setObject(1, row.response().id());
            statement.setLong(2, row.response().dialogueId());
            statement.setString(3, answer.theme().code());
            statement.setObject(4, answer.score());
            statement.setBoolean(5, answer.isSkipped());
            statement.setString(6, answer.worksWell());
            statement.setString(7, answer.couldBeBetter());
            statement.setTimestamp(8, Timestamp.from(saved));
        });
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

    void upsertAnswer(UUID responseId, long dialogueId, AnswerInput answer, Instant savedAt) {
        int inserted = jdbc.sql("""
                INSERT INTO answer (response_id, dialogue_id, theme_code, score, skipped, works_well,
                                    could_be_better, saved_at)
                VALUES (:response, :dialogue, :theme, :score, :skipped, :worksWell, :couldBeBetter, :saved)
                ON CONFLICT DO NOTHING
                """)
                .param("response", responseId)
                .param("dialogue", dialogueId)
                .param("theme", answer.theme().code())
                .param("score", answer.score())
                .param("skipped", answer.isSkipped())
                .param("worksWell", answer.worksWell())
                .param("couldBeBetter", answer.couldBeBetter())
                .param("saved", Timestamp.from(savedAt))
                .update();
        if (inserted == 0) {
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
                    .param("theme", answer.theme().code())
                    .update();
        }
        touch(responseId, savedAt);
    }

    /** Marks the response completed unless it already is; true when this call completed it. */
    boolean complete(UUID id, Instant completedAt) {
        return jdbc.sql("""
                UPDATE response SET completed_at = :completed, last_saved_at = :completed
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
        return jdbc.sql("SELECT COUNT(*) AS started, COUNT(completed_at) AS completed FROM response WHERE dialogue_id = :d")
                .param("d", dialogueId)
                .query((rs, row) -> new ResponseCounts(rs.getLong("started"), rs.getLong("completed")))
                .single();
    }

    private static @Nullable String nameOrNull(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
