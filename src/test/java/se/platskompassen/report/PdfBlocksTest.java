package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.platskompassen.base.PdfFonts;

class PdfBlocksTest {

    @Test
    void long_text_is_cut_on_whole_characters_with_an_ellipsis() {
        assertThat(PdfBlocks.shorten("kort", 10)).isEqualTo("kort");
        assertThat(PdfBlocks.shorten("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(PdfBlocks.shorten("🚲🚲🚲🚲", 3)).isEqualTo("🚲🚲…");
    }

    @Test
    void a_legend_name_fits_the_legend() {
        String label = PdfBlocks.legendLabel("Ö".repeat(200));
        assertThat(label).endsWith("…");
        assertThat(PdfFonts.REGULAR.getWidthPoint(label, 13)).isLessThanOrEqualTo(238);
        assertThat(PdfBlocks.legendLabel("Stora torget")).isEqualTo("Stora torget");
    }
}
