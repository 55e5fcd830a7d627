package se.platskompassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfStyleTest {

    @Test
    void free_text_keeps_its_words_and_line_breaks_but_loses_controls_and_reordering_marks() {
        assertThat(PdfStyle.clean("Rad ett\r\nrad två\rrad\ttre\u0000\u0007")).isEqualTo("Rad ett\nrad två\nrad tre");
        assertThat(PdfStyle.clean("abc\u202Efed\u202C \u2067x\u2069")).isEqualTo("abcfed x");
        assertThat(PdfStyle.clean("Åsa 🚲 公园 حديقة e\u0301")).isEqualTo("Åsa 🚲 公园 حديقة e\u0301");
        assertThat(PdfStyle.clean("half \uD83D surrogate")).isEqualTo("half  surrogate");
    }
}
