package se.platskompassen.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
 * A database whose actions have only the old done flag (before issue 17) upgrades to statuses
 * that mean the same: done actions are DONE, the others PLANNED, with no note and no status day.
 */
class ActionStatusUpgradeTest {

    @Test
    void an_embedded_database_with_done_and_open_actions_upgrades_to_statuses() {
        // One connection throughout: V1's checks on H2 fail once the session that made them is gone.
        upgrades(new SingleConnectionDataSource("jdbc:h2:mem:action-status-upgrade;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true), null);
    }

    @Test
    @Tag("postgres")
    @ExtendWith(PostgresAvailable.class)
    void a_postgresql_database_with_done_and_open_actions_upgrades_to_statuses() {
        String schema = "action_status_upgrade";
        String url = PostgresAvailable.URL + (PostgresAvailable.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        upgrades(new DriverManagerDataSource(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD), schema);
    }

    private void upgrades(DataSource dataSource, @Nullable String schema) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false);
        if (schema != null) {
            config.schemas(schema);
        }
        config.target("13").load().clean();
        config.target("13").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long dialogue = dialogue(jdbc);
        action(jdbc, dialogue, "Belysning", true);
        action(jdbc, dialogue, "Sittbänkar", false);

        config.target("latest").load().migrate();

        List<Map<String, Object>> rows = jdbc.sql(
                "SELECT what, status, status_note, status_date FROM dialogue_action ORDER BY what").query().listOfRows();
        assertThat(rows).extracting(row -> row.get("what")).containsExactly("Belysning", "Sittbänkar");
        assertThat(rows).extracting(row -> row.get("status")).containsExactly("DONE", "PLANNED");
        assertThat(rows).extracting(row -> row.get("status_note")).containsOnlyNulls();
        assertThat(rows).extracting(row -> row.get("status_date")).containsOnlyNulls();
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
                VALUES (:o, :p, 'Dialog', 'VUXEN', 'sv', 'INDIVIDUAL', 'ABC-123', 'ABC123', 'CLOSED', CURRENT_TIMESTAMP)
                """).param("o", organisation).param("p", place).update();
        return jdbc.sql("SELECT id FROM dialogue").query(Long.class).single();
    }

    private static void action(JdbcClient jdbc, long dialogue, String what, boolean done) {
        jdbc.sql("""
                INSERT INTO dialogue_action (dialogue_id, what, done, created_by, created_at)
                VALUES (:d, :what, :done, 'kommun-admin', CURRENT_TIMESTAMP)
                """).param("d", dialogue).param("what", what).param("done", done).update();
    }
}
