package se.platskompassen.browser;

import org.openqa.selenium.By;

/**
 * Where a resident's screen is ready for a tap: a fresh screen ignores taps for a moment (the
 * second tap of a double tap lands there), and marks itself {@code data-settled} when it takes them.
 */
final class FlowScreens {

    private FlowScreens() {
    }

    /** The heading of the resident's screen on show, once that screen takes taps. */
    static By settled(String heading) {
        return By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//h1[normalize-space() = "
                + BrowserTest.xpathLiteral(heading) + "]");
    }

    /** The resident's screen on show, once it takes taps. */
    static By settled() {
        return By.cssSelector(".flow-screen[data-settled]");
    }
}
