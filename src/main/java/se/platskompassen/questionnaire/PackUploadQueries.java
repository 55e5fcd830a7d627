package se.platskompassen.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the uploaded language packs in use and the revisions uploads made. */
@Repository
class PackUploadQueries {

    private final JdbcClient jdbc;

    PackUploadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest upload of each language, oldest language first. */
    List<byte[]> newestPacks() {
        return jdbc.sql("""
                SELECT u.content FROM language_pack_upload u
                WHERE u.id = (SELECT MAX(n.id) FROM language_pack_upload n WHERE n.language = u.language)
                ORDER BY u.id
                """)
                .query((row, n) -> row.getBytes(1))
                .list();
    }

    /** Every revision an upload made, in the order they were made. */
    List<byte[]> revisions() {
        return jdbc.sql("SELECT content FROM questionnaire_revision ORDER BY created_at, id")
                .query((row, n) -> row.getBytes(1))
                .list();
    }

    /** Who saved the pack in use for {@code language}, and when; empty while the shipped pack is in use. */
    Optional<PackUploads.Refused.LastSave> newestUpload(Language language) {
        return jdbc.sql("""
                SELECT uploaded_by, uploaded_at FROM language_pack_upload
                WHERE language = :language ORDER BY id DESC LIMIT 1
                """)
                .param("language", language.code())
                .query((row, n) -> new PackUploads.Refused.LastSave(row.getString(1),
                        row.getTimestamp(2).toInstant()))
                .optional();
    }

    boolean revisionExists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM questionnaire_revision WHERE id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }
}
