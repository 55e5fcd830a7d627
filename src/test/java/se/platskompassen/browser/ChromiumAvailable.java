package se.platskompassen.browser;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only when Chromium and chromedriver are installed. Locally their
 * absence skips the tests with the reason; with {@code CI=true} it fails them.
 */
final class ChromiumAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Chromium.BINARY) && Files.isExecutable(Chromium.DRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + Chromium.BINARY + ", driver at " + Chromium.DRIVER);
        }
        return ConditionEvaluationResult.disabled(Prerequisite.missing("Browser tests",
                "Chromium (" + Chromium.BINARY + ") or chromedriver (" + Chromium.DRIVER + ") is not installed; "
                        + "install the Debian packages chromium and chromium-driver"));
    }
}
