package se.platskompassen.browser;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A second Chromium, never signed in, where residents answer (on a phone of their own, or on a
 * shared tablet) while a test's own browser shows a staff page or the projector.
 */
final class ResidentBrowser implements AutoCloseable {

    private final URI baseUri;
    private final Chromium chromium;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    /** A resident's phone. */
    ResidentBrowser(URI baseUri, String name) {
        this(baseUri, name, Viewport.PHONE);
    }

    ResidentBrowser(URI baseUri, String name, Viewport viewport) {
        this.baseUri = baseUri;
        chromium = Chromium.start(name + "-resident");
        driver = chromium.driver();
        wait = new WebDriverWait(driver, BrowserTest.TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width,
                "height", viewport.height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** For what only a test does: windows, tabs, scripts that stamp times. */
    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUri.resolve(path).toString());
    }

    /** The next person on this device starts afresh: no cookie, nothing to resume. */
    void forgetThePerson() {
        driver.executeScript("window.localStorage.clear()");
        driver.manage().deleteAllCookies();
    }

    /**
     * One new person answers the dialogue: starts, passes the background, scores the first themes
     * with these scores (one after the other) and leaves the rest for later.
     */
    void answers(String joinCode, int... scores) {
        driver.manage().deleteAllCookies();
        open("/d/" + joinCode);
        driver.executeScript("window.localStorage.clear()");
        open("/d/" + joinCode);
        String start = nextHeading("");
        button("Börja").click();
        String previous = nextHeading(start);
        button("Nästa").click();
        for (int score : scores) {
            previous = nextHeading(previous);
            button(String.valueOf(score)).click();
            waitForVaadin();
            button("Nästa").click();
        }
        nextHeading(previous);
        waitForVaadin();
    }

    /** Waits for a resident screen with this heading that takes taps. */
    void waitForScreen(String heading) {
        visible(FlowScreens.settled(heading), "the heading \"" + heading + "\" on a screen that takes taps");
    }

    /** Waits for a visible main heading other than {@code previous} on a screen that takes taps, and returns its text. */
    private String nextHeading(String previous) {
        return until("a heading after \"" + previous + "\"", browser -> {
            // A fresh screen ignores taps for a moment (a double tap's second tap): wait
            // until it is marked as taking them.
            Object text = driver.executeScript("""
                    const shown = [...document.querySelectorAll('.flow-screen[data-settled] h1')]
                        .filter(h => h.offsetParent !== null);
                    return shown.length ? shown[0].textContent.trim() : null;""");
            return text != null && !text.equals(previous) ? (String) text : null;
        });
    }

    /** A visible, enabled button with this text. */
    WebElement button(String text) {
        WebElement button = visible(buttonLocator(text), "a button \"" + text + "\"");
        until("the button \"" + text + "\" to be enabled", browser -> button.isEnabled());
        return button;
    }

    static By buttonLocator(String text) {
        return By.xpath("//vaadin-button[normalize-space() = " + BrowserTest.xpathLiteral(text) + "]");
    }

    void waitForVaadin() {
        until("Vaadin to finish its requests",
                browser -> Boolean.TRUE.equals(driver.executeScript(BrowserTest.VAADIN_IS_IDLE)));
    }

    WebElement visible(By locator, String description) {
        return until(description, (WebDriver browser) -> browser.findElements(locator).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    /** Waits until the condition gives a value (not null, not false); what names it in a timeout's message. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        return wait.withMessage(what + " in the resident's browser on " + driver.getCurrentUrl()).until(condition);
    }

    @Override
    public void close() {
        chromium.close();
    }
}
