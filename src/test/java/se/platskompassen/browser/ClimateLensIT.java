package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident on a shared tablet answers the demo dialogue with the Climate Lens (DEMO-KLIMAT): the
 * climate question after each theme's score, by touch and by keyboard (a digit chooses, Enter goes
 * on), skipped on the rest, and the summary compass with the climate scores as a series of their
 * own; both screens without axe violations (decision 0038).
 */
class ClimateLensIT extends BrowserTest {

    private void tap(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    private void awaitChecked(String css) {
        new WebDriverWait(driver, TIMEOUT).withMessage(css + " to be chosen")
                .until(browser -> "true".equals(browser.findElement(By.cssSelector(css)).getDomAttribute("aria-checked")));
    }

    @Test
    void a_resident_answers_climate_questions_and_sees_them_as_their_own_series_on_the_compass() {
        resize(Viewport.TABLET_LANDSCAPE);
        open("/kiosk/DEMO-KLIMAT");
        waitFor(FlowScreens.settled());
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        button("Nästa").click();

        waitFor(FlowScreens.settled("Gå, rulla och cykla"));
        waitForText("Klimatlinsen");
        tap(".theme-screen .scale:not(.climate-question .scale) [role=radio][aria-label^='5 av 7']");
        tap(".climate-question [role=radio][aria-label^='3 av 7']");
        awaitChecked(".climate-question [role=radio][aria-label^='3 av 7']");
        screenshot("climate-lens-theme");
        checkAccessibility("climate-lens-theme");
        button("Nästa").click();

        waitFor(FlowScreens.settled("Kollektivtrafik"));
        script("document.querySelector('.climate-question [role=radio][tabindex=\"0\"]').focus()");
        new Actions(driver).sendKeys("2").perform();
        awaitChecked(".climate-question [role=radio][aria-label^='2 av 7']");
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        waitFor(FlowScreens.settled("Trafik och parkering"));
        for (int skipped = 0; skipped < 12; skipped++) {
            // The screen is replaced as the flow moves on: read its heading again if it went stale.
            String heading = new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
                    .until(browser -> browser.findElement(By.cssSelector(".flow-screen[data-settled] h1")).getText());
            button("Hoppa över").click();
            new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
                    .until(browser -> !browser.findElements(FlowScreens.settled()).isEmpty()
                    && !browser.findElement(By.cssSelector(".flow-screen[data-settled] h1")).getText().equals(heading));
        }

        waitFor(FlowScreens.settled("Din kompass"));
        assertThat(script("return [...document.querySelectorAll('.compass-table thead th')].map(th => th.textContent)"))
                .asString().contains("Dina svar").contains("Klimatlinsen");
        assertThat(script("return [...document.querySelectorAll('.summary-climate')].filter(s => !s.hidden)"
                + ".map(s => s.textContent).join('|')")).isEqualTo("Klimat: 3|Klimat: 2");
        screenshot("climate-lens");
        checkAccessibility("climate-lens");
    }
}
