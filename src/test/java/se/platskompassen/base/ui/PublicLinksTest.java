package se.platskompassen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.platskompassen.base.PublicAddress;
import se.platskompassen.questionnaire.Language;

class PublicLinksTest {

    @Test
    void the_configured_public_address_is_used_for_answer_and_kiosk_links() {
        PublicLinks links = new PublicLinks(new PublicAddress(" https://platskompassen.example.se/ "));
        assertThat(links.answer("K7PX-M4RT")).isEqualTo("https://platskompassen.example.se/d/K7PX-M4RT");
        assertThat(links.kiosk("K7PX-M4RT")).isEqualTo("https://platskompassen.example.se/kiosk/K7PX-M4RT");
        assertThat(links.shortAnswer("K7PX-M4RT")).isEqualTo("platskompassen.example.se/d/K7PX-M4RT");
    }

    @Test
    void a_code_with_odd_characters_stays_inside_its_path_segment() {
        PublicLinks links = new PublicLinks(new PublicAddress("https://example.se"));
        assertThat(links.answer("A B/C?")).isEqualTo("https://example.se/d/A%20B%2FC%3F");
    }

    @Test
    void a_results_address_for_a_poster_in_a_resident_language_opens_the_page_in_that_language() {
        PublicLinks links = new PublicLinks(new PublicAddress("https://example.se"));
        assertThat(links.results("K7PX-M4RT", Language.AR)).isEqualTo("https://example.se/r/K7PX-M4RT?lang=ar");
        assertThat(links.shortResults("K7PX-M4RT", Language.SV_EASY))
                .isEqualTo("example.se/r/K7PX-M4RT?lang=sv-x-easy");
        assertThat(links.results("K7PX-M4RT", Language.SV)).isEqualTo(links.results("K7PX-M4RT"));
    }
}
