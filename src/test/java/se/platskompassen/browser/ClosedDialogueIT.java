package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import se.platskompassen.demo.DemoAccounts;

/**
 * Closed means closed, in real browsers: a facilitator closes a dialogue of their own (made for
 * this test, so that the demo dialogues other tests use stay open) while a kiosk waits at its
 * start and a resident is halfway through. Without a reload the kiosk shows the closed notice at
 * once (by push); the resident's phone, which keeps no push connection, is told with the answer to
 * its next tap until when they may submit, and their submission still counts.
 */
class ClosedDialogueIT extends BrowserTest {

    private static final String CLOSED =
            "Den här dialogen är avslutad och tar inte emot fler svar. Tack för att du ville vara med!";

    private ResidentBrowser resident;

    @BeforeAll
    void startTheResidentsBrowser(RunningApp app) {
        resident = new ResidentBrowser(app.baseUri(), getClass().getSimpleName(), Viewport.TABLET_LANDSCAPE);
    }

    @AfterAll
    void quitTheResidentsBrowser() {
        if (resident != null) {
            resident.close();
        }
    }

    @Test
    void open_pages_show_the_close_at_once_and_a_started_response_can_still_be_submitted() {
        String code = openANewDialogue("Stängs under testet " + UUID.randomUUID().toString().substring(0, 6));

        resident.open("/kiosk/" + code);
        String kiosk = resident.driver().getWindowHandle();
        resident.button("Börja");

        resident.driver().switchTo().newWindow(WindowType.TAB);
        String phone = resident.driver().getWindowHandle();
        resident.open("/d/" + code);
        resident.visible(FlowScreens.settled(), "the start screen, taking taps");
        resident.button("Börja").click();
        resident.waitForScreen("Lite om dig");
        resident.button("Nästa").click();
        resident.waitForScreen("Gå, rulla och cykla");
        resident.button("4").click();

        closeTheDialogue();

        resident.driver().switchTo().window(kiosk);
        resident.visible(textContaining(CLOSED), "the closed notice on the kiosk");
        assertThat(pushScriptLoaded()).as("push on the kiosk").isTrue();
        assertThat(resident.driver().findElements(ResidentBrowser.buttonLocator("Börja"))).isEmpty();

        // A phone keeps no push connection (decision 0027): it hears of the close with the answer to its next tap.
        resident.driver().switchTo().window(phone);
        assertThat(pushScriptLoaded()).as("push on the phone").isFalse();
        resident.button("Nästa").click();
        WebElement notice = resident.visible(By.cssSelector(".closing-notice"), "the closing notice");
        assertThat(notice.getText()).startsWith("Dialogen har nu stängts.");
        assertThat(notice.getAttribute("role")).isEqualTo("alert");
        for (int i = 1; i < 14; i++) {
            resident.visible(By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//*[text()[contains("
                    + "normalize-space(.), '" + (i + 1) + " av 14')]]"), "theme " + (i + 1) + " of 14");
            resident.button("Hoppa över").click();
        }
        resident.waitForScreen("Din kompass");
        resident.button("Skicka in").click();
        resident.waitForScreen("Tack för dina svar!");

        // The facilitator's page counts the submitted response.
        driver.navigate().refresh();
        waitForText("1 har börjat, 1 är klara");
    }

    /** Creates and opens a dialogue at the demo place Norrbacka as its facilitator; returns its join code. */
    private String openANewDialogue(String title) {
        signIn("kommun-samordnare", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        open("/places");
        waitForHeading("Platser");
        waitForVaadin();
        String place = waitFor(By.xpath("//a[normalize-space() = 'Norrbacka']")).getDomProperty("href");
        driver.get(place + "/new-dialogue");
        field("Rubrik").sendKeys(title);
        // The taller form puts the button under the bottom edge, where a notification may cover it
        script("arguments[0].click()", button("Skapa dialogen"));
        waitForHeading(title);
        button("Öppna för svar").click();
        waitForText("Dialogen är öppen. Nu kan deltagarna svara.");
        return waitFor(By.cssSelector(".join-code")).getText().strip();
    }

    private void closeTheDialogue() {
        button("Stäng dialogen").click();
        waitForText("Stänga dialogen?");
        List<WebElement> confirm = driver.findElements(
                By.xpath("//vaadin-button[normalize-space() = 'Stäng dialogen']")).stream()
                .filter(WebElement::isDisplayed).toList();
        confirm.getLast().click();
        waitForText("Dialogen är stängd.");
    }

    private boolean pushScriptLoaded() {
        return (Boolean) resident.driver().executeScript(
                "return performance.getEntriesByType('resource').some(entry => entry.name.includes('vaadinPush'));");
    }

    private static By textContaining(String text) {
        return By.xpath("//*[text()[contains(normalize-space(.), " + xpathLiteral(text) + ")]]");
    }
}
