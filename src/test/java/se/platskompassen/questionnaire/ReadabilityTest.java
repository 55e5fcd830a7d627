package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Swedish questions are easy to read: LIX at most 30 for children and 40 for young people. */
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

    @Test
    void lix_is_words_per_sentence_plus_the_percentage_of_long_words() {
        // 8 words, 2 sentences, 2 words of more than 6 letters: 8/2 + 100*2/8 = 4 + 25 = 29
        assertThat(Lix.of("Hur trygg känner du dig? Lekplatsen är jättebra.")).isEqualTo(29.0);
        assertThat(Lix.of("")).isZero();
    }
}
