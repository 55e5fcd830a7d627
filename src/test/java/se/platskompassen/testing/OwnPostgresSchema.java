package se.platskompassen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a test's application on the test PostgreSQL in a schema of its own, emptied and migrated
 * from scratch as a new install, for tests whose writes (language packs, questionnaire revisions)
 * every other application on the shared schema would pick up. A test names it with
 * {@code @ContextConfiguration(initializers = …)} through a subclass that gives the schema.
 */
public abstract class OwnPostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final String schema;

    protected OwnPostgresSchema(String schema) {
        this.schema = schema;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try (Connection connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the schema " + schema, e);
        }
        String separator = PostgresAvailable.URL.contains("?") ? "&" : "?";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ownSchema", Map.of(
                "spring.datasource.url", PostgresAvailable.URL + separator + "currentSchema=" + schema,
                "spring.datasource.username", PostgresAvailable.USER,
                "spring.datasource.password", PostgresAvailable.PASSWORD,
                "spring.flyway.default-schema", schema)));
    }
}
