package se.platskompassen.results;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.comments.CommentRef;

/**
 * Publishing a results page and choosing its comments, in plain SQL. A chosen comment is stored
 * only when its answer belongs to the dialogue, so an id from elsewhere is silently not taken
 * (docs/decisions/0021-persistence-rule.md).
 */
@Repository
class ResultsWrites {

    private final JdbcClient jdbc;

    ResultsWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void setPublished(long dialogueId, boolean published, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO results_publication (dialogue_id, published, changed_by, changed_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(dialogueId, published, by, Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE results_publication SET published = ?, changed_by = ?, changed_at = ? WHERE dialogue_id = ?")
                .params(published, by, Timestamp.from(at), dialogueId)
                .update();
    }

    /** Replaces the dialogue's chosen comments; returns how many were taken. */
    int choose(long dialogueId, Collection<CommentRef> comments) {
        jdbc.sql("DELETE FROM published_comment WHERE dialogue_id = ?").param(dialogueId).update();
        int taken = 0;
        for (CommentRef comment : comments) {
            taken += jdbc.sql("""
                    INSERT INTO published_comment (dialogue_id, answer_id, kind)
                    SELECT dialogue_id, id, ? FROM answer WHERE id = ? AND dialogue_id = ?""")
                    .params(comment.kind().name(), comment.answerId(), dialogueId)
                    .update();
        }
        return taken;
    }
}
