package se.platskompassen.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads behind the staff view of suspicious bursts and of the responses excluded from the figures. */
@Repository
class ExclusionQueries {

    private final JdbcClient jdbc;

    ExclusionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One completed resident response, as much of it as finding bursts needs. */
    record Completed(UUID id, String sessionMarker, CollectionMode mode, Instant startedAt, Instant completedAt) {
    }

    /** One excluded response and the marks of its exclusion. */
    record Excluded(UUID id, Instant at, String by, String reason) {
    }

    /** The dialogue's completed responses started in a browser session and still counted, in order of completion. */
    List<Completed> completed(long dialogueId) {
        return jdbc.sql("""
                SELECT id, session_marker, collection_mode, started_at, completed_at FROM response
                WHERE dialogue_id = :d AND completed_at IS NOT NULL AND session_marker IS NOT NULL
                  AND excluded_at IS NULL
                ORDER BY completed_at, id
                """)
                .param("d", dialogueId)
                .query((rs, row) -> new Completed(rs.getObject(1, UUID.class), rs.getString(2),
                        CollectionMode.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    List<Excluded> excluded(long dialogueId) {
        return jdbc.sql("""
                SELECT id, excluded_at, excluded_by, excluded_reason FROM response
                WHERE dialogue_id = :d AND excluded_at IS NOT NULL
                ORDER BY excluded_at, id
                """)
                .param("d", dialogueId)
                .query((rs, row) -> new Excluded(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4)))
                .list();
    }
}
