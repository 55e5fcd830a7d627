package se.platskompassen.browser;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when HAProxy is installed (the two-instance test runs one of its own).
 * Locally its absence skips the test with the reason; with {@code CI=true} it fails it.
 */
final class HaproxyAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(ScaledApp.HAPROXY)) {
            return ConditionEvaluationResult.enabled("HAProxy at " + ScaledApp.HAPROXY);
        }
        return ConditionEvaluationResult.disabled(Prerequisite.missing("The two-instance test",
                "HAProxy (" + ScaledApp.HAPROXY + ") is not installed; install the Debian package haproxy"));
    }
}
