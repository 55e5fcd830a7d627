package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.Tenants;

/** What must hold for stored Climate Lens answers on every database the application runs on (decision 0038). */
abstract class ClimateStorageContract {

    @Autowired Tenants tenants;
    @Autowired ResponseService responses;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;
    @Autowired DialogueService dialogues;
    @Autowired QuestionnaireCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired ResponseExclusions exclusions;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    /** An open dialogue with the Climate Lens, its organisation's admin signed in. */
    Dialogue climateDialogue(Version version) {
        Dialogue dialogue = tenants.newDialogue(version);
        return dialogues.update(dialogue.id(), dialogue.settings().withClimateLens(true));
    }

    UUID started(Dialogue dialogue) {
        UUID id = UUID.randomUUID();
        responses.start(dialogue, id, catalog.current(dialogue.version()), Language.SV, CollectionMode.SHARED_TABLET);
        return id;
    }

    long rows(UUID responseId) {
        return jdbc.sql("SELECT COUNT(*) FROM climate_answer WHERE response_id = :id").param("id", responseId)
                .query(Long.class).single();
    }

    @Test
    void a_climate_score_is_saved_with_the_themes_answer_and_a_second_save_replaces_it() {
        Dialogue dialogue = climateDialogue(Version.VUXEN);
        ClimateModule module = modules.current(Version.VUXEN);
        UUID id = started(dialogue);

        climate.save(id, AnswerInput.scored(Theme.NATURAL_SPACE, 6), module, 3);
        climate.save(id, AnswerInput.scored(Theme.NATURAL_SPACE, 6), module, 4);

        assertThat(responses.answersOf(id)).hasSize(1);
        assertThat(rows(id)).isEqualTo(1);
        assertThat(climate.scoresOf(id)).isEqualTo(Map.of(Theme.NATURAL_SPACE, 4));
        ScoreCounts counts = climate.scoreCounts(dialogue);
        assertThat(counts.count(Theme.NATURAL_SPACE, 4)).isEqualTo(1);
        assertThat(counts.count(Theme.NATURAL_SPACE, 3)).isZero();
        assertThat(counts.respondents()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT module_id, module_hash FROM climate_answer WHERE response_id = :id")
                .param("id", id).query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).single())
                .containsExactly(module.id(), module.hash());
    }

    @Test
    void a_skipped_climate_question_is_kept_as_a_skip_and_counts_the_respondent() {
        Dialogue dialogue = climateDialogue(Version.BARN);
        UUID id = started(dialogue);

        climate.save(id, AnswerInput.scored(Theme.PLAY_RECREATION, 3), modules.current(Version.BARN), null);

        ScoreCounts counts = climate.scoreCounts(dialogue);
        assertThat(counts.skipped(Theme.PLAY_RECREATION)).isEqualTo(1);
        assertThat(counts.answered(Theme.PLAY_RECREATION)).isZero();
        assertThat(counts.respondents()).isEqualTo(1);
        assertThat(climate.scoresOf(id)).isEmpty();
    }

    @Test
    void a_dialogue_without_the_climate_lens_takes_no_climate_score_and_keeps_nothing_of_the_save() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        UUID id = started(dialogue);

        assertThatThrownBy(() -> climate.save(id, AnswerInput.scored(Theme.MOVING_AROUND, 5),
                modules.current(Version.VUXEN), 5)).isInstanceOf(IllegalArgumentException.class);

        assertThat(rows(id)).isZero();
        assertThat(responses.answersOf(id)).as("the theme's answer went back with it").isEmpty();
    }

    @Test
    void a_climate_score_off_the_versions_scale_is_refused() {
        Dialogue dialogue = climateDialogue(Version.BARN);
        UUID id = started(dialogue);

        assertThatThrownBy(() -> climate.save(id, AnswerInput.scored(Theme.MOVING_AROUND, 2),
                modules.current(Version.BARN), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rows(id)).isZero();
    }

    @Test
    void excluded_responses_are_not_counted_and_deleted_responses_take_their_climate_answers_along() {
        Dialogue dialogue = climateDialogue(Version.VUXEN);
        ClimateModule module = modules.current(Version.VUXEN);
        UUID kept = started(dialogue);
        UUID excluded = started(dialogue);
        climate.save(kept, AnswerInput.scored(Theme.FEELING_SAFE, 4), module, 2);
        climate.save(excluded, AnswerInput.scored(Theme.FEELING_SAFE, 4), module, 7);

        exclusions.exclude(dialogue, List.of(excluded), "test");

        ScoreCounts counts = climate.scoreCounts(dialogue);
        assertThat(counts.answered(Theme.FEELING_SAFE)).isEqualTo(1);
        assertThat(counts.count(Theme.FEELING_SAFE, 7)).isZero();
        assertThat(counts.respondents()).isEqualTo(1);

        responses.deleteResponses(dialogue);
        assertThat(rows(kept) + rows(excluded)).isZero();
    }
}
