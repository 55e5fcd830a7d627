package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.platskompassen.questionnaire.Language;

class ReportWordsTest {

    @Test
    void a_report_is_in_swedish_or_english_and_a_resident_language_gives_swedish() {
        assertThat(ReportWords.language(Locale.forLanguageTag("en-GB"))).isEqualTo(Language.EN);
        assertThat(ReportWords.language(Locale.forLanguageTag("sv-SE"))).isEqualTo(Language.SV);
        assertThat(ReportWords.language(Locale.forLanguageTag("ar"))).isEqualTo(Language.SV);
        assertThat(ReportWords.language(Locale.forLanguageTag("sv-SE-x-easy"))).isEqualTo(Language.SV);
    }
}
