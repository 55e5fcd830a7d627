package se.platskompassen.questionnaire.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.PackUploads;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;

/**
 * The network admin's page for language packs. On an embedded database of its own: a saved pack
 * changes what the whole application asks, which must not reach the other tests.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:language-packs-view;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class LanguagePacksViewTest extends KaribuTest {

    private static final String QUESTION = "Hur lätt och trevligt är det att gå, rulla och cykla här?";

    @Autowired PackUploads uploads;
    @Autowired LanguagePacks packs;
    @Autowired QuestionnaireCatalog catalog;
    @Autowired JdbcClient jdbc;

    private static Div card(Language language) {
        return _get(Div.class, spec -> spec.withClasses("language-pack")
                .withPredicate(card -> language.code().equals(card.getElement().getAttribute("data-language"))));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private long uploadsSaved() {
        return jdbc.sql("SELECT COUNT(*) FROM language_pack_upload").query(Long.class).single();
    }

    /** The Arabic pack in use as a file, with one piece of it replaced. */
    private byte[] arabicWith(String from, String to) {
        String file = new String(uploads.download(Language.AR), StandardCharsets.UTF_8);
        assertThat(file).contains(from);
        return file.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void upload(Language language, byte[] file) {
        UploadKt._upload(_get(card(language), Upload.class), "platskompassen-language-" + language.code() + ".json",
                "application/json", file);
    }

    @Test
    void a_network_admin_sees_every_language_with_its_names_status_and_texts_and_downloads_a_pack() {
        signInAs("natverket");
        navigate("languages");

        assertThat(_find(SideNavItem.class, spec -> spec.withLabel("Språkpaket"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("language-pack"))).hasSize(Language.values().length);
        Div arabic = card(Language.AR);
        assertThat(text(_get(arabic, H2.class))).isEqualTo("العربية – arabiska");
        assertThat(_get(arabic, H2.class).getChildren().findFirst().orElseThrow().getElement().getAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(text(_get(arabic, Paragraph.class, spec -> spec.withClasses("language-pack-status"))))
                .isEqualTo("Status: utkast, inte granskat");
        assertThat(text(_get(arabic, Paragraph.class, spec -> spec.withClasses("language-pack-entries"))))
                .isEqualTo(packs.swedish().texts().size() + " texter");
        assertThat(text(_get(card(Language.SV), Paragraph.class, spec -> spec.withClasses("language-pack-status"))))
                .isEqualTo("Status: källa");
        assertThat(text(card(Language.SO))).contains("Soomaali – somaliska", "Status: utkast, inte granskat")
                .doesNotContain("Inget språkpaket ännu");
        assertThat(_find(card(Language.SO), Anchor.class)).hasSize(1);

        Anchor download = _get(arabic, Anchor.class);
        assertThat(download.getText()).isEqualTo("Ladda ner paketet för arabiska");
        assertThat(DownloadKt._download(download)).isEqualTo(uploads.download(Language.AR));
    }

    @Test
    void an_upload_with_problems_lists_every_one_in_the_admins_language_and_saves_nothing() {
        signInAs("natverket");
        navigate("languages");
        long before = uploadsSaved();
        byte[] file = arabicWith("\"status\" : \"draft\"", "\"status\" : \"reviewed\"");
        String question = new String(file, StandardCharsets.UTF_8).replace(
                catalogQuestion(), "سؤال {0}");

        upload(Language.AR, question.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pack-report-summary")).getText())
                .isEqualTo("Filen har 2 fel. Ingenting har sparats. Rätta felen i filen och ladda upp den igen.");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withClasses("pack-problems"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("review", "Status stämmer inte med granskningen: "
                + "ett granskat paket (reviewed) har namnet på den som granskade och datumet, ett utkast (draft) har "
                + "inget av dem.", "");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("questionnaire.vuxen.MOVING_AROUND.question",
                "Texten får inte ha några platshållare inom klammerparenteser, eftersom den svenska inte har det.",
                QUESTION);
        assertThat(_find(Button.class, spec -> spec.withText("Spara och använd paketet"))).isEmpty();
        assertThat(uploadsSaved()).isEqualTo(before);

        upload(Language.FA, uploads.download(Language.AR));
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withClasses("pack-problems")), 0))
                .containsExactly("language", "Filen är paketet för arabiska, inte för persiska.", "");
        assertThat(uploadsSaved()).isEqualTo(before);
    }

    @Test
    void an_admin_reading_english_gets_the_report_in_english() {
        signInAs("natverket");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("languages");

        upload(Language.PL, "{\"format\": \"xliff/2\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pack-report-summary")).getText())
                .isEqualTo("Problems found in the file: 1. Nothing has been saved. Correct the file and upload it again.");
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withClasses("pack-problems")), 0))
                .containsExactly("format", "The file is not a language pack in the format "
                        + "platskompassen-language-pack/1.", "");
        assertThat(text(_get(card(Language.PL), H2.class))).isEqualTo("Polski – Polish");
        assertThat(_get(card(Language.PL), Upload.class).getI18n().getAddFiles().getOne())
                .isEqualTo("Upload a pack for Polish");
    }

    private String catalogQuestion() {
        return packs.pack(Language.AR).orElseThrow().text("questionnaire.vuxen.MOVING_AROUND.question").orElseThrow();
    }

    /** The revision of the adult version that the next save changing its wording makes. */
    private String nextAdultRevision() {
        String[] parts = catalog.current(Version.VUXEN).revision().split("\\.");
        return parts.length < 3 ? String.join(".", parts) + ".1"
                : parts[0] + "." + parts[1] + "." + (Integer.parseInt(parts[2]) + 1);
    }

    private static Button saveButton() {
        return _get(Button.class, spec -> spec.withText("Spara och använd paketet"));
    }

    @Test
    void a_good_file_is_summed_up_then_saved_on_request_and_its_new_revisions_shown() {
        signInAs("natverket");
        navigate("languages");
        byte[] file = arabicWith(catalogQuestion(), "هل من السهل التنقل هنا؟");
        String revisionBefore = catalog.current(Version.VUXEN).revision();
        String next = nextAdultRevision();

        upload(Language.AR, file);

        Div report = _get(Div.class, spec -> spec.withClasses("pack-report"));
        assertThat(text(_get(report, Paragraph.class, spec -> spec.withClasses("pack-report-summary"))))
                .isEqualTo("Filen är ett komplett språkpaket: العربية – arabiska, utkast, inte granskat.");
        assertThat(text(_get(report, Paragraph.class, spec -> spec.withClasses("pack-report-changed"))))
                .isEqualTo("Texter som skiljer sig från paketet som används nu: 1.");
        assertThat(_find(report, ListItem.class)).extracting(ListItem::getText).containsExactly("Vuxna – version " + next);
        assertThat(catalog.current(Version.VUXEN).revision()).as("nothing saved yet").isEqualTo(revisionBefore);

        _click(saveButton());

        assertThat(text(_get(report, Paragraph.class, spec -> spec.withClasses("pack-report-summary"))))
                .isEqualTo("Paketet för arabiska är sparat och används nu.");
        assertThat(_find(report, ListItem.class)).extracting(ListItem::getText).containsExactly("Vuxna – version " + next);
        assertThat(catalog.current(Version.VUXEN).id()).isEqualTo("vuxen/" + next);
        assertThat(packs.text(Language.AR, "questionnaire.vuxen.MOVING_AROUND.question")).contains("هل من السهل التنقل هنا؟");
    }

    @Test
    void a_double_tap_on_save_saves_once_and_the_next_checked_file_can_be_saved_again() {
        signInAs("natverket");
        navigate("languages");
        long before = uploadsSaved();
        upload(Language.AR, arabicWith(catalogQuestion(), "هل المشي هنا سهل؟"));
        Button save = saveButton();

        _click(save);

        assertThat(save.isEnabled()).as("disabled by its first click, so a second tap is not sent").isFalse();
        assertThat(uploadsSaved()).isEqualTo(before + 1);

        upload(Language.AR, arabicWith(catalogQuestion(), "هل المشي هنا ممتع؟"));
        assertThat(saveButton().isEnabled()).as("a new check brings a Save button of its own").isTrue();
        _click(saveButton());
        assertThat(uploadsSaved()).isEqualTo(before + 2);
    }

    @Test
    void a_save_after_another_admin_saved_the_same_language_is_refused_saying_who_and_what_to_do() {
        signInAs("natverket");
        navigate("languages");
        upload(Language.AR, arabicWith(catalogQuestion(), "هل الحركة هنا سهلة؟"));
        long before = uploadsSaved();
        byte[] theirs = arabicWith(catalogQuestion(), "هل الحركة هنا ممتعة؟");
        uploads.save(uploads.check(theirs, Language.AR)); // another admin, in another tab or on another instance

        _click(saveButton());

        Paragraph refused = _get(Paragraph.class, spec -> spec.withClasses("pack-report-summary"));
        assertThat(refused.getText()).startsWith("Paketet för arabiska sparades av natverket ")
                .endsWith(", efter att du kontrollerade din fil. Din fil har inte sparats. Ladda ner paketet som "
                        + "används nu, för in dina ändringar i det och ladda upp filen igen.");
        assertThat(refused.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(uploadsSaved()).as("only theirs").isEqualTo(before + 1);
        assertThat(packs.text(Language.AR, "questionnaire.vuxen.MOVING_AROUND.question")).contains("هل الحركة هنا ممتعة؟");
    }

    @Test
    void a_file_over_the_limit_is_refused_while_it_streams_with_a_clear_message() throws Exception {
        signInAs("natverket");
        navigate("languages");
        long before = uploadsSaved();
        Upload upload = _get(card(Language.AR), Upload.class);
        EndlessPart endless = new EndlessPart();

        UploadEvent chunked = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "stor.json", -1, "application/json", upload.getElement(), endless);
        UploadKt.get_handler(upload).handleUploadRequest(chunked);
        MockVaadin.clientRoundtrip(false);

        assertThat(chunked.isRejected()).isTrue();
        assertThat(endless.read).as("bytes read before refusing")
                .isLessThanOrEqualTo(LanguagePacksView.MAX_PACK_BYTES + 64L * 1024);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pack-report-summary")).getText())
                .isEqualTo("Filen är för stor. Ett språkpaket får vara högst 2 MB. Ingenting har sparats.");
        assertThat(uploadsSaved()).isEqualTo(before);
    }

    /** An uploaded file of no stated size that never ends, counting what was read of it. */
    private static final class EndlessPart implements Part {

        long read;

        @Override
        public InputStream getInputStream() {
            return new InputStream() {
                @Override
                public int read() {
                    read++;
                    return ' ';
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                    read += length;
                    return length;
                }
            };
        }

        @Override public String getContentType() { return "application/json"; }
        @Override public String getName() { return "file"; }
        @Override public String getSubmittedFileName() { return "stor.json"; }
        @Override public long getSize() { return -1; }
        @Override public void write(String fileName) { throw new UnsupportedOperationException(); }
        @Override public void delete() { }
        @Override public String getHeader(String name) { return null; }
        @Override public Collection<String> getHeaders(String name) { return List.of(); }
        @Override public Collection<String> getHeaderNames() { return List.of(); }
    }
}
