package se.platskompassen.browser;

import java.net.URI;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A second Chromium, never signed in, where residents answer on a phone of their own while a
 * test's own browser shows a staff page; one person after the other, each starting afresh.
 */
final class ResidentBrowser implements AutoCloseable {

    private final URI baseUri;
    private final Chromium chromium;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    ResidentBrowser(URI baseUri, String name) {
        this.baseUri = baseUri;
        chromium = Chromium.start(name + "-resident");
        driver = chromium.driver();
        wait = new WebDriverWait(driver, BrowserTest.TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Viewport.PHONE.width,
                "height", Viewport.PHONE.height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * One new person answers the dialogue: starts, passes the background, scores the first themes
     * with these scores (one after the other) and leaves the rest for later.
     */
    void answers(String joinCode, int... scores) {
        driver.manage().deleteAllCookies();
        driver.get(baseUri.resolve("/d/" + joinCode).toString());
        driver.executeScript("window.localStorage.clear()");
        driver.get(baseUri.resolve("/d/" + joinCode).toString());
        String start = nextHeading("");
        button("Börja").click();
        String previous = nextHeading(start);
        button("Nästa").click();
        for (int score : scores) {
            previous = nextHeading(previous);
            button(String.valueOf(score)).click();
            idle();
            button("Nästa").click();
        }
        nextHeading(previous);
        idle();
    }

    /** Waits for a visible main heading other than {@code previous} on a screen that takes taps, and returns its text. */
    private String nextHeading(String previous) {
        return wait.withMessage("a heading after \"" + previous + "\" in the resident's browser on "
                        + driver.getCurrentUrl())
                .until(browser -> {
                    // A fresh screen ignores taps for a moment (a double tap's second tap): wait
                    // until it is marked as taking them.
                    Object text = driver.executeScript("""
                            const shown = [...document.querySelectorAll('.flow-screen[data-settled] h1')]
                                .filter(h => h.offsetParent !== null);
                            return shown.length ? shown[0].textContent.trim() : null;""");
                    return text != null && !text.equals(previous) ? (String) text : null;
                });
    }

    private WebElement button(String text) {
        WebElement button = visible(By.xpath("//vaadin-button[normalize-space() = "
                + BrowserTest.xpathLiteral(text) + "]"), "a button \"" + text + "\"");
        wait.withMessage("the button \"" + text + "\" to be enabled").until(browser -> button.isEnabled());
        return button;
    }

    private void idle() {
        wait.withMessage("Vaadin in the resident's browser to finish its requests")
                .until(browser -> Boolean.TRUE.equals(driver.executeScript(BrowserTest.VAADIN_IS_IDLE)));
    }

    private WebElement visible(By locator, String description) {
        return wait.withMessage(description + " in the resident's browser on " + driver.getCurrentUrl())
                .until((WebDriver browser) -> browser.findElements(locator).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    }

    @Override
    public void close() {
        chromium.close();
    }
}
