package se.platskompassen.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.platskompassen.testing.PdfGlyphs;
import se.platskompassen.testing.ScriptSamples;

/** A poster in Arabic, Persian or Tigrinya prints its words as real glyphs, Arabic script joined and in order. */
class JoinPosterScriptsTest {

    @Test
    void a_poster_in_arabic_persian_and_tigrinya_prints_real_shaped_glyphs() throws IOException {
        byte[] bytes = JoinPoster.pdf(new PosterContent(ScriptSamples.PERSIAN, ScriptSamples.ARABIC,
                ScriptSamples.TIGRINYA, ScriptSamples.UKRAINIAN, "K7PX-M4RT", "https://example.se/d/K7PX-M4RT",
                ScriptSamples.POLISH + " " + ScriptSamples.FINNISH));
        Files.createDirectories(Path.of("target", "poster"));
        Files.write(Path.of("target", "poster", "affisch-skriftsystem.pdf"), bytes);

        PdfGlyphs glyphs = PdfGlyphs.of(bytes);
        assertThat(glyphs.text()).contains(ScriptSamples.extracted());
        assertThat(glyphs.notdef()).isZero();
        assertThat(glyphs.unmapped()).isZero();
        assertThat(glyphs.hasArabicPresentationForms()).isTrue();
        assertThat(glyphs.hasUnshapedArabicLetters()).isFalse();
    }
}
