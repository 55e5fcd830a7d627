package se.platskompassen.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Marks of excluded responses: the responses are locked first (in one order, so that two staff
 * members' exclusions cannot deadlock, and a resident's save waits), then marked or unmarked, and
 * their answers counted so that the tally moves with them ({@link TallyWrites}). Also erases old
 * session markers.
 */
@Repository
class ExclusionWrites {

    private final JdbcClient jdbc;

    ExclusionWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
