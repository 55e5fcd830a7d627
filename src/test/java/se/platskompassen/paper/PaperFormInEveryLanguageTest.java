package se.platskompassen.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSource;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.PackMessages;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PdfGlyphs;

/**
 * The paper form in every shipped language and version, its texts from the language packs: every
 * letter a real glyph of an embedded font in its script, the texts extract as written, and Arabic
 * and Persian forms laid out right to left (the join code on the left, the scale from 1 on the
 * right). A sample of each goes to target/paper.
 */
class PaperFormInEveryLanguageTest {

    private static final String CODE = "K7PX-M4RT";

    private static QuestionnaireCatalog catalog;
    private static MessageSource messages;

    @BeforeAll
    static void load() {
        catalog = new QuestionnaireCatalog();
        messages = PackMessages.of(new LanguagePacks());
    }

    static Stream<Arguments> languagesAndVersions() {
        return Stream.of(Language.values())
                .flatMap(language -> Stream.of(Version.values()).map(version -> Arguments.of(language, version)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languagesAndVersions")
    void prints_in_the_language_with_real_glyphs_and_in_its_direction(Language language, Version version)
            throws IOException {
        Questionnaire questionnaire = catalog.current(version);
        byte[] bytes = PaperFormPdf.pdf(new PaperFormContent(questionnaire, language, "Stadsparken",
                "Kvällsmöte", CODE, List.of("Norr")), messages);
        Path sample = Path.of("target", "paper", "languages", "blankett-" + version.id() + "-" + language.code()
                + ".pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, bytes);

        PdfGlyphs glyphs = PdfGlyphs.of(bytes);
        assertThat(glyphs.notdef()).as("boxes instead of letters").isZero();
        assertThat(glyphs.unmapped()).as("glyphs without a character").isZero();
        assertThat(glyphs.notEmbedded()).isEmpty();
        String text = normalise(glyphs.text());
        assertThat(text).contains(normalise(questionnaire.texts(language).title()),
                normalise(label("paper.form.background", language)), normalise(label("paper.form.number", language)));
        for (Theme theme : Theme.values()) {
            assertThat(text).contains(normalise(questionnaire.text(theme, language).question()));
        }
        switch (language) {
            case AR, FA -> {
                assertThat(glyphs.fonts()).contains("NotoSansArabic-Regular", "NotoSansArabic-Bold");
                assertThat(glyphs.hasArabicPresentationForms()).isTrue();
                assertThat(glyphs.hasUnshapedArabicLetters()).as("Arabic letters left unjoined").isFalse();
            }
            case TI -> assertThat(glyphs.fonts()).contains("NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold");
            default -> assertThat(glyphs.fonts()).doesNotContain("NotoSansArabic-Regular", "NotoSansEthiopic-Regular");
        }

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<TextPosition> letters = PdfGlyphs.letters(pdf, 2);
            float codeX = letters.stream().filter(letter -> letter.getUnicode().equals("K")
                    && letter.getFont().getName().contains("Mono")).findFirst().orElseThrow().getXDirAdj();
            float middle = pdf.getPage(1).getMediaBox().getWidth() / 2;
            if (version != Version.BARN) {
                List<String> scale = scaleDigits(letters);
                assertThat(scale).as("the scale's numbers from left to right")
                        .startsWith(language.rightToLeft() ? "7" : "1");
            }
            if (language.rightToLeft()) {
                assertThat(codeX).as("the join code on the left").isLessThan(middle);
            } else {
                assertThat(codeX).as("the join code on the right").isGreaterThan(middle);
            }
        }
    }

    private static String label(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }

    private static String normalise(String text) {
        return PdfGlyphs.comparable(text);
    }


    /** The first row of the scale's numbers (bold, 13 pt) on the page, from left to right. */
    private static List<String> scaleDigits(List<TextPosition> letters) {
        List<TextPosition> digits = letters.stream().filter(letter -> letter.getUnicode().matches("[1-7]")
                && Math.abs(letter.getFontSizeInPt() - 13) < 0.1).toList();
        float firstRow = digits.stream().map(TextPosition::getYDirAdj).min(Float::compare).orElseThrow();
        return digits.stream().filter(digit -> Math.abs(digit.getYDirAdj() - firstRow) < 1)
                .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj)).map(TextPosition::getUnicode).toList();
    }
}
