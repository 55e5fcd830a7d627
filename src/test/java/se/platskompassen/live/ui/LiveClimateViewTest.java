package se.platskompassen.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Residents;
import se.platskompassen.testing.Tenants;

/**
 * The projector of a dialogue with the Climate Lens (decision 0038): the climate medians are a
 * series of their own, and they move only with the theme's released batch (decision 0011).
 */
class LiveClimateViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Residents residents;
    @Autowired DialogueService dialogues;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;

    private static String compassSvg() {
        return _get(Svg.class, spec -> spec.withClasses("compass-image")).getElement().getProperty("innerHTML", "");
    }

    private static String started() {
        return _find(Span.class, spec -> spec.withClasses("count-value")).getFirst().getText();
    }

    private static void pushedUntil(Supplier<Boolean> shown) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(5)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.get();
        });
    }

    private void answer(Dialogue dialogue, int score, int climateScore) {
        UUID id = residents.answer(dialogue);
        climate.save(id, AnswerInput.scored(Theme.FEELING_SAFE, score), modules.current(Version.VUXEN), climateScore);
    }

    @Test
    void the_projector_draws_the_climate_lens_as_a_series_that_one_new_answer_does_not_move() {
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        Dialogue dialogue = dialogues.update(plain.id(), plain.settings().withClimateLens(true));
        answer(dialogue, 4, 2);
        answer(dialogue, 5, 3);
        answer(dialogue, 6, 3);
        navigate("live/" + dialogue.joinCode());
        String before = compassSvg();
        assertThat(before).as("a series of its own").contains("Klimatlinsen (median)");

        answer(dialogue, 7, 7);
        pushedUntil(() -> started().equals("4"));
        assertThat(compassSvg()).as("one new climate answer waits for its batch").isEqualTo(before);

        answer(dialogue, 7, 7);
        answer(dialogue, 7, 7);
        pushedUntil(() -> started().equals("6"));
        assertThat(compassSvg()).as("a batch of three moves both series").isNotEqualTo(before);
    }

    @Test
    void a_projector_without_the_lens_has_no_climate_series() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        navigate("live/" + dialogue.joinCode());
        assertThat(compassSvg()).doesNotContain("Klimatlinsen");
    }
}
