package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.platskompassen.demo.DemoAccounts;

/**
 * Every staff page, opened as the first page of a fresh page load, shows only components the
 * browser knows. The production bundle loads a staff page's components when the page opens, by a
 * list made when the bundle was built (decision 0025); a page missing from that list would show
 * empty, unstyled elements until another page loaded them.
 */
class StaffPagesIT extends BrowserTest {

    /**
     * Vaadin's elements in the page whose definition the browser has not loaded (the grid's cell
     * wrappers are plain elements, never defined).
     */
    private static final String UNDEFINED = """
            return [...new Set([...document.querySelectorAll('*')]
                .map(element => element.localName)
                .filter(name => name.startsWith('vaadin-') && name !== 'vaadin-grid-cell-content'
                    && !customElements.get(name)))];""";

    private static final String DENIED = "Sidan ingår inte i din roll";
    private static final String NOT_FOUND = "Sidan finns inte";

    @Test
    void an_organisation_admins_pages_have_all_their_components() {
        signIn("kommun-admin", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        String dialogue = dialoguePageOf("DEMO-VUXEN");
        String place = hrefs("/places/\\d+$").iterator().next();
        List<String> pages = new ArrayList<>(List.of("/start", "/places", "/questionnaires", "/staff", "/audit",
                "/export", "/comments", "/compare", "/overview", "/privacy", "/api-tokens", "/password",
                "/live/DEMO-VUXEN", "/live/DEMO-VUXEN/discuss"));
        pages.addAll(List.of(place, place + "/new-dialogue", dialogue, dialogue + "/paper", dialogue + "/export",
                dialogue + "/bursts"));
        pages.forEach(this::hasAllItsComponents);
    }

    @Test
    void the_network_admins_organisations_and_language_packs_pages_have_all_their_components() {
        signIn("natverket", DemoAccounts.PASSWORD);
        waitForVaadin();
        hasAllItsComponents("/organisations");
        hasAllItsComponents("/languages");
    }

    private void hasAllItsComponents(String page) {
        if (page.startsWith("http")) {
            driver.get(page);
        } else {
            open(page);
        }
        waitForVaadin();
        String text = String.valueOf(script("return document.body.innerText"));
        assertThat(text).as(page + " opens (not the denied or not-found page)").doesNotContain(DENIED, NOT_FOUND);
        try {
            new WebDriverWait(driver, TIMEOUT).until(browser -> ((List<?>) script(UNDEFINED)).isEmpty());
        } catch (TimeoutException stillUndefined) {
            assertThat(script(UNDEFINED)).as("Vaadin elements the browser has no definition for on " + page
                    + " (the production bundle is out of date: tools/rebuild-bundle.sh, decision 0025)")
                    .asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        }
    }
}
