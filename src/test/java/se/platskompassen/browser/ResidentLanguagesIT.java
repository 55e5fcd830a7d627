package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.platskompassen.questionnaire.Theme;

/**
 * Every shipped language on the resident screens: a whole walk in easy Swedish, the start screen
 * of each other language in its own words, and letters drawn with real glyphs (no boxes) in the
 * scripts a tablet must show: Arabic and Ethiopic.
 */
class ResidentLanguagesIT extends LanguageScreens {

    private static final String PLACE = "Norrbacka";

    @Test
    void an_easy_swedish_reader_answers_the_whole_adult_dialogue() {
        ResidentTexts easy = new ResidentTexts("sv-x-easy");
        resize(PHONE);
        open("/d/DEMO-VUXEN");
        script("window.localStorage.clear(); window.sessionStorage.clear()");
        open("/d/DEMO-VUXEN");
        waitForScreen(PLACE);
        tap(easy.ownName);
        waitFor(By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//vaadin-button[normalize-space() = "
                + xpathLiteral(easy.text("flow.start.button")) + "]"));
        checkScreen(easy, "ltr", "easy-sv-1-start-phone");
        tap(easy.text("flow.start.button"));
        waitForScreen(easy.text("flow.background.title"));
        checkScreen(easy, "ltr", "easy-sv-2-background-phone");
        tap(easy.text("flow.next"));
        for (Theme theme : Theme.values()) {
            waitForScreen(easy.text("questionnaire.vuxen." + theme.name() + ".name"));
            waitForText(easy.text("flow.progress", theme.number(), Theme.COUNT));
            chooseScore(7 - theme.ordinal() % 7);
            if (theme.ordinal() == 0) {
                checkScreen(easy, "ltr", "easy-sv-3-theme-phone");
            } else {
                assertPage(easy.code, "ltr");
                assertTextsIn(easy, "easy-sv-theme-" + theme.number());
            }
            tap(easy.text("flow.next"));
        }
        waitForScreen(easy.text("flow.summary.title"));
        waitFor(By.cssSelector(".compass-image svg"));
        checkScreen(easy, "ltr", "easy-sv-4-summary-phone");
        tap(easy.text("flow.submit"));
        waitForScreen(easy.text("flow.thanks.title"));
        checkScreen(easy, "ltr", "easy-sv-5-thanks-phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "so", "ti", "uk", "fi", "pl"})
    void the_start_screen_speaks_the_chosen_language(String code) {
        ResidentTexts language = new ResidentTexts(code);
        resize(PHONE);
        open("/d/DEMO-VUXEN");
        script("window.localStorage.clear(); window.sessionStorage.clear()");
        open("/d/DEMO-VUXEN");
        waitForScreen(PLACE);
        tap(language.ownName);
        waitFor(By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//vaadin-button[normalize-space() = "
                + xpathLiteral(language.text("flow.start.button")) + "]"));
        waitForText(language.text("flow.start.time"));
        assertThat(organisationTexts()).contains(PLACE, "Norrbacka 2.0 – vuxna");
        checkScreen(language, "ltr", "language-start-" + code + "-phone");
        tap(language.text("flow.start.button"));
        waitForScreen(language.text("flow.background.title"));
        assertPage(code, "ltr");
        assertTextsIn(language, "language-background-" + code);
    }

    @Test
    void arabic_and_ethiopic_letters_are_drawn_with_real_glyphs() {
        resize(TABLET_LANDSCAPE);
        open("/d/DEMO-VUXEN");
        script("window.localStorage.clear(); window.sessionStorage.clear()");
        open("/d/DEMO-VUXEN");
        waitForScreen(PLACE);
        String arabic = "//vaadin-button[@lang = 'ar']";
        String tigrinya = "//vaadin-button[@lang = 'ti']";
        waitFor(By.xpath(arabic));
        script("""
                const probe = document.createElement('p');
                probe.id = 'glyph-probe';
                probe.textContent = '\\u0379\\u0380';
                document.body.appendChild(probe);""");
        try {
            assertThat(ScreenText.missingGlyphs(driver, "#glyph-probe"))
                    .as("the check finds characters no font on the machine has").isNotEmpty();
        } finally {
            script("document.getElementById('glyph-probe').remove()");
        }
        for (String[] letters : List.of(new String[] {"ar", "Arabic"}, new String[] {"fa", "Persian"},
                new String[] {"ti", "Ethiopic"})) {
            String selector = "vaadin-button[lang='" + letters[0] + "']";
            assertThat(ScreenText.missingGlyphs(driver, selector))
                    .as(letters[1] + " letters drawn as boxes; fonts used: " + ScreenText.fontsOf(driver, selector))
                    .isEmpty();
        }
        assertThat(waitFor(By.xpath(tigrinya)).getText()).isEqualTo(new ResidentTexts("ti").ownName);
        screenshot("language-choice-tablet");
    }
}
