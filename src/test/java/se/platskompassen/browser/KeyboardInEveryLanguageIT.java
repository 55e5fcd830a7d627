package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;

/**
 * On a 320 px phone, in every shipped language, a resident answers a theme by keyboard in at most
 * five key presses: Tab into the score's radio group (named by the question, its options by the
 * pack's "4 av 7"), a digit, Enter. In Arabic and Persian the arrow keys follow the reading
 * direction: the left arrow moves to the higher score. The theme screens pass axe in each.
 */
class KeyboardInEveryLanguageIT extends LanguageScreens {

    private static final int THEMES_BY_KEYBOARD = 2;

    private int presses;

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        presses++;
    }

    private boolean focusIs(String condition) {
        return Boolean.TRUE.equals(script("const e = document.activeElement; return !!(e && (" + condition + "))"));
    }

    private void tabToTheScore() {
        for (int i = 0; i < 3; i++) {
            press(Keys.TAB);
            if (focusIs("e.getAttribute('role') === 'radio'")) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach the score in 3 presses");
    }

    private void awaitChecked(String name) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage("the score " + name + " chosen")
                .until(browser -> "true".equals(browser.findElement(By.cssSelector("[role=radio][aria-label='" + name + "']"))
                        .getDomAttribute("aria-checked")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_language_answers_a_theme_by_keyboard_in_at_most_five_presses_on_a_320_px_phone() {
        resize(320, 640);
        for (Language language : Language.values()) {
            ResidentTexts texts = new ResidentTexts(language.code());
            driver.manage().deleteAllCookies(); // another resident: a browser session may start only six a minute
            open("/d/DEMO-VUXEN");
            script("window.localStorage.clear(); window.sessionStorage.clear()");
            open("/d/DEMO-VUXEN");
            waitForScreen("Norrbacka");
            if (language != Language.SV) {
                tap(texts.ownName);
            }
            // The start screen in the chosen language, settled (easy Swedish's "Börja" is Swedish's too)
            new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage("the page in " + language.code())
                    .until(browser -> language.code().equals(script("return document.documentElement.lang")));
            waitFor(By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//vaadin-button[normalize-space() = "
                    + xpathLiteral(texts.text("flow.start.button")) + "][not(@disabled)]"));
            tap(texts.text("flow.start.button"));
            waitForScreen(texts.text("flow.background.title"));
            tap(texts.text("flow.next"));
            for (int i = 0; i < THEMES_BY_KEYBOARD; i++) {
                Theme theme = Theme.values()[i];
                waitForScreen(texts.text("questionnaire.vuxen." + theme.name() + ".name"));
                assertPage(language.code(), language.rightToLeft() ? "rtl" : "ltr");
                presses = 0;
                tabToTheScore();
                Map<String, Object> group = (Map<String, Object>) script("""
                        const group = document.activeElement.closest('[role=radiogroup]');
                        return {name: group.getAttribute('aria-label'),
                                names: [...group.querySelectorAll('[role=radio]')].map(r => r.getAttribute('aria-label'))};""");
                assertThat(group.get("name")).as("named by the question in %s", language.code())
                        .isEqualTo(texts.text("questionnaire.vuxen." + theme.name() + ".question"));
                assertThat((List<String>) group.get("names")).as("options in %s", language.code())
                        .contains(texts.text("flow.scale.option", 4, 7));
                press("4");
                awaitChecked(texts.text("flow.scale.option", 4, 7));
                if (i == 0) {
                    new Actions(driver).sendKeys(language.rightToLeft() ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT).perform();
                    awaitChecked(texts.text("flow.scale.option", 5, 7));
                    screenshot("keyboard-" + language.code() + "-320");
                    checkAccessibility("keyboard-" + language.code() + "-320");
                    assertNoAxeViolations("keyboard-" + language.code() + "-320");
                }
                press(Keys.ENTER);
                assertThat(presses).as("key presses on a theme in %s", language.code()).isLessThanOrEqualTo(5);
            }
            waitForScreen(texts.text("questionnaire.vuxen." + Theme.values()[THEMES_BY_KEYBOARD].name() + ".name"));
        }
    }
}
