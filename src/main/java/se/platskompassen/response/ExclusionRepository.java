package se.platskompassen.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and marks of responses for the staff view of suspicious bursts and their exclusion. */
@Repository
class ExclusionRepository {

    private final JdbcClient jdbc;

    ExclusionRepository(JdbcClient jdbc) {
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

    /**
     * Locks those of the responses that belong to the dialogue and are (with {@code excluded}
     * false: not yet) excluded, in one order, and returns their ids.
     */
    List<UUID> lock(long dialogueId, Collection<UUID> ids, boolean excluded) {
        List<UUID> locked = new ArrayList<>();
        for (List<UUID> chunk : chunks(ids)) {
            locked.addAll(jdbc.sql("SELECT id FROM response WHERE dialogue_id = :d AND id IN (:ids) AND excluded_at IS "
                            + (excluded ? "NOT NULL" : "NULL") + " ORDER BY id FOR UPDATE")
                    .param("d", dialogueId)
                    .param("ids", chunk)
                    .query(UUID.class).list());
        }
        return locked;
    }

    /** The answers of the responses counted by theme and score, to move the tally by. */
    List<ResponseQueries.CountRow> answerCounts(Collection<UUID> ids) {
        List<ResponseQueries.CountRow> rows = new ArrayList<>();
        for (List<UUID> chunk : chunks(ids)) {
            rows.addAll(jdbc.sql("""
                    SELECT theme_code, score, COUNT(*) FROM answer WHERE response_id IN (:ids)
                    GROUP BY theme_code, score
                    """)
                    .param("ids", chunk)
                    .query((rs, row) -> new ResponseQueries.CountRow(rs.getString(1),
                            AnswerSql.score(rs, 2), rs.getLong(3)))
                    .list());
        }
        return rows;
    }

    void mark(Collection<UUID> ids, Instant at, String by, String reason) {
        for (List<UUID> chunk : chunks(ids)) {
            jdbc.sql("UPDATE response SET excluded_at = :at, excluded_by = :by, excluded_reason = :reason"
                            + " WHERE id IN (:ids)")
                    .param("at", Timestamp.from(at))
                    .param("by", by)
                    .param("reason", reason)
                    .param("ids", chunk)
                    .update();
        }
    }

    void unmark(Collection<UUID> ids) {
        for (List<UUID> chunk : chunks(ids)) {
            jdbc.sql("UPDATE response SET excluded_at = NULL, excluded_by = NULL, excluded_reason = NULL"
                            + " WHERE id IN (:ids)")
                    .param("ids", chunk)
                    .update();
        }
    }

    /** Erases the session markers of responses started before a moment; returns how many. */
    int eraseMarkers(Instant startedBefore) {
        return jdbc.sql("UPDATE response SET session_marker = NULL"
                        + " WHERE session_marker IS NOT NULL AND started_at < :before")
                .param("before", Timestamp.from(startedBefore))
                .update();
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        // One order for every caller, so that two staff members' exclusions cannot deadlock.
        List<UUID> all = ids.stream().distinct().sorted().toList();
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        }
        return chunks;
    }
}
