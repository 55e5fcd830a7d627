package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.testing.OldDatabase;
import se.platskompassen.testing.PostgresAvailable;

/**
 * A database that already holds paper forms whose numbers differ only in case (stored before
 * numbers were unique whatever their case) upgrades without losing any: the first one keeps the
 * number for lookups, the later ones stay as they are.
 */
class FormNumberUpgradeTest {

    @Test
    void an_embedded_database_with_numbers_differing_in_case_upgrades() {
        upgrades(OldDatabase.h2("form-number-upgrade", "8"));
    }

    @Test
    @Tag("postgres")
    @ExtendWith(PostgresAvailable.class)
    void a_postgresql_database_with_numbers_differing_in_case_upgrades() {
        upgrades(OldDatabase.postgres("form_number_upgrade", "8"));
    }

    private void upgrades(OldDatabase database) {
        JdbcClient jdbc = database.jdbc();
        UUID first = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        long dialogue = database.dialogue("OPEN");
        paperForm(jdbc, dialogue, first, "a12", "2026-05-04T10:00:00Z");
        paperForm(jdbc, dialogue, later, "A12", "2026-05-05T10:00:00Z");
        paperForm(jdbc, dialogue, other, "B7", "2026-05-05T10:00:00Z");

        database.upgrade();

        List<Map<String, Object>> rows = jdbc.sql("SELECT id, form_number, form_number_key FROM response ORDER BY started_at, form_number")
                .query().listOfRows();
        assertThat(rows).extracting(row -> row.get("form_number")).containsExactly("a12", "A12", "B7");
        assertThat(rows).extracting(row -> row.get("form_number_key")).containsExactly("a12", null, "b7");
    }

    private static void paperForm(JdbcClient jdbc, long dialogue, UUID id, String number, String started) {
        jdbc.sql("""
                INSERT INTO response (id, organisation_id, dialogue_id, questionnaire_version, questionnaire_hash,
                                      language, collection_mode, started_at, last_saved_at, form_number)
                SELECT :id, organisation_id, id, 'vuxen/test', 'hash', 'sv', 'PAPER', CAST(:started AS TIMESTAMP WITH TIME ZONE),
                       CAST(:started AS TIMESTAMP WITH TIME ZONE), :number
                FROM dialogue WHERE id = :dialogue
                """).param("id", id).param("started", started).param("number", number).param("dialogue", dialogue)
                .update();
    }
}
