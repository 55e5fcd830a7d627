package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a resident's phone downloads to show the start screen the first time (an empty cache):
 * every request and the bytes it took on the wire, as the browser's Resource Timing reports them
 * ({@code transferSize}: headers and the possibly compressed body). Printed and written to
 * {@code target/benchmarks/first-visit.txt}. Phones on a weak mobile connection are the reason
 * for the limits (decisions 0023 and 0025). The figure without Atmosphere's push script is
 * printed too: own-device pages are to do without push.
 */
class FirstVisitIT extends BrowserTest {

    static final long MAX_BYTES = 250 * 1024;
    static final int MAX_REQUESTS = 25;

    private static final String TRANSFERS = """
            const navigation = performance.getEntriesByType('navigation')[0];
            const entries = [navigation, ...performance.getEntriesByType('resource')];
            return entries.map(entry => ({url: entry.name, bytes: entry.transferSize,
                    body: entry.decodedBodySize, kind: entry.initiatorType || 'navigation'}));
            """;

    @Test
    void the_start_screen_comes_in_few_requests_and_few_bytes(RunningApp app) throws IOException {
        List<Map<String, Object>> transfers;
        try (ResidentBrowser phone = new ResidentBrowser(app.baseUri(), getClass().getSimpleName())) {
            phone.open("/d/DEMO-VUXEN");
            phone.visible(FlowScreens.settled(), "the start screen, taking taps");
            phone.waitForVaadin();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> measured = (List<Map<String, Object>>) phone.driver().executeScript(TRANSFERS);
            transfers = measured;
        }
        long bytes = transfers.stream().mapToLong(transfer -> ((Number) transfer.get("bytes")).longValue()).sum();
        long body = transfers.stream().mapToLong(transfer -> ((Number) transfer.get("body")).longValue()).sum();
        List<Map<String, Object>> withoutPush = transfers.stream()
                .filter(transfer -> !String.valueOf(transfer.get("url")).contains("/VAADIN/static/push/"))
                .toList();
        long bytesWithoutPush = withoutPush.stream().mapToLong(transfer -> ((Number) transfer.get("bytes")).longValue()).sum();

        List<String> lines = new ArrayList<>();
        lines.add("# FirstVisitIT " + Instant.now() + ": /d/DEMO-VUXEN in a fresh Chromium profile, phone size");
        lines.add(String.format("first visit: %d requests, %.1f KB transferred (%.1f KB uncompressed); limits %d requests, %d KB",
                transfers.size(), bytes / 1024.0, body / 1024.0, MAX_REQUESTS, MAX_BYTES / 1024));
        lines.add(String.format("without the push script: %d requests, %.1f KB transferred",
                withoutPush.size(), bytesWithoutPush / 1024.0));
        for (Map<String, Object> transfer : transfers) {
            lines.add(String.format("  %7d B  %7d B  %-10s %s", ((Number) transfer.get("bytes")).longValue(),
                    ((Number) transfer.get("body")).longValue(), transfer.get("kind"), transfer.get("url")));
        }
        lines.forEach(System.out::println);
        Files.write(BuildOutput.dir("benchmarks").resolve("first-visit.txt"), lines);

        assertThat(transfers).as("requests for the first visit").hasSizeLessThanOrEqualTo(MAX_REQUESTS);
        assertThat(bytes).as("bytes transferred for the first visit").isLessThanOrEqualTo(MAX_BYTES);
    }
}
