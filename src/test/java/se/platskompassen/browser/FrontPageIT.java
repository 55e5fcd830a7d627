package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The way in for residents: the front page, a join code, the start of the dialogue. */
class FrontPageIT extends BrowserTest {

    @Test
    void the_front_page_leads_to_a_dialogue_by_its_code() {
        resize(Viewport.TABLET_PORTRAIT);
        open("/");
        waitForHeading("Välkommen till Platskompassen");
        screenshot("front-page-tablet");
        checkAccessibility("front-page");

        field("Din kod").sendKeys("demo-vuxen");
        button("Gå vidare").click();

        waitForHeading("Norrbacka");
        assertThat(driver.getCurrentUrl()).endsWith("/d/demo-vuxen");
        screenshot("dialogue-start-tablet");
        checkAccessibility("dialogue-start");
    }

    @Test
    void the_code_can_be_sent_with_the_enter_key() {
        resize(Viewport.PHONE);
        open("/");
        field("Din kod").sendKeys("demo-barn", Keys.ENTER);

        waitForHeading("Norrbacka");
    }

    @Test
    void the_front_page_fits_a_phone_without_sideways_scrolling() {
        resize(Viewport.PHONE);
        open("/");
        waitForHeading("Välkommen till Platskompassen");

        assertThat((Long) script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo((Long) script("return window.innerWidth"));
        screenshot("front-page-phone");
    }

    @Test
    void an_unknown_code_is_met_with_a_kind_word_and_a_way_back() {
        resize(Viewport.TABLET_PORTRAIT);
        open("/d/NOPE-1");

        waitForHeading("Vi hittar inte koden");
        screenshot("unknown-code-tablet");
        checkAccessibility("unknown-code");
    }
}
