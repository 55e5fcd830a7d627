package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.platskompassen.demo.DemoAccounts;

/**
 * Closed means closed, in real browsers: a facilitator closes a dialogue of their own (made for
 * this test, so that the demo dialogues other tests use stay open) while a kiosk waits at its
 * start and a resident is halfway through. Without a reload the kiosk shows the closed notice and
 * the resident is told until when they may submit, and their submission still counts.
 */
class ClosedDialogueIT extends BrowserTest {

    private static final String CLOSED =
            "Den här dialogen är avslutad och tar inte emot fler svar. Tack för att du ville vara med!";

    private URI baseUri;
    private Chromium residentChromium;
    private ChromeDriver resident;
    private WebDriverWait residentWait;

    @BeforeAll
    void startTheResidentsBrowser(RunningApp app) {
        baseUri = app.baseUri();
        residentChromium = Chromium.start(getClass().getSimpleName() + "-resident");
        resident = residentChromium.driver();
        residentWait = new WebDriverWait(resident, TIMEOUT);
        residentWait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void quitTheResidentsBrowser() {
        if (residentChromium != null) {
            residentChromium.close();
        }
    }

    @Test
    void open_pages_show_the_close_at_once_and_a_started_response_can_still_be_submitted() {
        String code = openANewDialogue("Stängs under testet " + UUID.randomUUID().toString().substring(0, 6));

        resident.get(baseUri.resolve("/kiosk/" + code).toString());
        String kiosk = resident.getWindowHandle();
        residentVisible(residentButton("Börja"));

        resident.switchTo().newWindow(WindowType.TAB);
        String phone = resident.getWindowHandle();
        resident.get(baseUri.resolve("/d/" + code).toString());
        residentVisible(FlowScreens.settled());
        residentVisible(residentButton("Börja")).click();
        residentVisible(residentHeading("Lite om dig"));
        residentVisible(residentButton("Nästa")).click();
        residentVisible(residentHeading("Gå, rulla och cykla"));
        residentVisible(residentButton("4")).click();

        closeTheDialogue();

        resident.switchTo().window(kiosk);
        residentVisible(residentText(CLOSED));
        assertThat(resident.findElements(residentButton("Börja"))).isEmpty();

        resident.switchTo().window(phone);
        WebElement notice = residentVisible(By.cssSelector(".closing-notice"));
        assertThat(notice.getText()).startsWith("Dialogen har nu stängts.");
        assertThat(notice.getAttribute("role")).isEqualTo("alert");
        residentVisible(residentButton("Nästa")).click();
        for (int i = 1; i < 14; i++) {
            residentVisible(By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//*[text()[contains("
                    + "normalize-space(.), '" + (i + 1) + " av 14')]]"));
            residentVisible(residentButton("Hoppa över")).click();
        }
        residentVisible(residentHeading("Din kompass"));
        residentVisible(residentButton("Skicka in")).click();
        residentVisible(residentHeading("Tack för dina svar!"));

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
        button("Skapa dialogen").click();
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

    private WebElement residentVisible(By locator) {
        return residentWait.withMessage(locator + " on " + resident.getCurrentUrl())
                .until((WebDriver browser) -> browser.findElements(locator).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static By residentButton(String text) {
        return By.xpath("//vaadin-button[normalize-space() = '" + text + "']");
    }

    /** A resident screen's heading, once the screen takes taps. */
    private static By residentHeading(String text) {
        return FlowScreens.settled(text);
    }

    private static By residentText(String text) {
        return By.xpath("//*[text()[contains(normalize-space(.), '" + text + "')]]");
    }
}
