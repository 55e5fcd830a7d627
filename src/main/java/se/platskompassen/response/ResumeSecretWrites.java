package se.platskompassen.response;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hash of a resident's resume secret on their response row; never read by exports or the API.
 * Set by a conditional update (only on a fresh own-device response that has none), so that a
 * second attempt cannot replace the first secret.
 */
@Repository
class ResumeSecretWrites {

    /** The unfinished response a hash belongs to, and the hash as stored, for the final comparison. */
    record Match(UUID responseId, String storedHash) {
    }

    private final JdbcClient jdbc;

    ResumeSecretWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the hash on a fresh own-device response that has none yet; false when there is no such response. */
    boolean attach(UUID responseId, String hash) {
        return jdbc.sql("""
                UPDATE response SET resume_hash = :hash
                WHERE id = :id AND resume_hash IS NULL AND completed_at IS NULL AND collection_mode = 'OWN_DEVICE'
                """)
                .param("hash", hash)
                .param("id", responseId)
                .update() == 1;
    }

    Optional<Match> findUnfinished(String hash, long dialogueId) {
        return jdbc.sql("""
                SELECT id, resume_hash FROM response
                WHERE resume_hash = :hash AND dialogue_id = :dialogue AND completed_at IS NULL
                """)
                .param("hash", hash)
                .param("dialogue", dialogueId)
                .query((row, n) -> new Match(row.getObject("id", UUID.class), row.getString("resume_hash")))
                .optional();
    }

    void detach(String hash) {
        jdbc.sql("UPDATE response SET resume_hash = NULL WHERE resume_hash = :hash").param("hash", hash).update();
    }
}
