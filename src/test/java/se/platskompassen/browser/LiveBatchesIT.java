package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.platskompassen.demo.DemoAccounts;

/**
 * The projector in a real browser releases a dialogue's figures only in batches of at least three
 * new answers to a theme, or when the facilitator presses the clicker's "." for the themes that
 * have them, while the started count follows every resident at once. The test makes a dialogue of
 * its own, so that no other browser test's answers change what it sees.
 */
class LiveBatchesIT extends BrowserTest {

    private static final String FACILITATOR = "kommun-samordnare";
    private ResidentBrowser residents;

    @BeforeAll
    void startTheResidentsBrowser(RunningApp app) {
        residents = new ResidentBrowser(app.baseUri(), getClass().getSimpleName());
    }

    @AfterAll
    void quitTheResidentsBrowser() {
        if (residents != null) {
            residents.close();
        }
    }

    @Test
    void the_projector_changes_its_figures_only_by_batches_while_its_counts_follow_every_resident() {
        resize(Viewport.PROJECTOR);
        signIn(FACILITATOR, DemoAccounts.PASSWORD);
        waitForHeading("Start");
        String code = newOpenDialogue();
        open("/live/" + code);
        waitFor(By.cssSelector(".compass-image svg"));
        waitForText("Inga svar visas ännu");
        String empty = compass();

        // Three people score the first two themes: each theme shows from its third answer.
        for (int person = 1; person <= 3; person++) {
            residents.answers(code, person, person + 2);
            waitForCounts(person, "");
        }
        String three = compass();
        assertThat(three).as("three answers to a theme put it on the compass").isNotEqualTo(empty);
        waitForText("Uppdaterad ");

        residents.answers(code, 7);
        waitForCounts(4, "Nya svar som väntar: 1");
        assertThat(compass()).as("one new answer leaves the compass as it was").isEqualTo(three);

        residents.answers(code, 7, 7);
        waitForCounts(5, "Nya svar som väntar: 3");
        residents.answers(code, 7);
        waitForCounts(6, "Nya svar som väntar: 4");
        assertThat(compass()).as("three new answers to one theme wait while another has one").isEqualTo(three);
        screenshot("live-batches-waiting");
        checkAccessibility("live-batches-waiting");

        // The clicker's blank-screen key: the first theme has three new answers, the second one.
        new Actions(driver).sendKeys(".").perform();
        waitForText("Nya svar som väntar: 1");
        String shown = compass();
        assertThat(shown).as("show releases the theme with enough new answers").isNotEqualTo(three);

        residents.answers(code, 1, 1);
        waitForCounts(7, "Nya svar som väntar: 3");
        residents.answers(code, 1, 1);
        waitForCounts(8, "Nya svar som väntar: 5");
        assertThat(compass()).as("two new answers to the first theme hold both").isEqualTo(shown);
        // The ninth person's first answer completes both batches (the second theme's answer after
        // it waits for the next one).
        residents.answers(code, 1, 1);
        waitForCounts(9, "Nya svar som väntar: 1");
        assertThat(compass()).as("the batches are complete: released without anyone pressing a key")
                .isNotEqualTo(shown);
        screenshot("live-batches-released");
    }

    /** A new open dialogue at the facilitator's first place; its join code. */
    private String newOpenDialogue() {
        open("/places");
        waitForHeading("Platser");
        waitForVaadin();
        String place = hrefs("/places/\\d+$").iterator().next();
        driver.get(place + "/new-dialogue");
        field("Rubrik").sendKeys("Batcher " + UUID.randomUUID().toString().substring(0, 8));
        button("Skapa dialogen").click();
        button("Öppna för svar").click();
        waitForText("Dialogen är öppen");
        return waitFor(By.cssSelector(".join-code")).getText().strip();
    }

    private String compass() {
        return (String) script("return document.querySelector('.projector-compass').innerHTML");
    }

    /** Waits until the projector counts this many started responses and says this about waiting answers. */
    private void waitForCounts(int started, String waiting) {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage("the projector to show " + started + " started and \"" + waiting + "\" waiting")
                .until(browser -> String.valueOf(started).equals(text(".projector-counts .count-value"))
                        && waiting.equals(text(".release-waiting")));
        waitForVaadin();
    }

    private String text(String selector) {
        return (String) script("const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;",
                selector);
    }
}
