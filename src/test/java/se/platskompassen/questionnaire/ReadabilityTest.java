package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Swedish questions are easy to read: LIX at most 30 for children and 40 for young people;
 * easy Swedish (lättläst) at most 25 for the whole adult version.
 */
class ReadabilityTest {

    private final QuestionnaireCatalog catalog = new QuestionnaireCatalog();

    private double lixOfQuestions(Version version) {
        List<String> questions = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            questions.add(catalog.current(version).text(theme, Language.SV).question());
        }
        return Lix.of(String.join(" ", questions));
    }

    @Test
    void the_childrens_questions_have_a_lix_of_at_most_30() {
        assertThat(lixOfQuestions(Version.BARN)).isLessThanOrEqualTo(30);
    }

    @Test
    void the_young_peoples_questions_have_a_lix_of_at_most_40() {
        assertThat(lixOfQuestions(Version.UNGDOM)).isLessThanOrEqualTo(40);
    }

    /**
     * The adult version in easy Swedish as one text: title, introduction, scale ends, every theme's
     * name, question and prompts, each a sentence of its own (a prompt or name without a full stop
     * is still read as one).
     */
    @Test
    void the_adult_version_in_easy_swedish_has_a_lix_of_at_most_25() {
        Questionnaire adults = catalog.current(Version.VUXEN);
        List<String> texts = new ArrayList<>();
        QuestionnaireTexts general = adults.texts(Language.SV_EASY);
        texts.addAll(List.of(general.title(), general.intro(), general.scaleLow(), general.scaleHigh()));
        for (Theme theme : Theme.values()) {
            ThemeText text = adults.text(theme, Language.SV_EASY);
            texts.add(text.name());
            texts.add(text.question());
            texts.addAll(text.prompts());
        }
        String asSentences = String.join(" ", texts.stream()
                .map(text -> text.matches("(?s).*[.!?:]$") ? text : text + ".").toList());

        assertThat(adults.languages()).contains(Language.SV_EASY);
        assertThat(Lix.of(asSentences)).isLessThanOrEqualTo(25);
    }

    @Test
    void lix_is_words_per_sentence_plus_the_percentage_of_long_words() {
        // 8 words, 2 sentences, 2 words of more than 6 letters: 8/2 + 100*2/8 = 4 + 25 = 29
        assertThat(Lix.of("Hur trygg känner du dig? Lekplatsen är jättebra.")).isEqualTo(29.0);
        assertThat(Lix.of("")).isZero();
    }
}
