package se.platskompassen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the test PostgreSQL answers. Locally a missing database skips the
 * tests with the reason; in CI ({@code CI=true}) it fails them, so that they can never be
 * skipped there by accident.
 */
public final class PostgresAvailable implements ExecutionCondition {

    public static final String URL = env("PLATSKOMPASSEN_TEST_DB_URL", "jdbc:postgresql://localhost:5432/platskompassen_test");
    public static final String USER = env("PLATSKOMPASSEN_TEST_DB_USER", "platskompassen");
    public static final String PASSWORD = env("PLATSKOMPASSEN_TEST_DB_PASSWORD", "platskompassen");

    private static volatile Boolean reachable;
    private static volatile String problem = "";
    private static volatile boolean announced;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isReachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        }
        String reason = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + problem
                + "); start it and create the test database as the README shows";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires the PostgreSQL tests to run: " + reason);
        }
        if (!announced) {
            announced = true;
            System.err.println("[WARNING] PostgreSQL tests are skipped: " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    public static boolean isReachable() {
        if (reachable == null) {
            synchronized (PostgresAvailable.class) {
                if (reachable == null) {
                    DriverManager.setLoginTimeout(3);
                    try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
                        reachable = true;
                    } catch (SQLException e) {
                        problem = e.getMessage();
                        reachable = false;
                    }
                }
            }
        }
        return reachable;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
