package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.response.ui.FlowDriver.click;
import static se.platskompassen.response.ui.FlowDriver.heading;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.ThemeText;

/**
 * Every resident screen has "Läs upp", which reads what the screen says, from the bundles and
 * the questionnaire, in the screen's language (the browser speaks it: see ReadAloudIT).
 */
class ReadAloudTest extends ResidentFlowTest {

    private static ReadAloud readAloud() {
        List<ReadAloud> found = _find(ReadAloud.class);
        assertThat(found).as("one Läs upp on the screen " + heading()).hasSize(1);
        return found.getFirst();
    }

    private static List<String> spoken() {
        return List.of(readAloud().getElement().getAttribute("data-text").split("\n"));
    }

    private static String language() {
        return readAloud().getElement().getAttribute("data-lang");
    }

    @Test
    void every_screen_of_the_adult_flow_reads_its_own_texts_in_swedish() {
        navigate("kiosk/demo-vuxen");
        assertThat(readAloud().button().getText()).isEqualTo("Läs upp");
        assertThat(readAloud().button().getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(language()).isEqualTo("sv-SE");
        assertThat(spoken()).startsWith("Norrbacka").contains("Det tar ungefär 10–15 minuter. Du kan hoppa över frågor "
                + "du inte vill svara på.");

        click("Börja");
        assertThat(spoken()).startsWith("Lite om dig").contains("Hur gammal är du?", "30–49 år", "Vill inte svara",
                "Hur hör du ihop med platsen?");

        click("Nästa");
        FlowState state = FlowDriver.flow().state();
        ThemeText first = state.text(Theme.MOVING_AROUND);
        QuestionnaireTexts scale = state.texts();
        assertThat(spoken()).startsWith(first.name(), first.question(), "Saker att tänka på")
                .containsAll(first.prompts())
                .contains("1 – " + scale.scaleLow(), "7 – " + scale.scaleHigh(), "Vad kunde bli bättre? (frivilligt)");

        click("4");
        click("Nästa");
        ThemeText second = state.text(Theme.PUBLIC_TRANSPORT);
        assertThat(spoken()).as("the next theme, on the same screen").startsWith(second.name(), second.question())
                .doesNotContain(first.question());

        for (int i = 1; i < Theme.COUNT; i++) {
            click("Hoppa över");
        }
        assertThat(heading()).isEqualTo("Din kompass");
        assertThat(spoken()).startsWith("Din kompass").contains(first.name(), "4", second.name(), "Inget svar");

        click("Skicka in");
        assertThat(spoken()).startsWith("Tack för dina svar!").contains("Sidan börjar om av sig själv om en stund.");

        click("Nästa person");
        assertThat(spoken()).as("the next person's start").startsWith("Norrbacka");
    }

    @Test
    void a_child_hears_the_faces_meanings() {
        navigate("d/demo-barn");
        click("Börja");
        click("Nästa");
        assertThat(spoken()).contains("Inte så bra", "Helt okej", "Jättebra");
    }

    @Test
    void an_english_screen_is_read_in_english() {
        navigate("d/demo-ungdom");
        click("English");
        assertThat(readAloud().button().getText()).isEqualTo("Read aloud");
        assertThat(language()).isEqualTo("en-GB");
        assertThat(readAloud().getElement().getAttribute("data-no-voice"))
                .isEqualTo("This device has no English voice, so it cannot read aloud.");
        click("Start");
        click("Next");
        assertThat(spoken()).startsWith("Walking and cycling");
    }

    @Test
    void on_an_arabic_screen_what_the_organisation_wrote_is_read_with_a_swedish_voice() {
        navigate("d/demo-vuxen");
        click("العربية");
        assertThat(language()).isEqualTo("ar");
        List<String> texts = spoken();
        List<String> languages = List.of(readAloud().getElement().getAttribute("data-langs").split("\n", -1));
        assertThat(languages).hasSameSizeAs(texts);
        assertThat(languages.get(texts.indexOf("Norrbacka"))).isEqualTo("sv-SE");
        assertThat(languages.get(texts.indexOf("Norrbacka 2.0 – vuxna"))).isEqualTo("sv-SE");
        assertThat(languages.get(texts.size() - 1)).as("the screen's own words: the page's voice").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"sv-SE, sv-SE", "sv, sv-SE", "sv-x-easy, sv-SE", "sv-SE-x-easy, sv-SE", "en-GB, en-GB", "ar, ar",
        "fi-FI, fi-FI"})
    void voices_are_chosen_by_the_language_without_private_use_parts(String uiLocale, String spoken) {
        assertThat(ReadAloud.speechLanguage(Locale.forLanguageTag(uiLocale))).isEqualTo(spoken);
    }
}
