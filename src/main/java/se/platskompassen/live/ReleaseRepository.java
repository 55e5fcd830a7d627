package se.platskompassen.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.Comment;

/**
 * The released pictures ({@code live_release*}, migration V11) and what waits to be released. It
 * reads the {@code answer} table directly: whether an answer came after a release is a question
 * of its {@code saved_at}, which the response feature does not otherwise expose, and the callers
 * have checked the dialogue belongs to the staff member's organisation.
 */
@Repository
class ReleaseRepository {

    private final JdbcClient jdbc;

    ReleaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One theme's last release. */
    record Released(int revision, long answers, Instant releasedAt) {
    }

    /** Per theme: all answers now, and those saved after the theme's last release. */
    record Saved(long answers, long waiting) {
    }

    /** One theme's answers as they are now, read in one statement: the next release. */
    record Batch(Map<@Nullable Integer, Long> scores, List<Comment> comments, long answers, @Nullable Instant upTo) {
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
        Map<Theme, Map<@Nullable Integer, Long>> scores = new EnumMap<>(Theme.class);
        jdbc.sql("SELECT theme_code, score, answers FROM live_release_score WHERE dialogue_id = :dialogue")
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
        List<Comment> comments = new ArrayList<>();
        long[] answers = {0};
        Instant[] upTo = {null};
        jdbc.sql("""
                SELECT a.id, a.score, a.works_well, a.could_be_better, a.saved_at FROM answer a
                JOIN response p ON p.id = a.response_id
                WHERE a.dialogue_id = :dialogue AND a.theme_code = :theme AND p.excluded_at IS NULL
                """)
                .param("dialogue", dialogueId)
                .param("theme", theme.code())
                .query(rs -> {
                    answers[0]++;
                    scores.merge(rs.getObject(2, Integer.class), 1L, Long::sum);
                    addComment(comments, rs.getLong(1), theme, Comment.Kind.WORKS_WELL, rs.getString(3));
                    addComment(comments, rs.getLong(1), theme, Comment.Kind.COULD_BE_BETTER, rs.getString(4));
                    Instant saved = rs.getTimestamp(5).toInstant();
                    if (upTo[0] == null || saved.isAfter(upTo[0])) {
                        upTo[0] = saved;
                    }
                });
        return new Batch(scores, comments, answers[0], upTo[0]);
    }

    /**
     * Replaces the theme's release with the batch if nobody released it meanwhile (the revision
     * read before is still there); false when another instance came first.
     */
    boolean release(long dialogueId, Theme theme, Optional<Released> before, Batch batch, Instant now) {
        Timestamp upTo = Timestamp.from(batch.upTo() != null ? batch.upTo() : Instant.EPOCH);
        int changed = before.isPresent()
                ? jdbc.sql("""
                        UPDATE live_release SET revision = revision + 1, answers = :answers, answers_up_to = :upTo,
                                                released_at = :now
                        WHERE dialogue_id = :dialogue AND theme_code = :theme AND revision = :revision
                        """)
                        .param("revision", before.get().revision())
                        .param("answers", batch.answers()).param("upTo", upTo).param("now", Timestamp.from(now))
                        .param("dialogue", dialogueId).param("theme", theme.code())
                        .update()
                : jdbc.sql("""
                        INSERT INTO live_release (dialogue_id, theme_code, revision, answers, answers_up_to, released_at)
                        VALUES (:dialogue, :theme, 1, :answers, :upTo, :now)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("answers", batch.answers()).param("upTo", upTo).param("now", Timestamp.from(now))
                        .param("dialogue", dialogueId).param("theme", theme.code())
                        .update();
        if (changed == 0) {
            return false;
        }
        for (String table : List.of("live_release_score", "live_release_comment")) {
            jdbc.sql("DELETE FROM " + table + " WHERE dialogue_id = :dialogue AND theme_code = :theme")
                    .param("dialogue", dialogueId).param("theme", theme.code()).update();
        }
        batch.scores().forEach((score, answers) -> jdbc.sql("""
                INSERT INTO live_release_score (dialogue_id, theme_code, score, answers)
                VALUES (:dialogue, :theme, :score, :answers)
                """)
                .param("dialogue", dialogueId).param("theme", theme.code())
                .param("score", score).param("answers", answers)
                .update());
        batch.comments().forEach(comment -> jdbc.sql("""
                INSERT INTO live_release_comment (dialogue_id, theme_code, answer_id, kind, comment_text)
                VALUES (:dialogue, :theme, :answer, :kind, :text)
                """)
                .param("dialogue", dialogueId).param("theme", theme.code()).param("answer", comment.answerId())
                .param("kind", comment.kind().name()).param("text", comment.text())
                .update());
        return true;
    }

    /** Forgets the releases of an organisation's dialogues: their copies of comments go with them. */
    int forgetOrganisation(long organisationId) {
        return jdbc.sql("""
                DELETE FROM live_release
                WHERE dialogue_id IN (SELECT id FROM dialogue WHERE organisation_id = :organisation)
                """)
                .param("organisation", organisationId)
                .update();
    }

    private static void addComment(List<Comment> comments, long answerId, Theme theme, Comment.Kind kind,
            @Nullable String text) {
        if (text != null && !text.isBlank()) {
            comments.add(new Comment(answerId, theme, kind, text));
        }
    }
}
