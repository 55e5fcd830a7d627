package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.Tenants;

/**
 * Closed means closed: every resident save looks at the dialogue as it is in the database now,
 * not at the copy an open page or kiosk has held since it was opened.
 */
@EmbeddedTest
@Import(MutableClock.Config.class)
class ClosedDialogueTest {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private UUID start(Dialogue copy) {
        UUID id = UUID.randomUUID();
        responses.start(copy, id, questionnaires.current(copy.version()), Language.SV, CollectionMode.SHARED_TABLET);
        return id;
    }

    @Test
    void a_page_that_still_holds_the_open_dialogue_cannot_start_a_response_after_the_close() {
        Dialogue heldByTheKiosk = tenants.newDialogue(Version.VUXEN);
        dialogues.close(heldByTheKiosk.id());

        assertThatThrownBy(() -> start(heldByTheKiosk))
                .isInstanceOf(DialogueNotOpenException.class)
                .extracting(e -> ((DialogueNotOpenException) e).availability()).isEqualTo(Availability.CLOSED);
        assertThat(responses.counts(heldByTheKiosk).started()).isZero();
    }

    @Test
    void what_was_started_before_the_close_can_be_finished_within_the_grace_period() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        UUID id = start(dialogue);
        responses.saveAnswer(id, AnswerInput.scored(Theme.MOVING_AROUND, 5));
        dialogues.close(dialogue.id());
        clock.advance(Duration.ofMinutes(29));

        responses.saveBackground(id, Background.NONE);
        responses.saveAnswer(id, AnswerInput.scored(Theme.PUBLIC_TRANSPORT, 4));
        responses.complete(id);

        assertThat(responses.counts(dialogue)).isEqualTo(new ResponseCounts(1, 1));
        assertThat(responses.answersOf(id)).hasSize(2);
    }

    @Test
    void after_the_grace_period_nothing_more_is_taken_and_what_was_saved_stays() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        UUID id = start(dialogue);
        responses.saveAnswer(id, AnswerInput.scored(Theme.MOVING_AROUND, 5));
        dialogues.close(dialogue.id());
        clock.advance(Duration.ofMinutes(31));

        assertThatThrownBy(() -> responses.saveAnswer(id, AnswerInput.scored(Theme.PUBLIC_TRANSPORT, 4)))
                .isInstanceOf(DialogueNotOpenException.class);
        assertThatThrownBy(() -> responses.saveBackground(id, Background.NONE))
                .isInstanceOf(DialogueNotOpenException.class);
        assertThatThrownBy(() -> responses.complete(id)).isInstanceOf(DialogueNotOpenException.class);

        assertThat(responses.counts(dialogue)).isEqualTo(new ResponseCounts(1, 0));
        assertThat(responses.answersOf(id)).hasSize(1);
    }

    @Test
    void a_scheduled_closing_time_ends_answering_the_same_way() {
        Dialogue open = tenants.newDialogue(Version.VUXEN);
        Dialogue closing = dialogues.update(open.id(), new DialogueSettings("Dialog", null, Version.VUXEN,
                EnumSet.of(Language.SV), DialogueKind.INDIVIDUAL, null, clock.instant().plus(Duration.ofMinutes(10)),
                List.of()));
        UUID id = start(closing);
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> start(closing)).isInstanceOf(DialogueNotOpenException.class);
        responses.saveAnswer(id, AnswerInput.scored(Theme.MOVING_AROUND, 5));

        clock.advance(Duration.ofMinutes(30));
        assertThatThrownBy(() -> responses.complete(id)).isInstanceOf(DialogueNotOpenException.class);
    }

    @Test
    void a_reopened_dialogue_takes_answers_again() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        UUID id = start(dialogue);
        dialogues.close(dialogue.id());
        clock.advance(Duration.ofHours(2));
        dialogues.open(dialogue.id());

        responses.saveAnswer(id, AnswerInput.scored(Theme.MOVING_AROUND, 5));
        responses.complete(id);
        start(dialogue);

        assertThat(responses.counts(dialogue)).isEqualTo(new ResponseCounts(2, 1));
    }
}
