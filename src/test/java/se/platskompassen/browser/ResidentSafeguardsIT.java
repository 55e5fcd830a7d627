package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.platskompassen.demo.DemoAccounts;

/**
 * What keeps one resident's answers theirs on a real tablet: the next person on a shared tablet
 * starts empty, a response id (as in every export) never resumes anything, a resume offer shows
 * nothing until it is chosen, and a double tap does not skip a theme.
 */
class ResidentSafeguardsIT extends BrowserTest {

    private static final String RESUME = "Fortsätt där du slutade";

    /** Waits for a screen of the flow with this heading that takes taps (a fresh one ignores them). */
    private void waitForScreen(String heading) {
        waitFor(FlowScreens.settled(heading));
    }

    private void tap(String button) {
        button(button).click();
    }

    @Test
    void the_next_person_on_a_shared_tablet_starts_with_empty_screens() {
        open("/kiosk/DEMO-VUXEN");
        waitForScreen("Norrbacka");
        tap("Börja");
        waitForScreen("Lite om dig");
        waitFor(By.xpath("//vaadin-radio-button[normalize-space() = '30–49 år']/label")).click();
        waitForVaadin();
        assertThat(backgroundChosen()).as("person A's choice").isNotEmpty();
        tap("Nästa");
        waitForScreen("Gå, rulla och cykla");
        tap("5");
        field("Vad kunde bli bättre? (frivilligt)").sendKeys("Person A:s kommentar");
        tap("Nästa");
        waitForScreen("Kollektivtrafik");
        tap("Tillbaka");
        waitForScreen("Gå, rulla och cykla");
        tap("Tillbaka");
        waitForScreen("Lite om dig");
        assertThat(backgroundChosen()).as("person A sees their own background on the way back").isNotEmpty();
        tap("Tillbaka");
        waitForScreen("Norrbacka");

        tap("Börja");
        waitForScreen("Lite om dig");
        assertThat(backgroundChosen()).as("person A's background").isEmpty();
        tap("Nästa");
        waitForScreen("Gå, rulla och cykla");
        assertThat(driver.findElements(By.cssSelector("vaadin-button.scale-button[aria-checked='true']")))
                .as("person A's score").isEmpty();
        assertThat(script("return [...document.querySelectorAll('vaadin-text-area')].map(t => t.value).join('')"))
                .as("person A's comments").isEqualTo("");
        screenshot("safeguards-next-person-empty");
    }

    @Test
    void a_response_id_from_an_export_in_local_storage_does_not_resume() {
        String marker = "Markör " + UUID.randomUUID().toString().substring(0, 8);
        open("/d/DEMO-VUXEN");
        waitForScreen("Norrbacka");
        tap("Börja");
        waitForScreen("Lite om dig");
        tap("Nästa");
        waitForScreen("Gå, rulla och cykla");
        tap("3");
        field("Vad fungerar bra här i dag? (frivilligt)").sendKeys(marker);
        tap("Nästa");
        waitForScreen("Kollektivtrafik");

        signIn("kommun-samordnare", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        String dialoguePage = dialoguePageOf("DEMO-VUXEN");
        String dialogueId = dialoguePage.substring(dialoguePage.lastIndexOf('/') + 1);
        driver.get(dialoguePage + "/export");
        waitForHeading("Exportera svaren");
        String csv = fetch(waitFor(By.cssSelector("a.export-download")).getAttribute("href"));
        String row = csv.lines().filter(line -> line.contains(marker)).findFirst().orElseThrow(
                () -> new AssertionError("the export has the response with " + marker));
        String responseId = row.substring(0, row.indexOf(','));
        assertThat(UUID.fromString(responseId)).isNotNull();

        driver.manage().deleteAllCookies();
        closeTheBrowserAndComeBack();
        open("/d/DEMO-VUXEN");
        waitForScreen("Norrbacka");
        script("window.localStorage.setItem('platskompassen.response.' + arguments[0], arguments[1]);"
                + "window.localStorage.setItem('platskompassen.resume.' + arguments[0], arguments[1]);",
                dialogueId, responseId);
        open("/d/DEMO-VUXEN");
        waitForScreen("Norrbacka");
        waitForVaadin();
        assertThat(buttons(RESUME)).as("a resume offer for an id anyone with an export has").isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(marker);
    }

    @Test
    void a_resume_offer_shows_no_answers_and_start_over_begins_an_empty_response() {
        open("/d/DEMO-UNGDOM");
        waitForScreen("Norrbacka");
        tap("Börja");
        waitForScreen("Lite om dig");
        tap("Nästa");
        waitForScreen("Gå och cykla");
        tap("5");
        tap("Nästa");
        waitForScreen("Buss och tåg");

        closeTheBrowserAndComeBack();
        open("/d/DEMO-UNGDOM");
        waitForScreen("Norrbacka");
        button(RESUME);
        waitForText("Fortsätt bara om det var du");
        assertThat(driver.findElements(By.cssSelector("vaadin-button.scale-button[aria-checked='true']"))).isEmpty();
        screenshot("safeguards-resume-offer");
        checkAccessibility("flow-start-resume-offer");
        tap(RESUME);
        waitForScreen("Buss och tåg");
        tap("Tillbaka");
        waitForScreen("Gå och cykla");
        assertThat(button("5").getDomAttribute("aria-checked")).as("the resumed answer").isEqualTo("true");

        closeTheBrowserAndComeBack();
        open("/d/DEMO-UNGDOM");
        waitForScreen("Norrbacka");
        tap("Börja om");
        waitForScreen("Lite om dig");
        tap("Nästa");
        waitForScreen("Gå och cykla");
        assertThat(driver.findElements(By.cssSelector("vaadin-button.scale-button[aria-checked='true']")))
                .as("nothing of the response that was started over").isEmpty();
    }

    @Test
    void a_double_tap_on_next_saves_one_answer_and_does_not_skip_the_next_theme() {
        open("/kiosk/DEMO-VUXEN");
        waitForScreen("Norrbacka");
        tap("Börja");
        waitForScreen("Lite om dig");
        tap("Nästa");
        waitForScreen("Gå, rulla och cykla");
        tap("4");
        waitForVaadin();

        // Two taps on the same spot 120 ms apart; the second lands on the next screen when it came back in time.
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const next = () => [...document.querySelectorAll('vaadin-button')]
                    .find(b => b.textContent.trim() === 'Nästa');
                const heading = () => document.querySelector('h1').textContent.trim();
                const before = heading();
                const first = performance.now();
                next().click();
                const second = () => {
                    if (heading() === before || performance.now() - first < 120) {
                        setTimeout(second, 5);
                    } else {
                        next().click();
                        done(true);
                    }
                };
                setTimeout(second, 5);
                """);
        waitForVaadin();

        waitForScreen("Kollektivtrafik");
        assertThat(buttons("Nästa")).singleElement()
                .satisfies(next -> assertThat(next.getDomAttribute("disabled")).as("Nästa after the ignored tap").isNull());
        waitForText("2 av 14");
        tap("Tillbaka");
        waitForScreen("Gå, rulla och cykla");
        assertThat(button("4").getDomAttribute("aria-checked")).as("the first tap's answer").isEqualTo("true");
    }

    /**
     * What is left when the browser was closed and opened again (or the link opened in another
     * tab): the local storage, not the tab's session storage, so the page asks whose response it is.
     */
    private void closeTheBrowserAndComeBack() {
        script("window.sessionStorage.clear()");
    }

    /** The values chosen in the background questions, run together; empty when nothing is chosen. */
    private String backgroundChosen() {
        return (String) script("return [...document.querySelectorAll('vaadin-radio-group')]"
                + ".map(g => g.value || '').join('')");
    }

    private List<WebElement> buttons(String text) {
        return driver.findElements(By.xpath("//vaadin-button[normalize-space() = " + xpathLiteral(text) + "]"));
    }

    /** What an address gives when fetched with the browser's session. */
    private String fetch(String href) {
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done)
                    .catch(e => done('failed ' + e));
                """, href);
    }
}
