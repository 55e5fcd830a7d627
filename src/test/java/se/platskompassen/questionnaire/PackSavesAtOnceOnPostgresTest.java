package se.platskompassen.questionnaire;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import se.platskompassen.testing.PostgresAvailable;

/**
 * On the test PostgreSQL, in a schema of its own (emptied and migrated from scratch, as a new
 * install), so that the saved packs never reach the other PostgreSQL tests' applications.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PackSavesAtOnceOnPostgresTest.OwnSchema.class)
@SpringBootTest(properties = {
        "spring.datasource.hikari.maximum-pool-size=5",
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.idle-timeout=10000"})
class PackSavesAtOnceOnPostgresTest extends PackSavesAtOnceContract {

    static final String SCHEMA = "pack_saves_at_once";

    static final class OwnSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try (Connection connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                    PostgresAvailable.PASSWORD); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                statement.execute("CREATE SCHEMA " + SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot prepare the schema " + SCHEMA, e);
            }
            String separator = PostgresAvailable.URL.contains("?") ? "&" : "?";
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("packSavesSchema", Map.of(
                    "spring.datasource.url", PostgresAvailable.URL + separator + "currentSchema=" + SCHEMA,
                    "spring.datasource.username", PostgresAvailable.USER,
                    "spring.datasource.password", PostgresAvailable.PASSWORD,
                    "spring.flyway.default-schema", SCHEMA)));
        }
    }

    @Override
    long sessionsWaitingForALock() {
        return jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'").query(Long.class).single();
    }
}
