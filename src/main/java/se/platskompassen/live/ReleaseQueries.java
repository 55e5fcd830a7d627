package se.platskompassen.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerSql;
import se.platskompassen.response.Comment;

/**
 * The reads of the released pictures ({@code live_release*}, migration V11) and of what waits to
 * be released. It reads the {@code answer} table directly (its columns mean what
 * {@link AnswerSql} says): whether an answer came after a release is a question of its
 * {@code saved_at}, which the response feature does not otherwise expose, and the callers have
 * checked the dialogue belongs to the staff member's organisation. The releases are written by
 * {@link ReleaseWrites} (docs/decisions/0021-persistence-rule.md).
 */
@Repository
class ReleaseQueries {

    private final JdbcClient jdbc;

    ReleaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One theme's last release. */
    record Released(int revision, long answers, Instant releasedAt) {
    }

    /** Per theme: all answers now, and those saved after the theme's last release. */
    record Saved(long answers, long waiting) {
    }

    /**
     * One theme's answers as they are now, read in one statement: the next release, with the
     * Climate Lens' scores of the same answers (empty without the lens, decision 0038).
     */
    record Batch(Map<@Nullable Integer, Long> scores, List<Comment> comments, long answers, @Nullable Instant upTo,
            Map<@Nullable Integer, Long> climate) {
    }

    Map<Theme, Released> released(long dialogueId) {
        Map<Theme, Released> released = new EnumMap<>(Theme.class);
        jdbc.sql("SELECT theme_code, revision, answers, released_at FROM live_release WHERE dialogue_id = :dialogue")
                .param("dialogue", dialogueId)
                .query(rs -> {
                    Released one = new Released(rs.getInt(2), rs.getLong(3), rs.getTimestamp(4).toInstant());
                    Theme.fromCode(rs.getString(1)).ifPresent(theme -> released.put(theme, one));
                });
        return released;
    }

    /** Whether the facilitator holds the dialogue's picture back until revealing it (decision 0039). */
    boolean held(long dialogueId) {
        return jdbc.sql("SELECT COUNT(*) FROM live_hold WHERE dialogue_id = :dialogue")
                .param("dialogue", dialogueId).query(Long.class).single() > 0;
    }

    Map<Theme, Saved> saved(long dialogueId) {
        Map<Theme, Saved> saved = new EnumMap<>(Theme.class);
        jdbc.sql("""
                SELECT a.theme_code, COUNT(*),
                       SUM(CASE WHEN r.answers_up_to IS NULL OR a.saved_at > r.answers_up_to THEN 1 ELSE 0 END)
                FROM answer a
                JOIN response p ON p.id = a.response_id
                LEFT JOIN live_release r ON r.dialogue_id = a.dialogue_id AND r.theme_code = a.theme_code
                WHERE a.dialogue_id = :dialogue AND p.excluded_at IS NULL
                GROUP BY a.theme_code
                """)
                .param("dialogue", dialogueId)
                .query(rs -> {
                    Saved one = new Saved(rs.getLong(2), rs.getLong(3));
                    Theme.fromCode(rs.getString(1)).ifPresent(theme -> saved.put(theme, one));
                });
        return saved;
    }

    /** The released counts of every theme, by theme and score (null: skipped). */
    Map<Theme, Map<@Nullable Integer, Long>> scores(long dialogueId) {
        return released("live_release_score", dialogueId);
    }

    /** The released Climate Lens counts of every theme, by theme and score (null: skipped). */
    Map<Theme, Map<@Nullable Integer, Long>> climateScores(long dialogueId) {
        return released("live_release_climate", dialogueId);
    }

    private Map<Theme, Map<@Nullable Integer, Long>> released(String table, long dialogueId) {
        Map<Theme, Map<@Nullable Integer, Long>> scores = new EnumMap<>(Theme.class);
        jdbc.sql("SELECT theme_code, score, answers FROM " + table + " WHERE dialogue_id = :dialogue")
                .param("dialogue", dialogueId)
                .query(rs -> {
                    Integer score = rs.getObject(2, Integer.class);
                    long answers = rs.getLong(3);
                    Theme.fromCode(rs.getString(1)).ifPresent(theme ->
                            scores.computeIfAbsent(theme, t -> new HashMap<>()).put(score, answers));
                });
        return scores;
    }

    List<Comment> comments(long dialogueId, Theme theme) {
        return jdbc.sql("""
                SELECT answer_id, kind, comment_text FROM live_release_comment
                WHERE dialogue_id = :dialogue AND theme_code = :theme
                """)
                .param("dialogue", dialogueId)
                .param("theme", theme.code())
                .query((rs, row) -> new Comment(rs.getLong(1), theme, Comment.Kind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    Batch batch(long dialogueId, Theme theme) {
        Map<@Nullable Integer, Long> scores = new HashMap<>();
        Map<@Nullable Integer, Long> climate = new HashMap<>();
        List<Comment> comments = new ArrayList<>();
        long[] answers = {0};
        Instant[] upTo = {null};
        jdbc.sql("""
                SELECT a.id, a.score, a.works_well, a.could_be_better, a.saved_at, c.response_id, c.score
                FROM answer a
                JOIN response p ON p.id = a.response_id
                LEFT JOIN climate_answer c ON c.response_id = a.response_id AND c.theme_code = a.theme_code
                WHERE a.dialogue_id = :dialogue AND a.theme_code = :theme AND p.excluded_at IS NULL
                """)
                .param("dialogue", dialogueId)
                .param("theme", theme.code())
                .query(rs -> {
                    answers[0]++;
                    scores.merge(AnswerSql.score(rs, 2), 1L, Long::sum);
                    addComment(comments, rs.getLong(1), theme, Comment.Kind.WORKS_WELL, rs.getString(3));
                    addComment(comments, rs.getLong(1), theme, Comment.Kind.COULD_BE_BETTER, rs.getString(4));
                    if (rs.getObject(6) != null) {
                        climate.merge(AnswerSql.score(rs, 7), 1L, Long::sum);
                    }
                    Instant saved = rs.getTimestamp(5).toInstant();
                    if (upTo[0] == null || saved.isAfter(upTo[0])) {
                        upTo[0] = saved;
                    }
                });
        return new Batch(scores, comments, answers[0], upTo[0], climate);
    }

    private static void addComment(List<Comment> comments, long answerId, Theme theme, Comment.Kind kind,
            @Nullable String text) {
        if (text != null && !text.isBlank()) {
            comments.add(new Comment(answerId, theme, kind, text));
        }
    }
}
