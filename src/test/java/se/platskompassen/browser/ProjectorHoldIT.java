package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.platskompassen.demo.DemoAccounts;

/**
 * "Everyone answers first" in a real browser: the facilitator holds the projector's picture, the
 * room sees how many have answered and no compass, on a 1280×720 and a 1920×1080 projector alike,
 * and the clicker's PageDown reveals it. And a resident's own compass over the group's after
 * submitting, on a phone. The projector test makes a dialogue of its own.
 */
class ProjectorHoldIT extends BrowserTest {

    private static final String FACILITATOR = "kommun-samordnare";
    private static final String HELD_LINE = "Bilden visas när alla har svarat.";
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
    void a_held_projector_shows_the_count_but_no_compass_at_720p_and_1080p_and_page_down_reveals_it() {
        resize(Viewport.PROJECTOR);
        signIn(FACILITATOR, DemoAccounts.PASSWORD);
        waitForHeading("Start");
        String code = newOpenDialogue();
        for (int person = 1; person <= 3; person++) {
            residents.answers(code, person + 2, 4);
        }
        open("/live/" + code);
        waitFor(By.cssSelector(".projector-compass svg"));
        button("Håll bilden").click();
        waitForText(HELD_LINE);
        waitForAnnouncement("Bilden hålls tills alla har svarat.");

        residents.answers(code, 7);
        waitForStarted(4);
        for (Viewport size : new Viewport[] {Viewport.PROJECTOR, null}) {
            if (size == null) {
                resize(1280, 720);
            } else {
                resize(size);
            }
            String where = size == null ? "1280x720" : "1920x1080";
            waitForText(HELD_LINE);
            assertThat(driver.findElements(By.cssSelector(".projector-compass"))).as("no compass on the page while held")
                    .isEmpty();
            assertThat(driver.findElements(By.cssSelector(".projector .compass-table"))).as("nor its figures").isEmpty();
            assertThat(text(".held-keys")).isEqualTo("Klickern: PageDown eller → visar bilden.");
            assertThat(((Number) script("return document.querySelector('.held-reveal').getBoundingClientRect().height"))
                    .doubleValue()).as("the reveal button is a touch target").isGreaterThanOrEqualTo(48);
            assertThat((Long) script("return document.documentElement.scrollHeight"))
                    .as("the held projector fits " + where + " without scrolling")
                    .isLessThanOrEqualTo((Long) script("return window.innerHeight"));
            assertThat((Long) script("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo((Long) script("return window.innerWidth"));
            screenshot("projector-held-" + where);
            checkAccessibility("projector-held-" + where);
            LanguageScreens.assertNoAxeViolations("projector-held-" + where);
        }

        // The clicker's "next" key: nothing has the focus but the page.
        script("document.activeElement && document.activeElement.blur()");
        new Actions(driver).sendKeys(Keys.PAGE_DOWN).perform();
        waitFor(By.cssSelector(".projector-compass svg"));
        waitForAnnouncement("Bilden visas nu.");
        assertThat(driver.findElements(By.cssSelector(".projector-held"))).isEmpty();
        waitForStarted(4);
        screenshot("projector-revealed-1280x720");
        checkAccessibility("projector-revealed-1280x720");
    }

    @Test
    void after_submitting_on_a_phone_a_resident_sees_their_own_compass_over_the_groups() {
        resize(Viewport.PHONE);
        open("/d/DEMO-VUXEN");
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        String previous = "Lite om dig";
        button("Nästa").click();
        for (int theme = 0; theme < 14; theme++) {
            previous = nextHeading(previous);
            if (theme < 3) {
                button(String.valueOf(5 + theme)).click();
                waitForVaadin();
                button("Nästa").click();
            } else {
                button("Hoppa över").click();
            }
        }
        waitFor(FlowScreens.settled("Din kompass"));
        button("Skicka in").click();
        waitFor(FlowScreens.settled("Tack för dina svar!"));
        waitForText("Du och gruppen");
        waitFor(By.cssSelector(".group-comparison .compass-image svg"));
        assertThat(text(".group-comparison .compass-table thead")).contains("Gruppens median").contains("Dina svar");
        assertThat((Long) script("return document.documentElement.scrollWidth"))
                .as("nothing sticks out sideways on a phone").isLessThanOrEqualTo((Long) script("return window.innerWidth"));
        script("document.querySelector('.group-comparison').scrollIntoView()");
        screenshot("thanks-own-over-group-phone");
        checkAccessibility("thanks-own-over-group-phone");
        LanguageScreens.assertNoAxeViolations("thanks-own-over-group-phone");
    }

    /** A new open dialogue at the facilitator's first place; its join code. */
    private String newOpenDialogue() {
        open("/places");
        waitForHeading("Platser");
        waitForVaadin();
        String place = hrefs("/places/\\d+$").iterator().next();
        driver.get(place + "/new-dialogue");
        field("Rubrik").sendKeys("Alla svarar först " + UUID.randomUUID().toString().substring(0, 8));
        button("Skapa dialogen").click();
        button("Öppna för svar").click();
        waitForText("Dialogen är öppen");
        return waitFor(By.cssSelector(".join-code")).getText().strip();
    }

    /** Waits for a resident screen that takes taps with a heading other than {@code previous}; its heading. */
    private String nextHeading(String previous) {
        return new WebDriverWait(driver, TIMEOUT).withMessage("a resident screen after \"" + previous + "\"")
                .until(browser -> {
                    Object shown = script("""
                            const h = [...document.querySelectorAll('.flow-screen[data-settled] h1')]
                                .filter(e => e.offsetParent !== null);
                            return h.length ? h[0].textContent.trim() : null;""");
                    return shown != null && !shown.equals(previous) ? (String) shown : null;
                });
    }

    private void waitForStarted(int started) {
        new WebDriverWait(driver, TIMEOUT).withMessage("the projector to count " + started + " started")
                .until(browser -> String.valueOf(started).equals(text(".projector-counts .count-value")));
        waitForVaadin();
    }

    private void waitForAnnouncement(String text) {
        new WebDriverWait(driver, TIMEOUT).withMessage("the announcement \"" + text + "\"")
                .until(browser -> text.equals(text(".hold-announcer")));
    }

    private String text(String selector) {
        return (String) script("const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;",
                selector);
    }
}
