package se.platskompassen.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.comments.CommentRef;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerSql;
import se.platskompassen.response.Comment;

/**
 * The reads of a results page: whether it is published, which comments staff chose, and the
 * comments they may choose from. A comment is one of the two free-text columns of an answer
 * ({@link AnswerSql#commentColumn}); only its theme and text are read, never a time or anything of
 * the response it belongs to (docs/decisions/0021-persistence-rule.md).
 */
@Repository
class ResultsQueries {

    /** At most this many comments are offered to choose from. */
    static final int MAX_CANDIDATES = 2000;

    private static final Comparator<PublishedComment> ORDER = Comparator
            .comparing(PublishedComment::theme)
            .thenComparing(PublishedComment::kind)
            .thenComparing(PublishedComment::text)
            .thenComparingLong(comment -> comment.ref().answerId());

    private final JdbcClient jdbc;

    ResultsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isPublished(long dialogueId) {
        return jdbc.sql("SELECT published FROM results_publication WHERE dialogue_id = ?")
                .param(dialogueId).query(Boolean.class).optional().orElse(false);
    }

    /** The chosen comments that still have a text (retention may have erased some), in theme order. */
    List<PublishedComment> chosen(long dialogueId) {
        List<@Nullable PublishedComment> found = new ArrayList<>();
        for (Comment.Kind kind : Comment.Kind.values()) {
            found.addAll(jdbc.sql("SELECT a.id, a.theme_code, " + AnswerSql.commentColumn(kind) + " AS text"
                            + " FROM published_comment p JOIN answer a ON a.id = p.answer_id"
                            + " WHERE p.dialogue_id = ? AND a.dialogue_id = ? AND p.kind = ?"
                            + " AND " + AnswerSql.commentColumn(kind) + " IS NOT NULL")
                    .params(dialogueId, dialogueId, kind.name())
                    .query((rs, row) -> comment(rs.getLong("id"), kind, rs.getString("theme_code"), rs.getString("text")))
                    .list());
        }
        return found.stream().filter(Objects::nonNull).sorted(ORDER).toList();
    }

    /** Every comment of the dialogue, in theme order, for staff to choose from. */
    List<PublishedComment> candidates(long dialogueId) {
        List<@Nullable PublishedComment> found = new ArrayList<>();
        for (Comment.Kind kind : Comment.Kind.values()) {
            found.addAll(jdbc.sql("SELECT a.id, a.theme_code, " + AnswerSql.commentColumn(kind) + " AS text"
                            + " FROM answer a WHERE a.dialogue_id = ? AND " + AnswerSql.commentColumn(kind)
                            + " IS NOT NULL ORDER BY a.id FETCH FIRST " + MAX_CANDIDATES + " ROWS ONLY")
                    .param(dialogueId)
                    .query((rs, row) -> comment(rs.getLong("id"), kind, rs.getString("theme_code"), rs.getString("text")))
                    .list());
        }
        return found.stream().filter(Objects::nonNull).sorted(ORDER).toList();
    }

    /** Null for a theme code no revision knows any more: such a comment is left out. */
    private static @Nullable PublishedComment comment(long answerId, Comment.Kind kind, String themeCode,
            String text) {
        return Theme.fromCode(themeCode).map(theme -> new PublishedComment(new CommentRef(answerId, kind), theme, text))
                .orElse(null);
    }
}
