package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.platskompassen.demo.DemoAccounts;

/**
 * The projector of the demo dialogue with the Climate Lens (DEMO-KLIMAT, decision 0038): the
 * climate series and its legend entry still fit a 1280x720 and a 1920x1080 projector without
 * scrolling, with every compass word at least 24 px, and without axe violations.
 */
class ClimateProjectorIT extends BrowserTest {

    @Test
    void the_projector_with_the_climate_series_fits_720p_and_1080p_with_large_words() {
        signIn("kommun-samordnare", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        for (List<Integer> size : List.of(List.of(1920, 1080), List.of(1280, 720))) {
            resize(size.get(0), size.get(1));
            open("/live/DEMO-KLIMAT");
            waitForHeading("Åby");
            waitFor(By.cssSelector(".projector-compass svg"));
            waitForVaadin();
            String where = size.get(0) + "x" + size.get(1);
            assertThat((String) script("return document.querySelector('.projector-compass svg').textContent"))
                    .as("the climate series' legend").contains("Klimatlinsen (median)");
            screenshot("climate-projector-" + where);
            assertThat(((Number) script(StaffScreensAuditIT.SMALLEST_SVG_TEXT, ".projector-compass svg")).doubleValue())
                    .as("the smallest compass text on the projector at " + where).isGreaterThanOrEqualTo(24);
            assertThat((Long) script("return document.documentElement.scrollWidth"))
                    .as("page width at " + where).isLessThanOrEqualTo((Long) script("return window.innerWidth"));
            assertThat((Long) script("return document.documentElement.scrollHeight"))
                    .as("page height at " + where).isLessThanOrEqualTo((Long) script("return window.innerHeight"));
        }
        checkAccessibility("climate-projector-720p");
    }
}
