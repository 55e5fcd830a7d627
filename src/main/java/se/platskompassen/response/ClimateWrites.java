package se.platskompassen.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Theme;

/**
 * Writes the Climate Lens' answers ({@code climate_answer}, decision 0038) the way answers are
 * written (decision 0021): INSERT ... ON CONFLICT DO NOTHING, then UPDATE of the row locked, so a
 * repeated save is absorbed by the database. The only class that writes climate answers.
 */
@Repository
class ClimateWrites {

    private final JdbcClient jdbc;

    ClimateWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a theme's climate score (null: skipped) given with the module revision {@code moduleId}. */
    void upsert(UUID responseId, long dialogueId, Theme theme, @Nullable Integer score, String moduleId,
            String moduleHash, Instant savedAt) {
        int inserted = jdbc.sql("""
                INSERT INTO climate_answer (response_id, dialogue_id, theme_code, score, module_id, module_hash, saved_at)
                VALUES (:response, :dialogue, :theme, :score, :module, :hash, :saved)
                ON CONFLICT DO NOTHING
                """)
                .param("response", responseId)
                .param("dialogue", dialogueId)
                .param("theme", theme.code())
                .param("score", score)
                .param("module", moduleId)
                .param("hash", moduleHash)
                .param("saved", Timestamp.from(savedAt))
                .update();
        if (inserted == 0) {
            jdbc.sql("SELECT score FROM climate_answer WHERE response_id = :response AND theme_code = :theme FOR UPDATE")
                    .param("response", responseId)
                    .param("theme", theme.code())
                    .query((rs, row) -> rs.getObject(1))
                    .list();
            jdbc.sql("""
                    UPDATE climate_answer SET score = :score, module_id = :module, module_hash = :hash, saved_at = :saved
                    WHERE response_id = :response AND theme_code = :theme
                    """)
                    .param("score", score)
                    .param("module", moduleId)
                    .param("hash", moduleHash)
                    .param("saved", Timestamp.from(savedAt))
                    .param("response", responseId)
                    .param("theme", theme.code())
                    .update();
        }
    }
}
