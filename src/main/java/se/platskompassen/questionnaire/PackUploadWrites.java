package se.platskompassen.questionnaire;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Keeps an uploaded language pack's file and the questionnaire revisions it made. */
@Repository
class PackUploadWrites {

    private final JdbcClient jdbc;

    PackUploadWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long saveUpload(Language language, byte[] file, String actor, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO language_pack_upload (language, content, uploaded_by, uploaded_at)
                VALUES (:language, :content, :actor, :at)
                """)
                .param("language", language.code())
                .param("content", file)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void saveRevision(Questionnaire revision, byte[] dataFile, long uploadId, Instant at) {
        jdbc.sql("""
                INSERT INTO questionnaire_revision (id, hash, content, upload_id, created_at)
                VALUES (:id, :hash, :content, :upload, :at)
                """)
                .param("id", revision.id())
                .param("hash", revision.hash())
                .param("content", dataFile)
                .param("upload", uploadId)
                .param("at", Timestamp.from(at))
                .update();
    }
}
