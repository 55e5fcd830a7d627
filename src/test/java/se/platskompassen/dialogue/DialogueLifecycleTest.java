package se.platskompassen.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.NewAction;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.DialogueNotOpenException;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;

@EmbeddedTest
class DialogueLifecycleTest {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired DiscussionService discussions;
    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void every_new_dialogue_gets_a_code_of_its_own_and_no_two_codes_share_a_key() {
        Dialogue first = tenants.newDialogue(Version.VUXEN);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Dialogue created = dialogues.create(first.placeId(), first.settings());
            assertThat(keys.add(JoinCode.key(created.joinCode()))).as("code %s is new", created.joinCode()).isTrue();
        }
        String taken = first.joinCode().toLowerCase().replace("-", " ");
        assertThatThrownBy(() -> dialogues.createWithCode(first.placeId(), first.settings(), taken,
                DialogueStatus.DRAFT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in use");
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT join_key) - COUNT(*) FROM dialogue").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_new_dialogue_is_a_draft_that_takes_no_answers_until_it_is_opened() {
        Dialogue existing = tenants.newDialogue(Version.VUXEN);
        Dialogue draft = dialogues.create(existing.placeId(), existing.settings());
        assertThat(draft.status()).isEqualTo(DialogueStatus.DRAFT);
        assertThatThrownBy(() -> start(draft)).isInstanceOf(DialogueNotOpenException.class);

        dialogues.open(draft.id());
        start(dialogues.find(draft.id()).orElseThrow());
        dialogues.close(draft.id());
        assertThatThrownBy(() -> start(dialogues.find(draft.id()).orElseThrow()))
                .isInstanceOf(DialogueNotOpenException.class);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE details LIKE :d ORDER BY id")
                .param("d", "%(" + draft.joinCode() + ")").query(String.class).list())
                .containsExactly("DIALOGUE_CREATED", "DIALOGUE_OPENED", "DIALOGUE_CLOSED");
    }

    @Test
    void the_version_is_fixed_once_the_dialogue_has_been_open() {
        Dialogue open = tenants.newDialogue(Version.VUXEN);
        DialogueSettings child = new DialogueSettings("Barnens dialog", null, Version.BARN, Set.of(Language.SV),
                DialogueKind.BOTH, null, null, List.of());
        assertThatThrownBy(() -> dialogues.update(open.id(), child))
                .isInstanceOf(DialogueService.VersionFixedException.class);
        Dialogue draft = dialogues.create(open.placeId(), open.settings());
        assertThat(dialogues.update(draft.id(), child).version()).isEqualTo(Version.BARN);
    }

    @Test
    void analysts_read_but_cannot_open_close_or_record_anything() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        tenants.signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        assertThat(dialogues.find(dialogue.id())).isPresent();
        assertThat(discussions.of(dialogue).isEmpty()).isTrue();
        assertThatThrownBy(() -> dialogues.close(dialogue.id())).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> discussions.saveAgreedScore(dialogue, Theme.FEELING_SAFE, 4))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> discussions.addAction(dialogue, new NewAction(null, "Något", null, null)))
                .isInstanceOf(NoAccessException.class);
    }

    @Test
    void an_agreed_score_must_lie_on_the_dialogues_scale_and_notes_and_priority_do_not_overwrite_it() {
        Dialogue child = tenants.newDialogue(Version.BARN);
        assertThatThrownBy(() -> discussions.saveAgreedScore(child, Theme.NATURAL_SPACE, 4))
                .isInstanceOf(IllegalArgumentException.class);
        discussions.saveAgreedScore(child, Theme.NATURAL_SPACE, 3);
        discussions.saveNotes(child, Theme.NATURAL_SPACE, "  Mer träd vid skolan  ");
        discussions.setPriority(child, Theme.NATURAL_SPACE, true);
        var outcome = discussions.of(child).outcome(Theme.NATURAL_SPACE);
        assertThat(outcome.agreedScore()).isEqualTo(3);
        assertThat(outcome.notes()).isEqualTo("Mer träd vid skolan");
        assertThat(outcome.priority()).isTrue();
        discussions.saveAgreedScore(child, Theme.NATURAL_SPACE, null);
        assertThat(discussions.of(child).agreedScores()).isEmpty();
        assertThatThrownBy(() -> discussions.saveNotes(child, Theme.NATURAL_SPACE, "x".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void start(Dialogue dialogue) {
        responses.start(dialogue, UUID.randomUUID(), questionnaires.current(dialogue.version()), Language.SV,
                CollectionMode.OWN_DEVICE);
    }
}
