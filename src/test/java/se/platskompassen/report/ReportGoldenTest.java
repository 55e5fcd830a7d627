package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.Series;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The reports of a fixed data set ({@link ReportData}) read back with PDFBox: every part of the
 * dialogue report in Swedish and English, hand-worked figures, the small-group rule in both
 * reports, and the compass as vector graphics. Runs on its own empty in-memory database; samples
 * go to {@code target/report}.
 */
@ActiveProfiles("test")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:report-golden;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false"})
@Import(MutableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportGoldenTest {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired DiscussionService discussions;
    @Autowired QuestionnaireCatalog catalog;
    @Autowired AnalysisService analysis;
    @Autowired ReportService reports;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private ReportData data;

    @BeforeAll
    void createTheDataSet() {
        data = ReportData.create(tenants, places, dialogues, respondents, discussions);
        tenants.signOut();
    }

    @BeforeEach
    void signIn() {
        tenants.signInAs(data.admin());
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private byte[] dialogueReport(long id, Locale locale, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.dialogueReport(id, locale, out);
        save(sample, out.toByteArray());
        return out.toByteArray();
    }

    private byte[] comparisonReport(List<Series> series, Locale locale, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.comparisonReport(Filter.DEFAULT, series, locale, out);
        save(sample, out.toByteArray());
        return out.toByteArray();
    }

    static void save(String name, byte[] pdf) throws IOException {
        Path file = Path.of("target", "report", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
    }

    /** The text of every page, with all white space (line breaks, no-break spaces) as one space. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In writing order: sorting by position would mix the spacing of paragraphs into their first line
            stripper.setSortByPosition(false);
            return stripper.getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }

    private String theme(Theme theme, Language language) {
        return catalog.themeName(theme, language);
    }

    @Test
    void the_swedish_dialogue_report_has_every_part_with_the_hand_worked_figures() throws IOException {
        String text = text(dialogueReport(data.evening().id(), SWEDISH, "dialog-sv.pdf"));

        assertThat(text).contains("Rapport från en platsdialog", "Stora torget", "Kvällsmöte på torget",
                "Organisation: " + data.organisation().name(), "Version: Vuxna", "Öppen för svar från: 4 maj 2026",
                "Öppen för svar till: 20 maj 2026", "Svarande: 6",
                "Rapporten skapades: " + ReportPdf.date(LocalDate.now(clock), SWEDISH));
        assertThat(text).contains("Kompassen", "Siffror per tema", "Andel som gav betyget, %");
        // Hand-worked: Kollektivtrafik 2,3,2,4,1,2 → median 2, quartiles 2 and 3
        assertThat(text).contains(theme(Theme.PUBLIC_TRANSPORT, Language.SV) + " 6 2 2–3 17 50 17 17 0 0 0");
        assertThat(text).contains(theme(Theme.MOVING_AROUND, Language.SV) + " 6 3,5 3–4 0 17 33 33 17 0 0");
        assertThat(text).contains(theme(Theme.NATURAL_SPACE, Language.SV) + " 6 6 6–7 0 0 0 0 17 50 33");
        assertThat(text).contains(theme(Theme.FEELING_SAFE, Language.SV) + " 6 2 1–2 33 50 17 0 0 0 0");
        assertThat(text).as("two people scored work and the economy: hidden")
                .contains(theme(Theme.WORK_ECONOMY, Language.SV) + " färre än 5 svar");
        assertEveryThemeAsTheAnalysisShowsIt(text, SWEDISH);

        assertThat(text).contains("Det gruppen kom fram till",
                theme(Theme.MOVING_AROUND, Language.SV) + " 3,5 3",
                theme(Theme.FEELING_SAFE, Language.SV) + " 2 2 Ja", "Anteckningar",
                "Belysningen tas upp med gatukontoret",
                "Prioriterade teman: " + theme(Theme.FEELING_SAFE, Language.SV),
                "Byt trasiga lampor i parken " + theme(Theme.FEELING_SAFE, Language.SV) + " Gatukontoret 30 september 2026",
                "Återkoppla till de boende Hela platsen");

        assertThat(text).contains("Vad de svarande skrev", "6 av 8 kommentarer visas.", "3 av 4 kommentarer visas.",
                "1 av 1 kommentarer visas.", "”Affärer nära”", "”Bra cykelvägar till skolan”",
                "”Cykelparkering vid stationen”", "”Övergångsställen saknas”", "”Belysningen i parken är trasig”",
                "”Parken med äppelträden”", "Inga kommentarer till: " + theme(Theme.PUBLIC_TRANSPORT, Language.SV));
        assertThat(text).as("the first three of each kind, alphabetically")
                .doesNotContain("Dagens rutt till jobbet", "Gångvägen längs ån", "Mörkt vid busshållplatsen");

        assertThat(text).contains("Om metoden", "Platskompassen är den svenska versionen av Place Standard",
                "Skydd av små grupper", "Organisationen visar inga siffror som bygger på färre än 5 personer",
                "Rader i tabellerna som döljs enligt regeln: 1.");
    }

    @Test
    void the_english_dialogue_report_has_the_same_parts_in_english() throws IOException {
        String text = text(dialogueReport(data.evening().id(), Locale.ENGLISH, "dialogue-en.pdf"));

        assertThat(text).contains("Report of a place dialogue", "Stora torget", "Kvällsmöte på torget",
                "Version: Adults", "Open for answers from: 4 May 2026", "Open for answers until: 20 May 2026",
                "Respondents: 6", "The compass", "Figures per theme");
        assertThat(text).contains(theme(Theme.MOVING_AROUND, Language.EN) + " 6 3.5 3–4 0 17 33 33 17 0 0");
        assertThat(text).contains(theme(Theme.WORK_ECONOMY, Language.EN) + " fewer than 5 answers");
        assertEveryThemeAsTheAnalysisShowsIt(text, Locale.ENGLISH);
        assertThat(text).contains("What the group agreed", "Priority themes: " + theme(Theme.FEELING_SAFE, Language.EN),
                "Byt trasiga lampor i parken", "30 September 2026", "The whole place",
                "What respondents wrote", "6 of 8 comments shown.", "“Bra cykelvägar till skolan”",
                "About the method", "Platskompassen is the Swedish version of the Place Standard",
                "Protecting small groups", "fewer than 5 people");
        assertThat(text).doesNotContain("Rapport från", "Svarande");
    }

    /** Every theme's n, median and quartiles as the analysis gives them for the dialogue. */
    private void assertEveryThemeAsTheAnalysisShowsIt(String text, Locale locale) {
        ProtectedFigures figures = analysis.compare(Filter.DEFAULT, List.of(new Series.OfDialogue(data.evening().id())))
                .series().getFirst().figures();
        for (Theme theme : Theme.values()) {
            if (figures.isHidden(theme)) {
                continue;
            }
            ThemeFigures one = figures.figures().theme(theme);
            assertThat(text).as("%s", theme).contains(" " + one.answered() + " " + Figures.format(one.median(), locale)
                    + " " + Figures.format(one.lowerQuartile(), locale) + "–" + Figures.format(one.upperQuartile(), locale)
                    + " ");
        }
    }

    @Test
    void a_dialogue_with_fewer_respondents_than_the_minimum_shows_no_figure_and_no_comment() throws IOException {
        String text = text(dialogueReport(data.small().id(), SWEDISH, "liten-grupp-sv.pdf"));

        assertThat(text).contains("Liten grupp", "Svarande: färre än 5 svar",
                "Kommentarerna finns inte med, eftersom dialogen har färre än 5 svarande.",
                "Rader i tabellerna som döljs enligt regeln: 14.", "Öppen för svar från: inget datum angivet");
        for (Theme theme : Theme.values()) {
            assertThat(text).contains(theme(theme, Language.SV) + " färre än 5 svar");
        }
        assertThat(text).as("no share, no median, no count of answers").doesNotContain("Svarande: 3", " 3 7 ", "6,5–7", " 67 ", " 33 ");
    }

    @Test
    void the_comparison_report_names_the_series_and_applies_the_rule_as_the_compare_page_does() throws IOException {
        String text = text(comparisonReport(List.of(new Series.Everyone(), new Series.OfDialogue(data.evening().id()),
                new Series.OfDialogue(data.small().id())), SWEDISH, "jamforelse-sv.pdf"));

        assertThat(text).contains("Jämförelse mellan serier", "Serierna som jämförs", "1. Alla svar",
                "2. Kvällsmöte på torget", "3. Liten grupp", "Dialoger som startade: utan gräns – utan gräns",
                "Versioner: Vuxna, Unga", "Hur svaren samlades in: Alla sätt", "Kompassen",
                "Siffror per tema: Alla svar", "Svarande: 9", "Siffror per tema: Kvällsmöte på torget",
                "Siffror per tema: Liten grupp", "Skydd av små grupper");
        // Everyone: 2,3,3,4,4,5,6,7,7 → median 4, quartiles 3 and 6
        assertThat(text).contains(theme(Theme.MOVING_AROUND, Language.SV) + " 9 4 3–6");
        assertThat(text).as("the evening is everyone but the small group: hidden, or the small group would show")
                .contains("Svarande: dold, skulle avslöja färre än 5 svar", "Svarande: färre än 5 svar")
                .doesNotContain("6 3,5 3–4");
        assertThat(text).contains("Rader i tabellerna som döljs enligt regeln: 28.");

        String pair = text(comparisonReport(List.of(new Series.OfDialogue(data.evening().id()),
                new Series.OfDialogue(data.small().id())), Locale.ENGLISH, "comparison-en.pdf"));
        assertThat(pair).contains("Comparison of series", "1. Kvällsmöte på torget", "2. Liten grupp",
                "Respondents: 6", "Respondents: fewer than 5 answers", "Group agreed",
                theme(Theme.MOVING_AROUND, Language.EN) + " 6 3.5 3–4 3 0 17 33 33 17 0 0",
                "Protecting small groups");
    }

    @Test
    void the_compass_is_drawn_as_vector_paths_with_no_image_in_the_file() throws IOException {
        byte[] pdf = dialogueReport(data.evening().id(), SWEDISH, "vektor.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int forms = 0;
            int paths = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    assertThat(object).as("no image anywhere").isNotInstanceOf(PDImageXObject.class);
                    if (object instanceof PDFormXObject form) {
                        forms++;
                        assertThat(form.getResources().getXObjectNames()).as("no image inside the compass").isEmpty();
                        paths += pathOperators(form);
                    }
                }
            }
            assertThat(forms).as("the compass is one form XObject").isEqualTo(1);
            assertThat(paths).as("lines, curves and fills of the compass").isGreaterThan(100);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
        }
    }

    private static int pathOperators(PDFormXObject form) throws IOException {
        List<Object> tokens = new PDFStreamParser(form).parse();
        int count = 0;
        for (Object token : tokens) {
            if (token instanceof Operator operator && List.of("m", "l", "c", "re", "f", "S", "B").contains(operator.getName())) {
                count++;
            }
        }
        return count;
    }

    @Test
    void every_report_is_in_the_audit_log() throws IOException {
        long before = exports();
        dialogueReport(data.evening().id(), SWEDISH, "logg.pdf");
        comparisonReport(List.of(new Series.Everyone()), Locale.ENGLISH, "logg.pdf");
        assertThat(exports() - before).isEqualTo(2);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE organisation_id = :o AND action = 'EXPORT' "
                        + "ORDER BY id DESC").param("o", data.organisation().id()).query(String.class).list())
                .startsWith("PDF report (en) of a comparison: all",
                        "PDF report (sv) of \u201cKvällsmöte på torget\u201d (" + data.evening().id() + ")");
    }

    private long exports() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE organisation_id = :o AND action = 'EXPORT'")
                .param("o", data.organisation().id()).query(Long.class).single();
    }

    @Test
    void file_names_are_safe_and_say_what_the_file_is() {
        String today = LocalDate.now(clock).toString();
        assertThat(reports.dialogueFileName(data.evening().id(), SWEDISH))
                .isEqualTo("kvallsmote-pa-torget-" + data.evening().id() + "-rapport-" + today + ".pdf");
        assertThat(reports.dialogueFileName(data.evening().id(), Locale.ENGLISH)).endsWith("-report-" + today + ".pdf");
        assertThat(reports.comparisonFileName(SWEDISH)).isEqualTo("platskompassen-jamforelse-" + today + ".pdf");
    }

    @Test
    void only_staff_who_may_export_get_a_report_and_nothing_is_written_otherwise() {
        tenants.signOut();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(catchThrowable(() -> reports.dialogueReport(data.evening().id(), SWEDISH, out)))
                .isInstanceOf(NoAccessException.class);
        tenants.signInAs(tenants.newStaff(data.organisation().id(), Role.ANALYST));
        try {
            reports.dialogueReport(data.evening().id(), SWEDISH, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out.size()).as("analysts export").isPositive();
    }
}
