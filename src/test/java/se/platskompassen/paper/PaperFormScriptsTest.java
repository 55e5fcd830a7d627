package se.platskompassen.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.MessageSource;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.PackMessages;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PdfGlyphs;
import se.platskompassen.testing.ScriptSamples;

/** The paper form prints names and choices in every script of the language packs with real, shaped glyphs. */
class PaperFormScriptsTest {

    private static QuestionnaireCatalog catalog;
    private static MessageSource messages;

    @BeforeAll
    static void load() {
        catalog = new QuestionnaireCatalog();
        messages = PackMessages.of(new LanguagePacks());
    }

    @Test
    void a_place_a_title_and_areas_in_arabic_persian_tigrinya_and_cyrillic_print_as_real_shaped_glyphs()
            throws IOException {
        PaperFormContent content = new PaperFormContent(catalog.current(Version.VUXEN), Language.SV,
                ScriptSamples.ARABIC, ScriptSamples.TIGRINYA, "K7PX-M4RT", List.of(ScriptSamples.PERSIAN,
                        ScriptSamples.UKRAINIAN, ScriptSamples.POLISH, ScriptSamples.FINNISH));
        byte[] bytes = PaperFormPdf.pdf(content, messages);
        Files.createDirectories(Path.of("target", "paper"));
        Files.write(Path.of("target", "paper", "blankett-scripts.pdf"), bytes);

        PdfGlyphs glyphs = PdfGlyphs.of(bytes);
        assertThat(glyphs.text()).contains(ScriptSamples.extracted());
        assertThat(glyphs.notdef()).as("boxes instead of letters").isZero();
        assertThat(glyphs.unmapped()).as("glyphs without a character").isZero();
        assertThat(glyphs.notEmbedded()).isEmpty();
        assertThat(glyphs.fonts()).contains("NotoSansArabic-Regular", "NotoSansArabic-Bold",
                "NotoSansEthiopic-Regular");
        assertThat(glyphs.hasArabicPresentationForms()).as("Arabic letters joined").isTrue();
        assertThat(glyphs.hasUnshapedArabicLetters()).as("Arabic letters left unjoined").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"AR", "FA"})
    void the_results_address_keeps_its_order_inside_a_right_to_left_line(Language language) throws IOException {
        String address = "127.0.0.1:8080/r/K7PX-M4RT?lang=" + language.code();
        PaperFormContent content = new PaperFormContent(catalog.current(Version.VUXEN), language, "Norrbacka",
                "Trygghetsvandring", "K7PX-M4RT", List.of(), address);

        assertThat(PdfGlyphs.of(PaperFormPdf.pdf(content, messages)).text()).contains(address);
    }
}
