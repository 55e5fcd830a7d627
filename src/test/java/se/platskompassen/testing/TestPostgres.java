package se.platskompassen.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL the tests of this JVM run on, decided once: the configured one
 * ({@code PLATSKOMPASSEN_TEST_DB_URL}, or the README's database at {@code localhost:5432}) when it
 * answers; otherwise, so that a fresh machine with only a JDK runs the PostgreSQL tests too, an
 * embedded PostgreSQL of this JVM's own (on a free port, its data under {@code target/}, stopped
 * when the JVM ends) with the same role, password and database. The embedded one is never used
 * when the URL is configured, nor in CI ({@code CI=true}): there the real server must answer.
 * {@code PLATSKOMPASSEN_TEST_DB_EMBEDDED=true} asks for the embedded one even when a local server
 * answers.
 */
public final class TestPostgres {

    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/platskompassen_test";
    private static final String DATABASE = "platskompassen_test";
    private static final String CONFIGURED_URL = System.getenv("PLATSKOMPASSEN_TEST_DB_URL");
    static final String USER = env("PLATSKOMPASSEN_TEST_DB_USER", "platskompassen");
    static final String PASSWORD = env("PLATSKOMPASSEN_TEST_DB_PASSWORD", "platskompassen");

    private static volatile Choice choice;

    private TestPostgres() {
    }

    /** The JDBC URL of the test PostgreSQL (when none is {@link #isAvailable()}, the one that failed). */
    public static String url() {
        return choice().url();
    }

    public static boolean isAvailable() {
        return choice().problem() == null;
    }

    /** Why no test PostgreSQL is available; {@code null} when one is. */
    public static String problem() {
        return choice().problem();
    }

    public static boolean isEmbedded() {
        return choice().embedded();
    }

    /**
     * Gives a Spring test context the test PostgreSQL, outranking the test's own properties (a
     * {@code ${PLATSKOMPASSEN_TEST_DB_URL}} placeholder would not know of the embedded server).
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPostgres", Map.of(
                    "spring.datasource.url", url(),
                    "spring.datasource.username", USER,
                    "spring.datasource.password", PASSWORD)));
        }
    }

    private record Choice(String url, boolean embedded, String problem) {
    }

    private static Choice choice() {
        if (choice == null) {
            synchronized (TestPostgres.class) {
                if (choice == null) {
                    choice = choose();
                }
            }
        }
        return choice;
    }

    private static Choice choose() {
        boolean configured = CONFIGURED_URL != null && !CONFIGURED_URL.isBlank();
        String url = configured ? CONFIGURED_URL : DEFAULT_URL;
        if (!configured && "true".equalsIgnoreCase(System.getenv("PLATSKOMPASSEN_TEST_DB_EMBEDDED"))) {
            return embedded("PLATSKOMPASSEN_TEST_DB_EMBEDDED=true");
        }
        String problem = connectionProblem(url);
        if (problem == null || configured || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return new Choice(url, false, problem);
        }
        return embedded("no PostgreSQL answers at " + url + " (" + problem + ")");
    }

    private static String connectionProblem(String url) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, USER, PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static Choice embedded(String why) {
        Path data = Path.of("target", "embedded-postgres", "data-" + ProcessHandle.current().pid()).toAbsolutePath();
        System.err.println("[INFO] The tests start an embedded PostgreSQL of their own (" + why + "), data in " + data);
        try {
            // Stopped, and its data deleted, by the library's own shutdown hook when the JVM ends.
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    // Spring keeps test contexts, each with a pool, and several instances listen.
                    .setServerConfig("max_connections", "300")
                    .start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE \"" + USER + "\" LOGIN PASSWORD '" + PASSWORD.replace("'", "''") + "'");
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER \"" + USER + "\"");
            }
            return new Choice("jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE, true, null);
        } catch (IOException | SQLException | RuntimeException e) {
            return new Choice(DEFAULT_URL, false, why + "; the embedded PostgreSQL did not start: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
