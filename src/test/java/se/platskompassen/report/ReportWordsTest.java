package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.platskompassen.questionnaire.Language;

class ReportWordsTest {

    @Test
    void a_report_comes_in_the_language_asked_for_and_an_unknown_one_gives_swedish() {
        assertThat(ReportWords.language(Locale.forLanguageTag("en-GB"))).isEqualTo(Language.EN);
        assertThat(ReportWords.language(Locale.forLanguageTag("sv-SE"))).isEqualTo(Language.SV);
        assertThat(ReportWords.language(Locale.forLanguageTag("ar"))).isEqualTo(Language.AR);
        assertThat(ReportWords.language(Locale.forLanguageTag("sv-SE-x-easy"))).isEqualTo(Language.SV_EASY);
        assertThat(ReportWords.language(Locale.forLanguageTag("de-DE"))).isEqualTo(Language.SV);
    }
}
