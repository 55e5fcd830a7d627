package se.platskompassen.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads that guard a resident's saves. The dialogue's row is locked for a start's
 * transaction, so that a close and the starts of one dialogue happen one after the other on every
 * instance, and the counts behind the limits cannot be raced past; a response's row is locked for
 * a save, so that an exclusion and a save of the same response never cross.
 */
@Repository
class StartLocks {

    private final JdbcClient jdbc;

    StartLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the dialogue's row until the transaction ends; a close waits for a start and the other way round. */
    void lockDialogue(long dialogueId) {
        jdbc.sql("SELECT id FROM dialogue WHERE id = :id FOR UPDATE").param("id", dialogueId).query(Long.class).list();
    }

    /** Locks the response's row until the transaction ends; true when staff excluded it from the figures. */
    boolean lockExcluded(UUID responseId) {
        return jdbc.sql("SELECT excluded_at FROM response WHERE id = :id FOR UPDATE")
                .param("id", responseId)
                .query((rs, row) -> rs.getTimestamp(1) != null)
                .optional().orElse(false);
    }

    /** Responses of the dialogue started since a moment. */
    long startedSince(long dialogueId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM response WHERE dialogue_id = :d AND started_at > :since")
                .param("d", dialogueId)
                .param("since", Timestamp.from(since))
                .query(Long.class).single();
    }

    /** Responses of the dialogue started in one session since a moment. */
    long startedSince(long dialogueId, ResidentSession session, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM response
                WHERE session_marker = :marker AND dialogue_id = :d AND started_at > :since
                """)
                .param("marker", session.marker())
                .param("d", dialogueId)
                .param("since", Timestamp.from(since))
                .query(Long.class).single();
    }

    /** Unfinished responses of the dialogue started in one session since a moment. */
    long unfinishedSince(long dialogueId, ResidentSession session, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM response
                WHERE session_marker = :marker AND dialogue_id = :d AND started_at > :since AND completed_at IS NULL
                """)
                .param("marker", session.marker())
                .param("d", dialogueId)
                .param("since", Timestamp.from(since))
                .query(Long.class).single();
    }
}
