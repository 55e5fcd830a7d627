package se.platskompassen.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.testing.OldDatabase;
import se.platskompassen.testing.PostgresAvailable;

/**
 * A database whose actions have only the old done flag (before issue 17) upgrades to statuses
 * that mean the same: done actions are DONE, the others PLANNED, with no note and no status day.
 */
class ActionStatusUpgradeTest {

    @Test
    void an_embedded_database_with_done_and_open_actions_upgrades_to_statuses() {
        upgrades(OldDatabase.h2("action-status-upgrade", "13"));
    }

    @Test
    @Tag("postgres")
    @ExtendWith(PostgresAvailable.class)
    void a_postgresql_database_with_done_and_open_actions_upgrades_to_statuses() {
        upgrades(OldDatabase.postgres("action_status_upgrade", "13"));
    }

    private void upgrades(OldDatabase database) {
        JdbcClient jdbc = database.jdbc();
        long dialogue = database.dialogue("CLOSED");
        action(jdbc, dialogue, "Belysning", true);
        action(jdbc, dialogue, "Sittbänkar", false);

        database.upgrade();

        List<Map<String, Object>> rows = jdbc.sql(
                "SELECT what, status, status_note, status_date FROM dialogue_action ORDER BY what").query().listOfRows();
        assertThat(rows).extracting(row -> row.get("what")).containsExactly("Belysning", "Sittbänkar");
        assertThat(rows).extracting(row -> row.get("status")).containsExactly("DONE", "PLANNED");
        assertThat(rows).extracting(row -> row.get("status_note")).containsOnlyNulls();
        assertThat(rows).extracting(row -> row.get("status_date")).containsOnlyNulls();
    }

    private static void action(JdbcClient jdbc, long dialogue, String what, boolean done) {
        jdbc.sql("""
                INSERT INTO dialogue_action (dialogue_id, what, done, created_by, created_at)
                VALUES (:d, :what, :done, 'kommun-admin', CURRENT_TIMESTAMP)
                """).param("d", dialogue).param("what", what).param("done", done).update();
    }
}
