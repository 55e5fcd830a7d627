package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePack;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.PdfGlyphs;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.ScriptSamples;
import se.platskompassen.testing.Tenants;

/**
 * The report prints what residents and staff wrote in any script of the language packs (a
 * place's and a dialogue's name, comments) with real, shaped glyphs: no boxes, Arabic and Persian
 * joined and in their order.
 */
@ActiveProfiles("test")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:report-golden;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false"})
@Import(MutableClock.Config.class)
class ReportScriptsTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired ReportService reports;
    @Autowired QuestionnaireCatalog catalog;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void names_and_comments_in_every_script_print_as_real_shaped_glyphs() throws IOException {
        Organisation organisation = tenants.newOrganisation();
        tenants.signInAs(tenants.newStaff(organisation.id(), Role.ORGANISATION_ADMIN));
        long place = places.create(PlaceDetails.named(ScriptSamples.PERSIAN)).id();
        Dialogue dialogue = dialogues.createWithCode(place, new DialogueSettings(ScriptSamples.UKRAINIAN, null,
                Version.VUXEN, EnumSet.of(Language.SV), DialogueKind.BOTH, null, null, List.of()),
                "SCRIPTS-" + organisation.id(), DialogueStatus.OPEN);
        List<String> comments = List.of(ScriptSamples.ARABIC, ScriptSamples.TIGRINYA, ScriptSamples.POLISH,
                ScriptSamples.FINNISH, ScriptSamples.PERSIAN, ScriptSamples.UKRAINIAN);
        respondents.in(dialogue).count(6).startingAt(Instant.parse("2026-05-04T17:00:00Z"))
                // Two comments a theme, fewer than the report shows, and every script in some theme
                .answers((person, theme) -> new AnswerInput(theme, 1 + (person + theme.ordinal()) % 7,
                        person < 2 ? comments.get((theme.ordinal() + person) % comments.size()) : null, null))
                .record();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.dialogueReport(dialogue.id(), ReportGoldenTest.SWEDISH, out);
        ReportGoldenTest.save("skriftsystem.pdf", out.toByteArray());

        PdfGlyphs glyphs = PdfGlyphs.of(out.toByteArray());
        assertThat(glyphs.text()).contains(ScriptSamples.extracted());
        assertThat(glyphs.notdef()).as("boxes instead of letters").isZero();
        assertThat(glyphs.unmapped()).as("glyphs without a character").isZero();
        assertThat(glyphs.notEmbedded()).isEmpty();
        assertThat(glyphs.fonts()).contains("NotoSansArabic-Regular", "NotoSansEthiopic-Regular");
        assertThat(glyphs.hasArabicPresentationForms()).as("Arabic letters joined").isTrue();
        assertThat(glyphs.hasUnshapedArabicLetters()).as("Arabic letters left unjoined").isFalse();
    }

    @Test
    void comments_in_every_shipped_language_print_as_written() throws IOException {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        // What residents might write in each language: a theme's question from each shipped pack
        List<String> comments = Stream.of(Language.values())
                .map(language -> catalog.current(Version.VUXEN).text(Theme.FEELING_SAFE, language).question())
                .toList();
        respondents.in(dialogue).count(5).startingAt(Instant.parse("2026-05-04T17:00:00Z"))
                .answers((person, theme) -> {
                    int index = theme.ordinal() * 2 + person;
                    boolean writes = person < 2 && index < comments.size();
                    return new AnswerInput(theme, 1 + (person + theme.ordinal()) % 7,
                            writes ? comments.get(index) : null, null);
                })
                .record();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.dialogueReport(dialogue.id(), ReportGoldenTest.SWEDISH, out);
        ReportGoldenTest.save("alla-sprak.pdf", out.toByteArray());

        PdfGlyphs glyphs = PdfGlyphs.of(out.toByteArray());
        String text = PdfGlyphs.comparable(glyphs.text());
        for (String comment : comments) {
            assertThat(text).contains(PdfGlyphs.comparable(comment));
        }
        assertThat(glyphs.notdef()).as("boxes instead of letters").isZero();
        assertThat(glyphs.unmapped()).as("glyphs without a character").isZero();
        assertThat(glyphs.hasUnshapedArabicLetters()).as("Arabic letters left unjoined").isFalse();
    }

    /**
     * A dialogue's report in each resident language: its own words from that language's pack,
     * its theme names from the current questionnaire revision, every glyph real and shaped.
     */
    @Test
    void a_dialogue_report_comes_in_every_shipped_language_in_its_own_words() throws IOException {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(5).startingAt(Instant.parse("2026-05-04T17:00:00Z"))
                .answers((person, theme) -> new AnswerInput(theme, 1 + (person + theme.ordinal()) % 7, null, null))
                .record();
        for (Language language : Language.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reports.dialogueReport(dialogue.id(), language.locale(), out);
            ReportGoldenTest.save("rapport-" + language.code() + ".pdf", out.toByteArray());

            PdfGlyphs glyphs = PdfGlyphs.of(out.toByteArray());
            String text = PdfGlyphs.comparable(glyphs.text());
            LanguagePack pack = LanguagePacks.shipped().get(language);
            assertThat(text).as(language.code()).contains(
                    PdfGlyphs.comparable(pack.text("report.pdf.kind.dialogue").orElseThrow()),
                    PdfGlyphs.comparable(pack.text("report.pdf.method").orElseThrow()),
                    PdfGlyphs.comparable(catalog.current(Version.VUXEN).text(Theme.FEELING_SAFE, language).name()));
            if (!language.locale().getLanguage().equals("sv")) {
                assertThat(text).as("no Swedish staff words in %s", language.code())
                        .doesNotContain("svarande", "Siffror");
            }
            assertThat(glyphs.notdef()).as("boxes instead of letters in %s", language.code()).isZero();
            assertThat(glyphs.hasUnshapedArabicLetters()).as("unjoined letters in %s", language.code()).isFalse();
        }
    }
}
