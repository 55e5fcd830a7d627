package se.platskompassen.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when a test PostgreSQL is there ({@link TestPostgres}: the configured
 * one, or else an embedded one). Should neither be, a local run skips the tests with the reason;
 * in CI ({@code CI=true}) it fails them, so that they can never be skipped there by accident.
 */
public final class PostgresAvailable implements ExecutionCondition {

    public static final String URL = TestPostgres.url();
    public static final String USER = TestPostgres.USER;
    public static final String PASSWORD = TestPostgres.PASSWORD;

    private static volatile boolean announced;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isReachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        }
        String reason = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + TestPostgres.problem()
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
        return TestPostgres.isAvailable();
    }
}
