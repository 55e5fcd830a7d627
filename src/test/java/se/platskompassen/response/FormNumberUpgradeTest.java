package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.platskompassen.testing.PostgresAvailable;

/**
 * A database that already holds paper forms whose numbers differ only in case (stored before
 * numbers were unique whatever their case) upgrades without losing any: the first one keeps the
 * number for lookups, the later ones stay as they are.
 */
class FormNumberUpgradeTest {

    @Test
    void an_embedded_database_with_numbers_differing_in_case_upgrades() {
        // One connection throughout: V1's checks on H2 fail once the session that made them is gone.
        upgrades(new SingleConnectionDataSource("jdbc:h2:mem:form-number-upgrade;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true), null);
    }

    @Test
    @Tag("postgres")
    @ExtendWith(PostgresAvailable.class)
    void a_postgresql_database_with_numbers_differing_in_case_upgrades() {
        String schema = "form_number_upgrade";
        String url = PostgresAvailable.URL + (PostgresAvailable.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        upgrades(new DriverManagerDataSource(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD), schema);
    }

    private void upgrades(DataSource dataSource, @Nullable String schema) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false);
        if (schema != null) {
            config.schemas(schema);
        }
        config.target("8").load().clean();
        config.target("8").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID first = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        long dialogue = dialogue(jdbc);
        paperForm(jdbc, dialogue, first, "a12", "2026-05-04T10:00:00Z");
        paperForm(jdbc, dialogue, later, "A12", "2026-05-05T10:00:00Z");
        paperForm(jdbc, dialogue, other, "B7", "2026-05-05T10:00:00Z");

        config.target("latest").load().migrate();

        List<Map<String, Object>> rows = jdbc.sql("SELECT id, form_number, form_number_key FROM response ORDER BY started_at, form_number")
                .query().listOfRows();
        assertThat(rows).extracting(row -> row.get("form_number")).containsExactly("a12", "A12", "B7");
        assertThat(rows).extracting(row -> row.get("form_number_key")).containsExactly("a12", null, "b7");
    }

    private static long dialogue(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO organisation (name, kind, created_at) VALUES ('Kommun', 'MUNICIPALITY', CURRENT_TIMESTAMP)")
                .update();
        long organisation = jdbc.sql("SELECT id FROM organisation").query(Long.class).single();
        jdbc.sql("INSERT INTO place (organisation_id, name, created_at) VALUES (:o, 'Torget', CURRENT_TIMESTAMP)")
                .param("o", organisation).update();
        long place = jdbc.sql("SELECT id FROM place").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO dialogue (organisation_id, place_id, title, version, languages, kind, join_code, join_key,
                                      status, created_at)
                VALUES (:o, :p, 'Dialog', 'VUXEN', 'sv', 'INDIVIDUAL', 'ABC-123', 'ABC123', 'OPEN', CURRENT_TIMESTAMP)
                """).param("o", organisation).param("p", place).update();
        return jdbc.sql("SELECT id FROM dialogue").query(Long.class).single();
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
