package se.platskompassen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A facilitator's projector open on one demo dialogue during the run: a real Chromium, signed in,
 * showing {@code /live/{code}}, which the server updates by push. The page notes the moment each
 * of its two counts (started, finished) changes; the virtual residents note the moment the server
 * confirmed each start and each submission. The k-th start is on the projector when its
 * "started" count first reaches k, and its lag is that moment minus the moment the k-th start was
 * confirmed (the same for submissions). The projector and the residents run on this machine's one
 * clock.
 */
final class ProjectorWatch implements AutoCloseable {

    /** A demo facilitator who may open the demo dialogues' projectors (demo.DemoAccounts). */
    private static final String USER = "kommun-samordnare";
    private static final String PASSWORD = "kompass-demo-2026";
    private static final String OBSERVE = """
            const values = document.querySelectorAll('.projector-count .count-value');
            window.countsSeen = [];
            const note = () => window.countsSeen.push([Date.now(), Number(values[0].textContent),
                    Number(values[1].textContent)]);
            note();
            const observer = new MutationObserver(note);
            values.forEach(value => observer.observe(value, {childList: true, characterData: true, subtree: true}));
            """;

    static final ConcurrentLinkedQueue<Long> startsConfirmed = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Long> submissionsConfirmed = new ConcurrentLinkedQueue<>();

    private final ChromeDriver driver;
    private final Path profile;

    private ProjectorWatch(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static ProjectorWatch open(String baseUrl, String joinCode) {
        Path profile;
        try {
            profile = Files.createTempDirectory("projector-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("load.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile, "--window-size=1920,1080");
        ChromeDriver driver = new ChromeDriver(options);
        ProjectorWatch watch = new ProjectorWatch(driver, profile);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(USER);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD + "\n");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.get(baseUrl + "/live/" + joinCode);
        wait.until(ExpectedConditions.textMatches(By.cssSelector(".projector-count .count-value"), Pattern.compile("\\d+")));
        driver.executeScript(OBSERVE);
        return watch;
    }

    /** The lags in milliseconds, and what the projector never showed, as lines for the report. */
    String report() {
        @SuppressWarnings("unchecked")
        List<List<Number>> seen = (List<List<Number>>) driver.executeScript("return window.countsSeen;");
        List<long[]> samples = seen.stream().map(row -> new long[] {row.get(0).longValue(), row.get(1).longValue(),
                row.get(2).longValue()}).toList();
        return line("started", lags(startsConfirmed, samples, 1)) + line("finished", lags(submissionsConfirmed, samples, 2))
                + String.format(Locale.ROOT, "projector    %d changes of its counts seen%n", samples.size());
    }

    /** For the k-th confirmation (in time order): when the count first reached its value at the start plus k. */
    private static List<Long> lags(ConcurrentLinkedQueue<Long> confirmed, List<long[]> samples, int column) {
        List<Long> times = new ArrayList<>(confirmed);
        times.sort(Comparator.naturalOrder());
        long base = samples.getFirst()[column];
        List<Long> lags = new ArrayList<>();
        for (int k = 1; k <= times.size(); k++) {
            long needed = base + k;
            long confirmedAt = times.get(k - 1);
            lags.add(samples.stream().filter(sample -> sample[column] >= needed).findFirst()
                    .map(sample -> Math.max(0, sample[0] - confirmedAt)).orElse(Long.MAX_VALUE));
        }
        return lags;
    }

    private static String line(String what, List<Long> lags) {
        if (lags.isEmpty()) {
            return String.format("projector    %s: nothing confirmed%n", what);
        }
        List<Long> sorted = lags.stream().sorted().toList();
        long missing = sorted.stream().filter(lag -> lag == Long.MAX_VALUE).count();
        return String.format(Locale.ROOT, "projector    %s count followed %d confirmations: p50 %d, p95 %d, max %s ms%s%n",
                what, sorted.size(), at(sorted, 0.50), at(sorted, 0.95),
                missing > 0 ? "never" : String.valueOf(sorted.getLast()),
                missing > 0 ? " (" + missing + " never shown)" : "");
    }

    private static long at(List<Long> sorted, double share) {
        return sorted.get(Math.max(0, (int) Math.ceil(share * sorted.size()) - 1));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
