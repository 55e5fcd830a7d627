package se.platskompassen.response.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.live.GroupPicture;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.ResumeService;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;

/** A resident who comes back to an unfinished response on their own device finds their climate scores again. */
@EmbeddedTest
class ClimateResumeTest {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired ResumeService resumes;
    @Autowired QuestionnaireCatalog catalog;
    @Autowired ClimateModules modules;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateLenses lenses;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void resuming_brings_back_the_climate_scores_given() {
        Dialogue created = tenants.newDialogue(Version.UNGDOM);
        Dialogue dialogue = dialogues.update(created.id(), created.settings().withClimateLens(true));
        tenants.signOut();
        UUID id = UUID.randomUUID();
        String secret = resumes.startOnOwnDevice(dialogue, id, catalog.current(Version.UNGDOM), Language.SV);
        climate.save(id, AnswerInput.scored(Theme.MOVING_AROUND, 6), modules.current(Version.UNGDOM), 4);

        FlowState state = new FlowState(dialogue, "Torget", "Kommunen", catalog.current(Version.UNGDOM),
                CollectionMode.OWN_DEVICE, Language.SV,
                () -> new GroupPicture(GroupPicture.Showing.TOO_FEW, null, 5));
        state.climate = lenses.of(dialogue);
        ResumeOnDevice.resume(state, resumes.resume(secret, dialogue.id()).orElseThrow(), secret);

        assertThat(state.answers).containsKey(Theme.MOVING_AROUND);
        assertThat(state.climateScores).isEqualTo(Map.of(Theme.MOVING_AROUND, 4));
    }
}
