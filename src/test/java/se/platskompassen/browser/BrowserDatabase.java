package se.platskompassen.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import se.platskompassen.testing.PostgresAvailable;
import se.platskompassen.testing.TestPostgres;

/**
 * The database the browser tests' application runs on: the test PostgreSQL ({@link TestPostgres}:
 * the configured one, or else an embedded one of this JVM's own) with the production profile,
 * plus {@code demo} for the demo content, in a schema of its own, {@value #SCHEMA},
 * dropped and made anew before the application starts, so that each run begins as a new install
 * and the other PostgreSQL tests' schema is never touched. Without a test PostgreSQL the
 * application runs on the embedded H2 default instead; in CI ({@code CI=true}) that is a failure.
 */
final class BrowserDatabase {

    static final String SCHEMA = "browser_tests";

    private BrowserDatabase() {
    }

    /** Empties the schema and returns the application's command line arguments for it. */
    static List<String> prepare() {
        return prepare(SCHEMA);
    }

    /** Empties this schema of the test PostgreSQL and returns the command line arguments for an application on it. */
    static List<String> prepare(String schema) {
        if (!PostgresAvailable.isReachable()) {
            Prerequisite.missing("Browser tests on PostgreSQL", "no test PostgreSQL answers at " + PostgresAvailable.URL
                    + " (" + TestPostgres.problem() + "); the browser tests run on the embedded H2 database instead");
            return List.of();
        }
        try (Connection connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the schema " + schema + " at " + PostgresAvailable.URL, e);
        }
        String separator = PostgresAvailable.URL.contains("?") ? "&" : "?";
        return List.of("--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + PostgresAvailable.URL + separator + "currentSchema=" + schema,
                "--spring.datasource.username=" + PostgresAvailable.USER,
                "--spring.datasource.password=" + PostgresAvailable.PASSWORD,
                "--spring.flyway.default-schema=" + schema);
    }

    static String describe() {
        if (!PostgresAvailable.isReachable()) {
            return "embedded H2";
        }
        return (TestPostgres.isEmbedded() ? "embedded PostgreSQL" : "PostgreSQL") + ", schema " + SCHEMA;
    }
}
