package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Vad vi hörde – vad vi gör" on a small phone (360 x 740), as a resident opens it from the poster
 * months later: the demo's published safety walk at Norrbacka in Swedish and in Arabic (right to
 * left), its actions in four states, no accessibility violation at all, few requests and bytes on
 * a first visit; and the same friendly page for unpublished results and an unknown code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicResultsIT extends BrowserTest {

    /** The demo's published dialogue: the second closed one, the safety walk at Norrbacka. */
    static final String PUBLISHED = "DEMO-ARKIV-2";
    /** As for the resident's start screen (FirstVisitIT): a phone on a weak mobile connection. */
    static final long MAX_BYTES = 250 * 1024;
    static final int MAX_REQUESTS = 25;

    private static final String TRANSFERS = """
            const navigation = performance.getEntriesByType('navigation')[0];
            const entries = [navigation, ...performance.getEntriesByType('resource')];
            return entries.map(entry => ({url: entry.name, bytes: entry.transferSize}));
            """;

    @Test
    @Order(1)
    void a_first_visit_on_a_phone_shows_the_actions_in_swedish_in_few_requests_and_bytes() throws IOException {
        resize(360, 740);
        open("/r/" + PUBLISHED);
        waitForHeading("Norrbacka");
        waitForVaadin();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> transfers = (List<Map<String, Object>>) script(TRANSFERS);
        long bytes = transfers.stream().mapToLong(transfer -> ((Number) transfer.get("bytes")).longValue()).sum();
        List<String> lines = new ArrayList<>();
        lines.add("# PublicResultsIT " + Instant.now() + ": /r/" + PUBLISHED + " in a fresh Chromium profile, 360x740");
        lines.add(String.format("first visit: %d requests, %.1f KB transferred; limits %d requests, %d KB",
                transfers.size(), bytes / 1024.0, MAX_REQUESTS, MAX_BYTES / 1024));
        transfers.forEach(transfer -> lines.add(String.format("  %7d B  %s",
                ((Number) transfer.get("bytes")).longValue(), transfer.get("url"))));
        lines.forEach(System.out::println);
        Files.write(BuildOutput.dir("benchmarks").resolve("results-first-visit.txt"), lines);

        assertThat(script("return document.documentElement.lang")).isEqualTo("sv");
        assertThat(statuses()).containsExactly("Klar", "Påbörjad", "Blir inte av", "Planerad");
        assertThat(driver.findElements(By.cssSelector(".results-comment-list li"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".compass-view"))).hasSize(1);
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling")
                .isEqualTo(true);
        Path shot = screenshot("results-page-phone");
        Path docs = BuildOutput.TARGET.getParent().resolve("docs").resolve("screenshots");
        Files.createDirectories(docs);
        Files.copy(shot, docs.resolve("results-page-phone.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        noViolations("results-page-phone");
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        resize(360, (int) Math.min(height, 4000));
        Files.copy(screenshot("results-page-phone-full"), docs.resolve("results-page-phone-full.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        resize(360, 740);

        assertThat(transfers).as("requests for the first visit").hasSizeLessThanOrEqualTo(MAX_REQUESTS);
        assertThat(bytes).as("bytes transferred for the first visit").isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    @Order(2)
    void in_arabic_the_page_runs_right_to_left_and_the_choice_of_language_switches_it() {
        resize(360, 740);
        open("/r/" + PUBLISHED);
        waitForHeading("Norrbacka");
        button("العربية").click();
        waitUntil("return document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'");
        waitForVaadin();
        assertThat(driver.findElements(By.cssSelector(".results-action"))).hasSize(4);
        assertThat(driver.findElement(By.cssSelector(".results-action.status-dropped")).isDisplayed()).isTrue();
        screenshot("results-page-phone-ar");
        noViolations("results-page-phone-ar");

        open("/r/" + PUBLISHED + "?lang=ar");
        waitUntil("return document.documentElement.dir === 'rtl'");
        waitForHeading("Norrbacka");
        assertThat(statuses()).hasSize(4);
    }

    @Test
    @Order(3)
    void unpublished_results_and_an_unknown_code_get_the_same_friendly_page() {
        resize(360, 740);
        open("/r/DEMO-VUXEN");
        WebElement heading = waitForHeading("Inga resultat här");
        String unpublished = driver.findElement(By.cssSelector(".resident-card")).getText();
        assertThat(heading.isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".results-content"))).isEmpty();
        screenshot("results-page-unpublished");
        noViolations("results-page-unpublished");

        open("/r/NO-SUCH-CODE");
        waitForHeading("Inga resultat här");
        assertThat(driver.findElement(By.cssSelector(".resident-card")).getText()).isEqualTo(unpublished);
    }

    @Test
    @Order(4)
    void a_facilitator_sees_the_panel_on_the_dialogue_page_and_previews_exactly_the_public_page() throws IOException {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-samordnare", se.platskompassen.demo.DemoAccounts.PASSWORD);
        waitForVaadin();
        driver.get(dialoguePageOf(PUBLISHED));
        waitForHeading("Resultatsida för invånare");
        waitForText("Publicerad. Alla som har adressen kan läsa sidan.");
        assertThat(driver.findElement(By.cssSelector(".results-address")).getText()).endsWith("/r/" + PUBLISHED);
        assertThat(statusBadges()).containsExactly("Klar", "Påbörjad", "Blir inte av", "Planerad");
        checkAccessibility("dialogue-page-with-results-panel");

        WebElement preview = button("Förhandsgranska");
        script("arguments[0].scrollIntoView({block: 'center'})", preview);
        waitForVaadin();
        preview.click();
        waitForText("Så här ser sidan ut för invånarna");
        waitFor(By.cssSelector(".results-content"));
        assertThat(statuses()).containsExactly("Klar", "Påbörjad", "Blir inte av", "Planerad");
        Path shot = screenshot("results-preview");
        Path docs = BuildOutput.TARGET.getParent().resolve("docs").resolve("screenshots");
        Files.copy(shot, docs.resolve("results-preview.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> statusBadges() {
        return driver.findElements(By.cssSelector(".action-status")).stream().map(WebElement::getText).toList();
    }

    private List<String> statuses() {
        return driver.findElements(By.cssSelector(".results-status")).stream().map(WebElement::getText).toList();
    }

    private void waitUntil(String condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage(condition)
                .until(browser -> Boolean.TRUE.equals(script(condition)));
    }

    /** Axe's check fails on serious violations; this page is to have none at all. */
    private void noViolations(String pageName) {
        checkAccessibility(pageName);
        assertNoViolations(pageName);
    }

    /** The axe result of {@link #checkAccessibility} on this page has no violation at all. */
    static void assertNoViolations(String pageName) {
        try {
            String result = Files.readString(BuildOutput.dir("axe").resolve(pageName + ".json"));
            assertThat(result.replaceAll("\\s+", "")).as("axe violations on " + pageName).contains("\"violations\":[]");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
