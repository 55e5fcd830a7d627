package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.platskompassen.base.PdfFonts;

class PdfBlocksTest {

    @Test
    void free_text_keeps_its_words_and_line_breaks_but_loses_controls_and_reordering_marks() {
        assertThat(PdfBlocks.clean("Rad ett\r\nrad två\rrad\ttre\u0000\u0007")).isEqualTo("Rad ett\nrad två\nrad tre");
        assertThat(PdfBlocks.clean("abc\u202Efed\u202C \u2067x\u2069")).isEqualTo("abcfed x");
        assertThat(PdfBlocks.clean("Åsa 🚲 公园 حديقة e\u0301")).isEqualTo("Åsa 🚲 公园 حديقة e\u0301");
        assertThat(PdfBlocks.clean("half \uD83D surrogate")).isEqualTo("half  surrogate");
    }

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
