package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import se.platskompassen.demo.DemoAccounts;

/**
 * Paper entry for the demo's dialogue with the Climate Lens, in a real browser: Tab goes from a
 * theme's score to its climate cell, a climate digit off the scale is marked at once, Enter saves
 * both, and the page has no accessibility violations.
 */
class PaperClimateEntryIT extends BrowserTest {

    private String activeLabel() {
        return (String) script("""
                const input = document.activeElement;
                const field = input && input.closest('vaadin-text-field');
                return field ? field.label : (input ? input.tagName : null);
                """);
    }

    private void typeHere(String text) {
        driver.switchTo().activeElement().sendKeys(text);
    }

    @Test
    void a_theme_score_is_followed_by_its_climate_cell_and_both_are_saved() {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-samordnare", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        driver.get(dialoguePageOf("DEMO-KLIMAT") + "/paper");
        waitForText("Skriv in blanketter");

        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", field("Blankett nr"));
        typeHere("301");
        boolean areas = !driver.findElements(By.xpath("//vaadin-text-field/label[normalize-space() = 'Område']")).isEmpty();
        List<String> cells = new ArrayList<>(List.of("3", "1", "2"));
        if (areas) {
            cells.add("1");
        }
        cells.addAll(List.of("6", "8"));
        List<String> labels = new ArrayList<>();
        for (String cell : cells) {
            typeHere(Keys.TAB.toString());
            labels.add(activeLabel());
            typeHere(cell);
        }
        assertThat(labels.subList(labels.size() - 2, labels.size()))
                .containsExactly("Gå, rulla och cykla", "Gå, rulla och cykla: klimat");

        waitForText("Skriv 1–7, eller - om frågan är överhoppad.");
        typeHere(Keys.BACK_SPACE + "2" + Keys.ENTER);

        waitForText("Blankett 301 är sparad.");
        waitForText("6 - - - - - - - - - - - - - | 2 - - - - - - - - - - - - -");
        screenshot("paper-climate-entry");
        checkAccessibility("paper-climate-entry");
    }
}
