package se.platskompassen.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.platskompassen.demo.DemoAccounts;

/** Who answered beside the population, on the place and dialogue pages, in the real browser with axe. */
class RepresentationIT extends BrowserTest {

    private void signInAsFacilitator() {
        open("/login");
        waitForHeading("Logga in");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("kommun-samordnare");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DemoAccounts.PASSWORD);
        button("Logga in").click();
        waitForHeading("Start");
    }

    @Test
    void the_place_page_shows_norrbackas_population_beside_its_respondents() {
        resize(Viewport.TABLET_LANDSCAPE);
        signInAsFacilitator();
        open("/places");
        waitForHeading("Platser");
        waitFor(By.linkText("Norrbacka")).click();
        waitForHeading("Norrbacka");
        waitForText("Vem svarade – och vem inte?");
        waitForText("Efter ålder och kön");
        script("document.querySelector('.place-population').scrollIntoView()");
        screenshot("representation-place");
        checkAccessibility("representation-place");
    }

    @Test
    void the_dialogue_page_weights_the_compass_to_the_population_behind_a_toggle() {
        resize(Viewport.TABLET_LANDSCAPE);
        signInAsFacilitator();
        driver.get(dialoguePageOf("DEMO-VUXEN"));
        waitForText("Viktat efter befolkningen");
        script("document.querySelector('.weighted-panel').scrollIntoView()");
        waitFor(By.cssSelector("vaadin-checkbox.weighted-toggle")).click();
        waitForText("Viktade siffror visas bredvid de oviktade.");
        script("document.querySelector('.weighted-panel').scrollIntoView()");
        screenshot("representation");
        checkAccessibility("representation-dialogue");
    }

    @Test
    void the_comparison_shows_who_answered_beside_the_population_for_the_dialogue_series() {
        resize(Viewport.TABLET_LANDSCAPE);
        signInAsFacilitator();
        String dialogue = dialoguePageOf("DEMO-VUXEN");
        String id = dialogue.substring(dialogue.lastIndexOf('/') + 1);
        open("/compare?s=dialogue:" + id + "&s=all");
        waitForText("Inte med: Alla svar.");
        waitForText("Efter ålder och kön");
        // A grid row: the compare page's bundle chunk must hold vaadin-grid (decision 0025).
        waitFor(By.xpath("//*[contains(@class,'comparison-representation')]//vaadin-grid-cell-content"
                + "[normalize-space() = '18–29 år']"));
        script("document.querySelector('.comparison-representation').scrollIntoView()");
        screenshot("representation-compare");
        checkAccessibility("representation-compare");
    }
}
