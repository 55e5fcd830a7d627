package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser test of the resident screens in a language: a screen is right when the page says its
 * language and direction, every text on it is of that language (the organisation's own Swedish
 * marked as such), axe finds nothing at all, and a screenshot shows it.
 */
abstract class LanguageScreens extends BrowserTest {

    /** Sizes of the screens residents answer on, as CSS pixels: a tablet each way and a small phone. */
    static final int[] TABLET_PORTRAIT = {800, 1280};
    static final int[] TABLET_LANDSCAPE = {1024, 768};
    static final int[] PHONE = {360, 740};

    /** Waits for the resident's screen with this heading, until it takes taps. */
    protected void waitForScreen(String heading) {
        waitFor(FlowScreens.settled(heading));
    }

    /** Taps the enabled button with this text on the screen on show. */
    protected void tap(String text) {
        WebElement button = button(text);
        waitFor(By.xpath("//vaadin-button[normalize-space() = " + xpathLiteral(text) + "][not(@disabled)]"));
        button.click();
    }

    /** Chooses a score on the theme screen on show by the digit on the scale. */
    protected void chooseScore(int score) {
        waitFor(By.xpath("(//*[contains(concat(' ', normalize-space(@class), ' '), ' scale ')]//*[normalize-space(text()) = '"
                + score + "'])[1]")).click();
    }

    protected void resize(int[] size) {
        resize(size[0], size[1]);
    }

    /** The language and text direction the page itself says it is in. */
    protected void assertPage(String language, String direction) {
        waitForVaadin();
        assertThat(script("return document.documentElement.lang")).as("html lang").isEqualTo(language);
        assertThat(script("return document.documentElement.dir")).as("html dir").isEqualTo(direction);
        assertThat(script("return getComputedStyle(document.body).direction")).as("the body's direction")
                .isEqualTo(direction);
    }

    /**
     * Checks the screen on show in a language at the size it has: lang and dir, its texts, axe
     * (no violation of any impact), and a screenshot {@code target/screenshots/<name>.png}.
     */
    protected void checkScreen(ResidentTexts language, String direction, String name) {
        assertPage(language.code, direction);
        assertTextsIn(language, name);
        screenshot(name);
        checkAccessibility(name);
        assertNoAxeViolations(name);
    }

    /** Every text on the screen that is not the organisation's own is in the language. */
    protected void assertTextsIn(ResidentTexts language, String name) {
        List<String> problems = new ArrayList<>();
        for (ScreenText.Shown shown : ScreenText.visible(driver)) {
            // Marked as another language on purpose: the organisation's Swedish, a language's own name.
            boolean markedOther = !shown.marked().isEmpty() && !shown.marked().equals(language.code);
            String problem = markedOther ? null : language.problemWith(shown.text());
            if (problem != null) {
                problems.add("\"" + shown.text() + "\": " + problem);
            }
        }
        assertThat(problems).as("texts on " + name + " that are not " + language.code).isEmpty();
    }

    /** Not only serious and critical problems: none at all. */
    protected static void assertNoAxeViolations(String name) {
        try {
            JsonNode results = JsonMapper.builder().build()
                    .readTree(Files.readString(BuildOutput.dir("axe").resolve(name + ".json")));
            List<String> found = new ArrayList<>();
            for (JsonNode violation : results.get("violations")) {
                found.add(violation.get("id").asString() + " (" + violation.get("impact").asString() + "): "
                        + violation.get("help").asString() + " at " + violation.get("nodes").get(0).get("target"));
            }
            assertThat(found).as("axe violations on " + name).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements marked as the organisation's Swedish text, for a page in another language. */
    @SuppressWarnings("unchecked")
    protected List<String> organisationTexts() {
        return (List<String>) script("""
                return [...document.querySelectorAll('.flow-screen [lang="sv"], .resident-card [lang="sv"]')]
                    .filter(e => e.getAttribute('dir') === 'ltr' && !e.closest('.language-choice'))
                    .map(e => e.textContent.trim());""");
    }

    /** The middle of the first visible element the XPath finds, as [x, y] in CSS pixels. */
    @SuppressWarnings("unchecked")
    protected List<Number> centre(String xpath) {
        WebElement element = waitFor(By.xpath(xpath));
        return (List<Number>) script("const r = arguments[0].getBoundingClientRect();"
                + " return [r.left + r.width / 2, r.top + r.height / 2];", element);
    }
}
