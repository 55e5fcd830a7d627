package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import se.platskompassen.demo.DemoAccounts;

/**
 * A facilitator types paper forms in with the keyboard only, in a real browser: Tab from cell to
 * cell, a wrong digit marked at once, Enter to save and start the next row; and the printable
 * form downloads as a PDF.
 */
class PaperEntryIT extends BrowserTest {

    private static final String CODE = "DEMO-VUXEN";

    /** The address of the demo dialogue's paper page, found through the places as a facilitator would. */
    private String paperPage() {
        return paperPage(CODE);
    }

    private String paperPage(String code) {
        return dialoguePageOf(code) + "/paper";
    }

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
    void a_facilitator_types_a_form_in_with_tab_and_enter_and_downloads_the_printable_form() {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-samordnare", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        driver.get(paperPage());
        waitForText("Skriv in blanketter");

        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", field("Blankett nr"));
        List<String> labels = new ArrayList<>();
        typeHere("101");
        labels.add(activeLabel());
        boolean areas = !driver.findElements(By.xpath("//vaadin-text-field/label[normalize-space() = 'Område']")).isEmpty();
        List<String> cells = new ArrayList<>(List.of("3", "1", "2"));
        if (areas) {
            cells.add("1");
        }
        cells.addAll(List.of("6", "5", "8", "4", "", "7", "3", "-", "2", "5", "6", "1", "4", "3"));
        for (String cell : cells) {
            typeHere(Keys.TAB.toString());
            labels.add(activeLabel());
            typeHere(cell);
        }
        assertThat(labels).startsWith("Blankett nr", "Ålder", "Kön", "Relation");
        assertThat(labels).contains("Trafik och parkering", "Inflytande och delaktighet");

        // The third theme's 8 is marked while typing; Enter saves nothing and keeps the row
        waitForText("Skriv 1–7, eller - om frågan är överhoppad.");
        typeHere(Keys.ENTER.toString());
        waitForText("Rätta de markerade rutorna.");
        screenshot("paper-entry-invalid");
        assertThat(activeLabel()).isEqualTo("Trafik och parkering");
        typeHere(Keys.BACK_SPACE + "2" + Keys.ENTER);

        waitForText("Blankett 101 är sparad.");
        waitForText("6 5 2 4 - 7 3 - 2 5 6 1 4 3");
        assertThat(activeLabel()).as("the next row starts at its form number").isEqualTo("Blankett nr");
        assertThat(field("Blankett nr").getAttribute("value")).isEmpty();
        screenshot("paper-entry-saved");
        checkAccessibility("paper-entry");

        // Scrolled into view first: Selenium does not count what a scrolled page hides as shown
        script("arguments[0].scrollIntoView({block: 'center'});", driver.findElement(By.cssSelector("a.paper-download")));
        WebElement download = waitFor(By.cssSelector("a.paper-download"));
        screenshot("paper-print");
        assertThat(download.getText()).isEqualTo("Ladda ner blanketten på svenska (A4, PDF)");
        String start = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
                        + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
                    .catch(e => done('failed ' + e));
                """, download.getAttribute("href"));
        assertThat(start).isEqualTo("application/pdf %PDF-");
    }

    /**
     * The demo's dialogue with the Climate Lens: Tab goes from a theme's score to its climate cell,
     * a climate digit off the scale is marked at once, Enter saves both.
     */
    @Test
    void a_theme_score_is_followed_by_its_climate_cell_and_both_are_saved() {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-samordnare", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        driver.get(paperPage("DEMO-KLIMAT"));
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
