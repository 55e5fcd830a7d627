package se.platskompassen.browser;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accessibility checks with axe-core, the engine behind Lighthouse's and Deque's checks. The
 * pinned release comes from the npm registry once, verified against the registry's integrity
 * hash, and is cached in {@code target/axe/axe.min.js}.
 */
final class Axe {

    static final String VERSION = "4.14.1";
    private static final URI TARBALL = URI.create("https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz");
    /** {@code dist.integrity} of the release in the registry's metadata (https://registry.npmjs.org/axe-core/4.14.1). */
    private static final String INTEGRITY =
            "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Path CACHE = BuildOutput.TARGET.resolve("axe").resolve("axe.min.js");

    private static String source;
    private static String unreachable;

    private Axe() {
    }

    /**
     * Checks the page the browser shows, writes the full result to {@code target/axe/<pageName>.json}
     * and fails with a readable report when any violation is serious or critical.
     */
    static void check(JavascriptExecutor browser, String pageName) {
        String script = script();
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(script);
        }
        Object answer = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(results => done(JSON.stringify(results, null, 2)), error => done('axe failed: ' + error));
                """);
        String json = String.valueOf(answer);
        if (json.startsWith("axe failed")) {
            Assertions.fail(json);
        }
        Path file = BuildOutput.dir("axe").resolve(pageName + ".json");
        try {
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
        Results results = JsonMapper.builder().build().readValue(json, Results.class);
        List<Violation> failing = results.violations().stream()
                .filter(violation -> FAILING_IMPACTS.contains(violation.impact()))
                .toList();
        if (!failing.isEmpty()) {
            Assertions.fail(report(pageName, results.url(), failing, file));
        }
    }

    private static String report(String pageName, String url, List<Violation> violations, Path file) {
        StringBuilder report = new StringBuilder().append("Serious or critical accessibility problems on ").append(pageName)
                .append(" (").append(url).append(", axe-core ").append(VERSION).append("):\n");
        for (Violation violation : violations) {
            report.append("\n- ").append(violation.id()).append(" [").append(violation.impact()).append("] ")
                    .append(violation.help()).append("\n  ").append(violation.helpUrl()).append('\n');
            for (Node node : violation.nodes()) {
                report.append("    at ").append(node.target().stream().map(String::valueOf)
                                .collect(Collectors.joining(" >> ")))
                        .append("\n       ").append(node.html())
                        .append("\n       ").append(String.valueOf(node.failureSummary()).replace("\n", "\n       "))
                        .append('\n');
            }
        }
        return report.append("\nFull result: ").append(file).toString();
    }

    /** The axe-core script: from the cache, or fetched, verified and cached. */
    private static synchronized String script() {
        if (source == null && unreachable == null) {
            try {
                String cached = Files.isRegularFile(CACHE) ? Files.readString(CACHE) : "";
                if (cached.startsWith("/*! axe v" + VERSION + "\n")) {
                    source = cached;
                } else {
                    source = download();
                    Files.createDirectories(CACHE.getParent());
                    Files.writeString(CACHE, source);
                }
            } catch (IOException e) {
                unreachable = "axe-core " + VERSION + " could not be fetched from " + TARBALL + " (" + e + ")";
            }
        }
        if (source == null) {
            Assumptions.abort(Prerequisite.missing("Browser tests that check accessibility", unreachable));
        }
        return source;
    }

    private static String download() throws IOException {
        byte[] tarball;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(TARBALL).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            tarball = response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(sha512(tarball));
        if (!integrity.equals(INTEGRITY)) {
            // Not a network problem: the download is not the release we pinned. Never skip this.
            throw new IllegalStateException("The downloaded " + TARBALL + " has integrity " + integrity
                    + ", but the npm registry lists " + INTEGRITY + " for axe-core " + VERSION);
        }
        return new String(TarGz.read(tarball, "package/axe.min.js")
                .orElseThrow(() -> new IllegalStateException(TARBALL + " holds no package/axe.min.js")),
                StandardCharsets.UTF_8);
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Results(String url, List<Violation> violations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Node(List<Object> target, String html, String failureSummary) {
    }
}
