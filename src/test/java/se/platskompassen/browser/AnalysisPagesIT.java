package se.platskompassen.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.platskompassen.demo.DemoAccounts;

/** The planners' overview and comparison in the real browser, with screenshots and the accessibility check. */
class AnalysisPagesIT extends BrowserTest {

    private void signInAsAnalyst() {
        open("/login");
        waitForHeading("Logga in");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("kommun-analytiker");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DemoAccounts.PASSWORD);
        button("Logga in").click();
        waitForHeading("Start");
    }

    @Test
    void the_overview_shows_the_places_as_a_heat_map_and_passes_the_accessibility_check() {
        resize(Viewport.TABLET_LANDSCAPE);
        signInAsAnalyst();
        open("/overview");
        waitForHeading("Översikt");
        waitForText("Norrbacka");
        screenshot("analysis-overview");
        checkAccessibility("analysis-overview");
    }

    @Test
    void the_comparison_of_four_kinds_of_series_passes_the_accessibility_check() {
        resize(Viewport.TABLET_LANDSCAPE);
        signInAsAnalyst();
        open("/compare?s=all&s=group:GENDER:WOMAN&s=group:GENDER:MAN&s=version:barn");
        waitForHeading("Jämför");
        waitForText("jämförs därför på läget");
        screenshot("analysis-compare");
        checkAccessibility("analysis-compare");
        script("document.querySelector('.compass-view').scrollIntoView()");
        screenshot("analysis-compare-compass");
    }
}
