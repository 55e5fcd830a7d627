package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.platskompassen.demo.DemoAccounts;

/**
 * The export page in a real browser: the download link streams the CSV with the chosen options,
 * and a file chosen in the upload is checked (problems listed) and, once correct, saved after the
 * confirmation, through the real upload request with the signed-in session.
 */
class ExportPageIT extends BrowserTest {

    private static final String CODE = "DEMO-UNGDOM";

    /** The address of the demo dialogue's export page, found through the places as a facilitator would. */
    private String exportPage() {
        return dialoguePageOf(CODE) + "/export";
    }

    /** What the download link gives: its content type and the start of the file. */
    private String downloadStart() {
        return fetchStart(waitFor(By.cssSelector("a.export-download")));
    }

    /** What a link gives when fetched with the session: content type, disposition and the first 40 characters. */
    private String fetchStart(WebElement download) {
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.text().then(t => done(r.headers.get('content-type') + ' | '
                        + r.headers.get('content-disposition') + ' | ' + t.substring(0, 40))))
                    .catch(e => done('failed ' + e));
                """, download.getAttribute("href"));
    }

    private void upload(String name, String content) {
        Path file;
        try {
            file = Files.createTempDirectory("import").resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebElement input = (WebElement) script(
                "return document.querySelector('vaadin-upload').querySelector('input[type=file]')"
                        + " || document.querySelector('vaadin-upload').shadowRoot.querySelector('input[type=file]')");
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void a_facilitator_downloads_the_csv_and_imports_paper_forms_after_the_check() {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-samordnare", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        driver.get(exportPage());
        waitForHeading("Exportera svaren");

        assertThat(downloadStart()).startsWith("text/csv").contains("attachment")
                .contains(".csv").contains("| response_id,dialogue_id,dialogue_title,");
        driver.findElement(By.xpath("//vaadin-checkbox[normalize-space() = "
                + "'Semikolon mellan fälten (för Excel med svenska inställningar)']")).click();
        waitForVaadin();
        assertThat(downloadStart()).contains("| response_id;dialogue_id;dialogue_title;");
        screenshot("export-page");
        checkAccessibility("export-page");

        upload("fel.csv", "MOVING_AROUND;PUBLIC_TRANSPORT\n9;4\n");
        waitForText("Filen har 1 fel. Ingenting har sparats.");
        script("arguments[0].scrollIntoView({block: 'end'});", waitForText("”9” är inget betyg på skalan 1–7."));
        screenshot("export-import-problems");

        upload("papper.csv", "MOVING_AROUND;PUBLIC_TRANSPORT;area\n5;6;Norr\n3;;\n");
        waitForText("Filen har 2 svar utan fel: 2 är nya och 0 finns redan i dialogen.");
        WebElement save = button("Spara 2 nya svar");
        script("arguments[0].scrollIntoView({block: 'center'});", save);
        save.click();
        waitForText("2 svar sparades. 0 fanns redan och lades inte till igen.");
        screenshot("export-import-saved");
    }

    @Test
    void an_analyst_exports_two_dialogues_in_one_file_and_downloads_a_questionnaire() {
        resize(Viewport.TABLET_LANDSCAPE);
        signIn("kommun-analytiker", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        open("export");
        waitForHeading("Exportera flera dialoger");
        waitForText("Ingen dialog är vald. Välj en eller flera i listan.");

        // The grid's row checkboxes, in the order of the rows (newest first).
        for (int row = 0; row < 2; row++) {
            WebElement checkbox = (WebElement) script("return document.querySelectorAll("
                    + "'vaadin-grid.multi-export-grid vaadin-grid-cell-content vaadin-checkbox')[arguments[0] + 1]", row);
            checkbox.click();
            waitForVaadin();
        }
        WebElement chosen = waitForText("2 dialoger valda");
        assertThat(chosen.getText()).matches("2 dialoger valda, med \\d+ avslutade svar\\.");
        String file = downloadStart();
        assertThat(file).startsWith("text/csv").contains("platskompassen-2-dialogues-responses-")
                .contains("| response_id,dialogue_id,");
        screenshot("export-several");
        checkAccessibility("export-several");

        open("questionnaires");
        waitForHeading("Frågeformulär");
        WebElement json = waitFor(By.xpath("//a[normalize-space() = 'Ladda ner vuxen/2026.1 som JSON']"));
        assertThat(fetchStart(json)).startsWith("application/json").contains("platskompassen-vuxen-2026.1.json")
                .contains("\"version\": \"vuxen\"");
        checkAccessibility("questionnaires");
    }
}
