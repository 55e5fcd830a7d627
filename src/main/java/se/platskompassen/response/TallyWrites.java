package se.platskompassen.response;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moves the answer tally in the transaction of the write that changed the answers
 * (docs/decisions/0006-answer-tally.md). A tally row is created on first use with
 * {@code INSERT ... ON CONFLICT DO NOTHING} and otherwise updated in place, and tally rows are
 * always locked in one order (dialogue, theme, score), so that concurrent writers never deadlock.
 */
@Repository
class TallyWrites {

    /** One tally row: a dialogue's answers to a theme with a tally score ({@link AnswerSql#tallyScore}). */
    record Key(long dialogueId, String themeCode, int score) {
    }

    /** One order for locking tally rows everywhere, so that concurrent writers never deadlock. */
    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::dialogueId)
            .thenComparing(Key::themeCode).thenComparingInt(Key::score);

    private final JdbcClient jdbc;

    TallyWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An empty set of changes to the tally, kept in the one lock order. */
    static Map<Key, Long> changes() {
        return new TreeMap<>(ORDER);
    }

    /** Applies changes made by {@link #changes()}, in their lock order. */
    void apply(Map<Key, Long> changes) {
        changes.forEach((key, delta) -> add(key.dialogueId(), key.themeCode(), key.score(), delta));
    }

    /**
     * Moves a dialogue's tally by the answers of responses excluded ({@code sign} -1) or included
     * again (+1), locking the tally rows in the one order every writer uses.
     */
    void move(long dialogueId, List<ResponseQueries.CountRow> answers, int sign) {
        Map<Key, Long> changes = changes();
        for (ResponseQueries.CountRow row : answers) {
            changes.merge(new Key(dialogueId, row.themeCode(), AnswerSql.tallyScore(row.score())),
                    sign * row.answers(), Long::sum);
        }
        apply(changes);
    }

    /** Recounts a dialogue's tally from its answers, e.g. after responses were deleted. */
    void rebuild(long dialogueId) {
        jdbc.sql("DELETE FROM answer_tally WHERE dialogue_id = :dialogue").param("dialogue", dialogueId).update();
        jdbc.sql("""
                INSERT INTO answer_tally (dialogue_id, theme_code, score, answers)
                SELECT a.dialogue_id, a.theme_code, %1$s, COUNT(*)
                FROM answer a JOIN response r ON r.id = a.response_id
                WHERE a.dialogue_id = :dialogue AND r.excluded_at IS NULL
                GROUP BY a.dialogue_id, a.theme_code, %1$s
                """.formatted(AnswerSql.TALLY_SCORE))
                .param("dialogue", dialogueId)
                .update();
    }

    /** Adds {@code delta} to a tally, creating the row the first time it is needed. */
    void add(long dialogueId, String theme, int score, long delta) {
        if (update(dialogueId, theme, score, delta) == 0) {
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
                update(dialogueId, theme, score, delta);
            }
        }
    }

    private int update(long dialogueId, String theme, int score, long delta) {
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
}
