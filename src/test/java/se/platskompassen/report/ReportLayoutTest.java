package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Series;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.NewAction;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.PdfGlyphs;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * Texts that try to break the report: a place name of 200 letters without a space, a title with
 * markup, PDF syntax, control characters and a right-to-left override, comments with emoji,
 * other scripts and a word of a thousand letters, the longest notes and actions. The PDF must
 * still open, every letter must lie on its page, and nothing may reorder or hide text.
 */
@ActiveProfiles("test")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:report-golden;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false"})
@Import(MutableClock.Config.class)
class ReportLayoutTest {

    private static final String LONG_NAME = "Ö".repeat(100) + "å".repeat(100);
    private static final String TITLE = "Möte\u202Eesrevni\u202C <script>alert(1)</script> %PDF-1.7 (x) \\ endstream\u0007";
    private static final String LONG_WORD = "Cykelbana".repeat(111);

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired DiscussionService discussions;
    @Autowired ReportService reports;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private Dialogue strangeDialogue() {
        Organisation organisation = tenants.newOrganisation();
        tenants.signInAs(tenants.newStaff(organisation.id(), Role.ORGANISATION_ADMIN));
        long place = places.create(PlaceDetails.named(LONG_NAME)).id();
        Dialogue dialogue = dialogues.createWithCode(place, new DialogueSettings(TITLE, null, Version.VUXEN,
                EnumSet.of(Language.SV), DialogueKind.BOTH, null, null, List.of()),
                "ODD-" + organisation.id(), DialogueStatus.OPEN);
        String[] comments = {LONG_WORD, "Cykelbanor 🚲🌳 och 公园 och حديقة", "=HYPERLINK(\"http://x\")",
            "a\u0301 e\u0308 \uFFFD \uD83D", "Rad ett\nrad två\r\nrad tre\ttab"};
        respondents.in(dialogue).count(6).startingAt(Instant.parse("2026-05-04T17:00:00Z"))
                .answers((person, theme) -> {
                    String comment = comments[(person + theme.ordinal()) % comments.length];
                    return new AnswerInput(theme, 1 + (person + theme.ordinal()) % 7, comment, comment);
                })
                .record();
        for (Theme theme : Theme.values()) {
            discussions.saveNotes(dialogue, theme, ("Anteckning " + TITLE + " ").repeat(40).substring(0, 2000));
            discussions.setPriority(dialogue, theme, true);
        }
        for (int i = 0; i < 5; i++) {
            discussions.addAction(dialogue, new NewAction(Theme.values()[i], "Å".repeat(500), "B".repeat(200), null));
        }
        return dialogue;
    }

    @Test
    void strange_and_very_long_texts_stay_on_the_page_and_change_nothing_else() throws IOException {
        Dialogue dialogue = strangeDialogue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.dialogueReport(dialogue.id(), ReportGoldenTest.SWEDISH, out);
        ReportGoldenTest.save("konstiga-texter.pdf", out.toByteArray());

        assertLettersOnTheirPages(out.toByteArray());
        String text = ReportGoldenTest.text(out.toByteArray());
        assertThat(text).contains("<script>alert(1)</script> %PDF-1.7 (x) \\ endstream", "Möteesrevni",
                "Cykelbanor 🚲🌳 och 公园 och حديقة".substring(0, 11), "=HYPERLINK(\"http://x\")", "…");
        assertThat(text).as("no control character and no reordering mark reaches the page")
                .doesNotContain("\u202E", "\u202C", "\u0007");
        assertThat(text.replace(" ", "")).as("the long name is there, wrapped").contains(LONG_NAME.substring(0, 60));
        assertThat(text.replace(" ", "")).as("a comment of a thousand letters is cut at 600")
                .doesNotContain(LONG_WORD.substring(0, 700));

        ByteArrayOutputStream comparison = new ByteArrayOutputStream();
        reports.comparisonReport(Filter.DEFAULT, List.of(new Series.OfDialogue(dialogue.id()),
                new Series.AtPlace(dialogue.placeId())), ReportGoldenTest.SWEDISH, comparison);
        ReportGoldenTest.save("konstiga-texter-jamforelse.pdf", comparison.toByteArray());
        assertLettersOnTheirPages(comparison.toByteArray());
        assertThat(ReportGoldenTest.text(comparison.toByteArray())).contains("<script>alert(1)</script>");
    }

    @Test
    void a_child_dialogue_reports_on_its_three_steps_with_faces_on_the_compass() throws IOException {
        Dialogue dialogue = tenants.newDialogue(Version.BARN);
        respondents.in(dialogue).count(5).mode(CollectionMode.SHARED_TABLET)
                .startingAt(Instant.parse("2026-05-04T09:00:00Z"))
                .answers((person, theme) -> AnswerInput.scored(theme, 1 + (person + theme.ordinal()) % 3)).record();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.dialogueReport(dialogue.id(), ReportGoldenTest.SWEDISH, out);
        ReportGoldenTest.save("barn.pdf", out.toByteArray());

        assertLettersOnTheirPages(out.toByteArray());
        String text = ReportGoldenTest.text(out.toByteArray());
        // Gå, rulla och cykla: 1, 2, 3, 1, 2 → median 2, quartiles 1 and 2, shares 40, 40, 20
        assertThat(text).contains("Version: Barn", "Svarande: 5", " 5 2 1–2 40 40 20 ");
    }

    /** Letters on one line never overlap: no text is printed over other text (the footer's page number, say). */
    private static void assertNoLettersOverlap(int page, List<TextPosition> letters) {
        List<TextPosition> sorted = new ArrayList<>(letters);
        sorted.removeIf(letter -> letter.getUnicode().isBlank());
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        for (int i = 1; i < sorted.size(); i++) {
            TextPosition before = sorted.get(i - 1);
            TextPosition after = sorted.get(i);
            if (Math.abs(before.getYDirAdj() - after.getYDirAdj()) < 1 && before.getFontSizeInPt() == after.getFontSizeInPt()) {
                assertThat(after.getXDirAdj()).as("page %d: %s over %s", page, after, before)
                        .isGreaterThanOrEqualTo(before.getXDirAdj() + before.getWidthDirAdj() - 0.5f);
            }
        }
    }

    /** Every letter of every page lies inside the page, and the report has a sensible number of pages. */
    private static void assertLettersOnTheirPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(3, 30);
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                PDPage page = document.getPage(number - 1);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                List<TextPosition> letters = PdfGlyphs.letters(document, number);
                assertNoLettersOverlap(number, letters);
                for (TextPosition letter : letters) {
                    assertThat(letter.getXDirAdj()).as("page %d, %s", number, letter).isBetween(0f, width);
                    assertThat(letter.getXDirAdj() + letter.getWidthDirAdj()).as("page %d, %s", number, letter)
                            .isLessThanOrEqualTo(width);
                    assertThat(letter.getYDirAdj()).as("page %d, %s", number, letter).isBetween(0f, height);
                }
            }
        }
    }
}
