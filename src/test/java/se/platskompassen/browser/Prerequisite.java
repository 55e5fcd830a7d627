package se.platskompassen.browser;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the browser tests need from the machine (Chromium, its driver, the npm registry for
 * axe-core). Locally, a missing piece skips the tests with the reason; in CI ({@code CI=true}) it
 * fails them, so that they can never be skipped there by accident. The same rule as
 * {@link se.platskompassen.testing.PostgresAvailable}.
 */
final class Prerequisite {

    private static final Set<String> announced = ConcurrentHashMap.newKeySet();

    private Prerequisite() {
    }

    /**
     * Reports a missing prerequisite: throws in CI, otherwise warns once and returns the reason
     * for the caller to skip with.
     *
     * @param skipped which tests go without, such as "Browser tests"
     */
    static String missing(String skipped, String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires the browser tests to run: " + reason);
        }
        if (announced.add(reason)) {
            System.err.println("[WARNING] " + skipped + " are skipped: " + reason);
        }
        return reason;
    }
}
