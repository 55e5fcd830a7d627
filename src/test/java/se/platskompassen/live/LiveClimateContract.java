package se.platskompassen.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.testing.Residents;
import se.platskompassen.testing.Tenants;

/**
 * The Climate Lens on the projector (decision 0038): its scores are released with the theme's
 * answers they belong to (decision 0011), so one person's climate answer never shows on its own.
 */
abstract class LiveClimateContract {

    @Autowired Tenants tenants;
    @Autowired Residents residents;
    @Autowired LiveRelease release;
    @Autowired DialogueService dialogues;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private Dialogue lensDialogue() {
        Dialogue plain = tenants.newDialogue(Version.VUXEN);
        return dialogues.update(plain.id(), plain.settings().withClimateLens(true));
    }

    /** One resident answers FEELING_SAFE and its climate question, as the resident flow saves them. */
    private void answer(Dialogue dialogue, int score, @Nullable Integer climateScore) {
        UUID id = residents.answer(dialogue);
        climate.save(id, AnswerInput.scored(Theme.FEELING_SAFE, score), modules.current(Version.VUXEN), climateScore);
    }

    private static @Nullable ScoreCounts climateOf(LivePicture picture) {
        return picture.climate();
    }

    @Test
    void one_new_climate_answer_does_not_change_the_projectors_climate_series() {
        Dialogue dialogue = lensDialogue();
        answer(dialogue, 4, 2);
        answer(dialogue, 5, 3);
        answer(dialogue, 6, null);
        LivePicture first = release.picture(dialogue);
        ScoreCounts climateFirst = climateOf(first);
        assertThat(climateFirst).isNotNull();
        assertThat(climateFirst.answered(Theme.FEELING_SAFE)).isEqualTo(2);
        assertThat(climateFirst.count(Theme.FEELING_SAFE, 3)).isEqualTo(1);

        answer(dialogue, 7, 7);
        LivePicture later = release.picture(dialogue);
        assertThat(later.waiting()).isEqualTo(1);
        assertThat(climateOf(later).answered(Theme.FEELING_SAFE)).as("held back with the theme's answer").isEqualTo(2);
        assertThat(climateOf(later).count(Theme.FEELING_SAFE, 7)).isZero();

        answer(dialogue, 1, 7);
        answer(dialogue, 2, 6);
        LivePicture batch = release.picture(dialogue);
        assertThat(climateOf(batch).answered(Theme.FEELING_SAFE)).as("a batch of three lets it go").isEqualTo(5);
        assertThat(climateOf(batch).count(Theme.FEELING_SAFE, 7)).isEqualTo(2);
    }

    @Test
    void the_facilitators_show_does_not_let_one_climate_answer_through_either() {
        Dialogue dialogue = lensDialogue();
        for (int i = 0; i < 3; i++) {
            answer(dialogue, 4, 4);
        }
        release.picture(dialogue);
        answer(dialogue, 1, 1);
        LivePicture shown = release.show(dialogue);
        assertThat(climateOf(shown).answered(Theme.FEELING_SAFE)).isEqualTo(3);
        assertThat(climateOf(shown).count(Theme.FEELING_SAFE, 1)).isZero();
    }

    @Test
    void a_dialogue_without_the_lens_has_no_climate_series_on_the_projector() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        assertThat(release.picture(dialogue).climate()).isNull();
    }

    @Test
    void a_shown_climate_series_waits_for_a_batch_even_while_its_themes_scores_are_too_few_to_show() {
        Dialogue dialogue = lensDialogue();
        for (int i = 0; i < 3; i++) {
            UUID id = residents.answer(dialogue);
            climate.save(id, AnswerInput.skipped(Theme.FEELING_SAFE), modules.current(Version.VUXEN), 4);
        }
        assertThat(climateOf(release.picture(dialogue)).answered(Theme.FEELING_SAFE)).isEqualTo(3);

        answer(dialogue, 5, 1);
        LivePicture later = release.picture(dialogue);
        assertThat(climateOf(later).count(Theme.FEELING_SAFE, 1)).as("one climate answer would show alone").isZero();
        assertThat(later.waiting()).isEqualTo(1);
    }
}
