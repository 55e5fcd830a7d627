package se.platskompassen.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the browser tests of a run: how many ran, how many were skipped and why (no Chromium,
 * no npm registry for axe-core), and on which database. Skipped browser tests still let the
 * build succeed locally, so the count must not hide in the log: the build prints {@link #FILE}
 * at its very end (the {@code browser-test-summary} execution in the pom). Registered for every
 * test JVM through {@code META-INF/services}; it writes only where browser tests were planned.
 */
public final class BrowserTestSummary implements TestExecutionListener {

    static final Path FILE = Path.of("target", "browser-tests-summary.txt");

    private TestPlan plan;
    private int passed;
    private int failed;
    private final Map<String, Integer> skipped = new LinkedHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (isBrowserTest(identifier)) {
            skipped.merge(reason, testsIn(identifier), Integer::sum);
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!isBrowserTest(identifier)) {
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> passed += identifier.isTest() ? 1 : 0;
            case ABORTED -> skipped.merge(result.getThrowable().map(Throwable::getMessage).orElse("aborted"),
                    testsIn(identifier), Integer::sum);
            // A class that fails before its tests (the application did not start) fails them all.
            case FAILED -> failed += testsIn(identifier);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream()).noneMatch(this::isBrowserTest)) {
            return;
        }
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String summary() {
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder("Browser tests: " + (passed + failed) + " ran (" + passed + " passed, "
                + failed + " failed), " + skippedCount + " skipped");
        skipped.forEach((reason, count) -> text.append("\n  ").append(count).append(" skipped: ").append(reason));
        if (passed + failed > 0) {
            text.append("\n  on ").append(BrowserDatabase.describe());
        }
        return text.append('\n').toString();
    }

    private int testsIn(TestIdentifier identifier) {
        return identifier.isTest() ? 1 : (int) plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count();
    }

    private boolean isBrowserTest(TestIdentifier identifier) {
        TestSource source = identifier.getSource().orElse(null);
        Class<?> type = source instanceof ClassSource c ? c.getJavaClass()
                : source instanceof MethodSource m ? m.getJavaClass() : null;
        return type != null && BrowserTest.class.isAssignableFrom(type);
    }
}
