package se.platskompassen.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.MessageSource;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.PackMessages;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PdfGlyphs;

/**
 * The Climate Lens on the paper form (decision 0038): a dialogue with the lens prints, under each
 * theme's score, the climate question in the form's language with its prompts and a second row of
 * boxes, right to left in Arabic; a dialogue without it prints none of that.
 */
class PaperClimateFormTest {

    private static QuestionnaireCatalog catalog;
    private static ClimateModules modules;
    private static MessageSource messages;

    @BeforeAll
    static void load() {
        catalog = new QuestionnaireCatalog();
        modules = new ClimateModules();
        messages = PackMessages.of(new LanguagePacks());
    }

    private static byte[] form(Version version, Language language, @Nullable ClimateModule climate)
            throws IOException {
        byte[] bytes = PaperFormPdf.pdf(new PaperFormContent(catalog.current(version), language, "Stadsparken",
                "Kvällsmöte", "K7PX-M4RT", List.of(), "", climate), messages);
        Path sample = Path.of("target", "paper", "climate", "blankett-" + version.id() + "-" + language.code()
                + (climate == null ? "" : "-klimat") + ".pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, bytes);
        return bytes;
    }

    private static String normalise(String text) {
        return PdfGlyphs.comparable(text);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"SV", "AR"})
    void a_form_with_the_lens_prints_each_themes_climate_question_and_its_prompts_in_the_forms_language(
            Language language) throws IOException {
        ClimateModule module = modules.current(Version.VUXEN);
        PdfGlyphs glyphs = PdfGlyphs.of(form(Version.VUXEN, language, module));

        assertThat(glyphs.notdef()).as("boxes instead of letters").isZero();
        String text = normalise(glyphs.text());
        assertThat(text).contains(normalise(module.texts(language).name()), normalise(module.texts(language).intro()));
        for (Theme theme : Theme.values()) {
            assertThat(text).contains(normalise(module.text(theme, language).question()));
            assertThat(text).contains(normalise(module.text(theme, language).prompts().getFirst()));
        }
        if (language == Language.AR) {
            // The pack's own words, not the Swedish fallback
            assertThat(module.text(Theme.MOVING_AROUND, language).question())
                    .isNotEqualTo(module.text(Theme.MOVING_AROUND, Language.SV).question());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"SV", "AR", "FA"})
    void each_theme_has_a_second_row_of_boxes_in_the_forms_direction(Language language) throws IOException {
        Map<Integer, List<String>> without = scaleRows(form(Version.VUXEN, language, null));
        Map<Integer, List<String>> with = scaleRows(form(Version.VUXEN, language, modules.current(Version.VUXEN)));

        assertThat(without).hasSize(Theme.COUNT);
        assertThat(with).hasSize(2 * Theme.COUNT);
        List<String> reading = language.rightToLeft() ? List.of("7", "6", "5", "4", "3", "2", "1")
                : List.of("1", "2", "3", "4", "5", "6", "7");
        assertThat(with.values()).as("every row of boxes, from left to right").allSatisfy(row ->
                assertThat(row).isEqualTo(reading));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void every_language_prints_the_climate_questions_in_real_glyphs(Language language) throws IOException {
        ClimateModule module = modules.current(Version.UNGDOM);
        PdfGlyphs glyphs = PdfGlyphs.of(form(Version.UNGDOM, language, module));

        assertThat(glyphs.notdef()).as("boxes instead of letters").isZero();
        assertThat(glyphs.unmapped()).as("glyphs without a character").isZero();
        assertThat(normalise(glyphs.text())).contains(normalise(module.text(Theme.CARE_MAINTENANCE, language)
                .question()));
    }

    @Test
    void the_child_form_prints_the_climate_question_in_words() throws IOException {
        ClimateModule module = modules.current(Version.BARN);
        String text = normalise(PdfGlyphs.of(form(Version.BARN, Language.SV, module)).text());

        for (Theme theme : Theme.values()) {
            assertThat(text).contains(normalise(module.text(theme, Language.SV).question()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"SV", "AR"})
    void a_form_without_the_lens_prints_no_climate_question(Language language) throws IOException {
        ClimateModule module = modules.current(Version.VUXEN);
        String text = normalise(PdfGlyphs.of(form(Version.VUXEN, language, null)).text());

        assertThat(text).doesNotContain(normalise(module.texts(language).name()));
        for (Theme theme : Theme.values()) {
            assertThat(text).doesNotContain(normalise(module.text(theme, language).question()));
        }
    }

    /** The rows of the scale's numbers (bold, 13 pt) of the whole form, each from left to right, by page and height. */
    private static Map<Integer, List<String>> scaleRows(byte[] bytes) throws IOException {
        Map<Integer, List<TextPosition>> rows = new TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                int number = page;
                PdfGlyphs.letters(pdf, page).stream().filter(letter -> letter.getUnicode().matches("[1-7]")
                        && Math.abs(letter.getFontSizeInPt() - 13) < 0.1)
                        .forEach(digit -> rows.computeIfAbsent(number * 10_000 + Math.round(digit.getYDirAdj()),
                                row -> new ArrayList<>()).add(digit));
            }
        }
        Map<Integer, List<String>> digits = new TreeMap<>();
        rows.forEach((row, letters) -> digits.put(row, letters.stream()
                .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj)).map(TextPosition::getUnicode).toList()));
        return digits;
    }
}
