package se.platskompassen.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.exchange.ImportService;
import se.platskompassen.exchange.ExportFormat;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

class ExportViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired ResponseService responses;
    @Autowired JdbcClient jdbc;

    /** A fresh organisation's dialogue with two responses; then a member with {@code role} is signed in. */
    private Dialogue dialogueWithResponses(Role role) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(2).startingAt(Instant.parse("2026-05-04T17:00:00Z"))
                .answers((respondent, theme) -> AnswerInput.scored(theme, 2 + respondent)).record();
        signInAs(tenants.newStaff(dialogue.organisationId(), role));
        return dialogue;
    }

    private static Anchor downloadLink() {
        return _get(Anchor.class, spec -> spec.withText("Ladda ner filen"));
    }

    private static String downloaded() {
        return new String(DownloadKt._download(downloadLink()), StandardCharsets.UTF_8);
    }

    @Test
    void a_facilitator_downloads_the_responses_as_csv_and_xlsx_with_the_chosen_options() {
        Dialogue dialogue = dialogueWithResponses(Role.FACILITATOR);
        navigate("dialogues/" + dialogue.id() + "/export");

        assertThat(_get(H1.class).getText()).isEqualTo("Exportera och importera: " + dialogue.title());
        assertThat(downloadLink().getElement().hasAttribute("download")).isTrue();
        assertThat(downloaded()).startsWith("response_id,dialogue_id,dialogue_title,place,").contains(",OWN_DEVICE,");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Semikolon mellan fälten (för Excel med svenska inställningar)")),
                true);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "Märk filen som UTF-8 (BOM), så att Excel visar å, ä och ö rätt")), true);
        assertThat(downloaded()).startsWith("\uFEFFresponse_id;dialogue_id;");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ExportFormat> format = _get(RadioButtonGroup.class, spec -> spec.withLabel("Format"));
        _setValue(format, ExportFormat.CSV_LONG);
        assertThat(downloaded()).startsWith("\uFEFFresponse_id;dialogue_id;version;").contains(";MOVING_AROUND;1;2;false;");

        _setValue(format, ExportFormat.XLSX);
        assertThat(_find(Checkbox.class)).as("the CSV options hide for XLSX").isEmpty();
        byte[] xlsx = DownloadKt._download(downloadLink());
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).as("a zip file").isEqualTo("PK");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND organisation_id = :o")
                .param("o", dialogue.organisationId()).query(Long.class).single()).as("every download logged")
                .isEqualTo(4);
    }

    @Test
    void an_import_shows_every_problem_in_a_grid_and_saves_nothing() {
        Dialogue dialogue = dialogueWithResponses(Role.FACILITATOR);
        navigate("dialogues/" + dialogue.id() + "/export");

        UploadKt._upload(_get(Upload.class), "svar.csv", "text/csv",
                "MOVING_AROUND;PUBLIC_TRANSPORT\n9;4\n4;x\n".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-summary")).getText())
                .isEqualTo("Filen har 2 fel. Ingenting har sparats. Rätta felen i filen och välj den igen.");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withClasses("import-problems"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("2", "MOVING_AROUND",
                "”9” är inget betyg på skalan 1–7. Lämna fältet tomt om temat hoppades över.");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("3", "PUBLIC_TRANSPORT",
                "”x” är inget betyg på skalan 1–7. Lämna fältet tomt om temat hoppades över.");
        assertThat(_find(Button.class, spec -> spec.withText("Spara 2 nya svar"))).isEmpty();
        assertThat(responses.counts(dialogue).started()).isEqualTo(2);
    }

    @Test
    void an_import_over_the_limit_is_refused_while_it_streams_and_nothing_of_it_is_kept() throws Exception {
        Dialogue dialogue = dialogueWithResponses(Role.FACILITATOR);
        navigate("dialogues/" + dialogue.id() + "/export");
        Upload upload = _get(Upload.class);
        int limit = ImportService.MAX_IMPORT_BYTES;

        // No length given (a chunked request): the handler must stop reading soon after the limit.
        StreamedPart endless = new StreamedPart(limit + 8L * 1024 * 1024);
        UploadEvent chunked = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "stor.csv", -1, "text/csv", upload.getElement(), endless);
        UploadKt.get_handler(upload).handleUploadRequest(chunked);
        MockVaadin.clientRoundtrip(false);

        assertThat(endless.bytesRead()).as("bytes read before refusing").isLessThanOrEqualTo(limit + 64L * 1024);
        assertThat(chunked.isRejected()).isTrue();
        NotificationsKt.expectNotifications("Filen är för stor. Den får vara högst 20 MB.");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("import-summary"))).isEmpty();

        // A length given that is too large: refused before reading anything.
        StreamedPart declared = new StreamedPart(limit + 1L);
        UploadEvent tooLarge = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "stor.csv", limit + 1L, "text/csv", upload.getElement(), declared);
        UploadKt.get_handler(upload).handleUploadRequest(tooLarge);
        MockVaadin.clientRoundtrip(false);
        assertThat(declared.bytesRead()).isZero();
        assertThat(tooLarge.isRejected()).isTrue();
        assertThat(responses.counts(dialogue).started()).isEqualTo(2);
    }

    /** An uploaded file's part whose content is made as it is read, counting what was read. */
    private static final class StreamedPart implements Part {

        private final long size;
        private long read;

        StreamedPart(long size) {
            this.size = size;
        }

        long bytesRead() {
            return read;
        }

        @Override
        public InputStream getInputStream() {
            return new InputStream() {
                @Override
                public int read() {
                    if (read >= size) {
                        return -1;
                    }
                    read++;
                    return 'x';
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (read >= size) {
                        return -1;
                    }
                    int n = (int) Math.min(length, size - read);
                    Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                    read += n;
                    return n;
                }
            };
        }

        @Override public String getContentType() { return "text/csv"; }
        @Override public String getName() { return "file"; }
        @Override public String getSubmittedFileName() { return "stor.csv"; }
        @Override public long getSize() { return -1; }
        @Override public void write(String fileName) { throw new UnsupportedOperationException(); }
        @Override public void delete() { }
        @Override public String getHeader(String name) { return null; }
        @Override public Collection<String> getHeaders(String name) { return List.of(); }
        @Override public Collection<String> getHeaderNames() { return List.of(); }
    }

    @Test
    void a_correct_file_is_checked_first_and_saved_on_confirmation_and_only_once() {
        Dialogue dialogue = dialogueWithResponses(Role.FACILITATOR);
        navigate("dialogues/" + dialogue.id() + "/export");
        byte[] file = "MOVING_AROUND;PUBLIC_TRANSPORT;area\n5;6;Norr\n3;;\n".getBytes(StandardCharsets.UTF_8);

        UploadKt._upload(_get(Upload.class), "papper.csv", "text/csv", file);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-summary")).getText())
                .isEqualTo("Filen har 2 svar utan fel: 2 är nya och 0 finns redan i dialogen.");
        assertThat(responses.counts(dialogue).started()).as("nothing saved before the confirmation").isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withText("Spara 2 nya svar")));
        assertThat(_get(Span.class, spec -> spec.withClasses("import-saved")).getText())
                .isEqualTo("2 svar sparades. 0 fanns redan och lades inte till igen.");
        assertThat(responses.counts(dialogue).started()).isEqualTo(4);

        UploadKt._upload(_get(Upload.class), "papper.csv", "text/csv", file);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-summary")).getText())
                .isEqualTo("Filen har 2 svar utan fel: 0 är nya och 2 finns redan i dialogen.");
        assertThat(_find(Button.class, spec -> spec.withText("Spara 0 nya svar"))).isEmpty();
        assertThat(responses.counts(dialogue).started()).isEqualTo(4);
    }

    @Test
    void an_analyst_may_download_but_sees_no_import() {
        Dialogue dialogue = dialogueWithResponses(Role.ANALYST);
        navigate("dialogues/" + dialogue.id() + "/export");

        assertThat(downloaded()).startsWith("response_id,");
        assertThat(_find(Upload.class)).isEmpty();
    }

    @Test
    void another_organisations_dialogue_is_not_found() {
        Dialogue other = dialogueWithResponses(Role.FACILITATOR);
        Dialogue own = dialogueWithResponses(Role.FACILITATOR);
        navigate("dialogues/" + other.id() + "/export");

        assertThat(_find(Anchor.class, spec -> spec.withText("Ladda ner filen"))).isEmpty();
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(own.id()).isNotEqualTo(other.id());
    }
}
