package se.platskompassen.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.analysis.Hidden;
import se.platskompassen.comments.CommentRef;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.ActionStatus;
import se.platskompassen.discussion.DialogueAction;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.NewAction;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Comment;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/** The results page's rules, on every database: what is public when, what it shows, and the audit trail. */
abstract class ResultsContract {

    @Autowired Tenants tenants;
    @Autowired ResultsService results;
    @Autowired DiscussionService discussions;
    @Autowired DialogueService dialogues;
    @Autowired Respondents respondents;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void results_are_public_only_while_published_and_both_changes_are_in_the_audit_log() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(6).scoreEveryTheme(5).record();

        assertThat(results.published(dialogue.joinCode())).as("never published").isEmpty();
        results.publish(dialogue);
        tenants.signOut();
        assertThat(results.published(dialogue.joinCode())).as("published, read by nobody signed in").isPresent();
        assertThat(results.published(dialogue.joinCode().toLowerCase())).as("the code as typed").isPresent();

        tenants.signInAs(facilitatorOf(dialogue));
        results.unpublish(dialogue);
        tenants.signOut();
        assertThat(results.published(dialogue.joinCode())).as("unpublished").isEmpty();

        assertThat(audit(dialogue)).containsSubsequence("RESULTS_PUBLISHED", "RESULTS_UNPUBLISHED");
    }

    @Test
    void an_unknown_code_and_an_unpublished_dialogue_give_the_same_nothing() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        tenants.signOut();

        assertThat(results.published(dialogue.joinCode())).isEmpty();
        assertThat(results.published("NO-SUCH-CODE")).isEmpty();
        assertThat(results.published("")).isEmpty();
    }

    @Test
    void a_group_smaller_than_the_minimum_shows_no_figures_and_no_comments() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(4).scoreEveryTheme(2).comment(Theme.FEELING_SAFE, null, "Mörkt vid tunneln")
                .record();
        results.chooseComments(dialogue, refs(results.candidates(dialogue)));
        results.publish(dialogue);
        tenants.signOut();

        PublicResults shown = results.published(dialogue.joinCode()).orElseThrow();

        assertThat(shown.groupTooSmall()).isTrue();
        assertThat(shown.figures().respondents()).isEmpty();
        assertThat(shown.figures().counts().answered(Theme.FEELING_SAFE)).isZero();
        assertThat(shown.figures().figures().theme(Theme.FEELING_SAFE).median()).isNull();
        assertThat(shown.comments()).isEmpty();
        assertThat(shown.minGroupSize()).isEqualTo(5);
    }

    @Test
    void a_theme_scored_by_too_few_is_hidden_while_the_other_themes_show() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(6).scoreEveryTheme(4).skip(Theme.FEELING_SAFE).record();
        respondents.in(dialogue).count(2).score(Theme.FEELING_SAFE, 1).record();
        results.publish(dialogue);
        tenants.signOut();

        PublicResults shown = results.published(dialogue.joinCode()).orElseThrow();

        assertThat(shown.groupTooSmall()).isFalse();
        assertThat(shown.figures().respondents()).hasValue(8);
        assertThat(shown.figures().whyHidden(Theme.FEELING_SAFE)).contains(Hidden.TOO_FEW);
        assertThat(shown.figures().cell(Theme.FEELING_SAFE).median()).isNull();
        assertThat(shown.figures().cell(Theme.MOVING_AROUND).median()).isEqualTo(4.0);
    }

    @Test
    void the_chosen_comments_are_shown_with_their_theme_and_text_only_and_another_dialogues_comment_is_not_taken() {
        Dialogue other = tenants.newDialogue(Version.VUXEN);
        respondents.in(other).count(1).scoreEveryTheme(3).comment(Theme.NATURAL_SPACE, "Annan dialog", null).record();
        CommentRef foreign = results.candidates(other).getFirst().ref();
        tenants.signOut();
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(6).scoreEveryTheme(4)
                .comment(Theme.FEELING_SAFE, "Ljust vid skolan", "Mörkt vid tunneln").record();
        List<PublishedComment> candidates = results.candidates(dialogue);
        PublishedComment darkTunnel = candidates.stream().filter(c -> c.kind() == Comment.Kind.COULD_BE_BETTER)
                .findFirst().orElseThrow();

        assertThat(candidates).hasSize(12);
        assertThat(results.chooseComments(dialogue, Set.of(darkTunnel.ref(), foreign))).isEqualTo(1);
        results.publish(dialogue);
        tenants.signOut();

        PublicResults shown = results.published(dialogue.joinCode()).orElseThrow();
        assertThat(shown.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.theme()).isEqualTo(Theme.FEELING_SAFE);
            assertThat(comment.kind()).isEqualTo(Comment.Kind.COULD_BE_BETTER);
            assertThat(comment.text()).isEqualTo("Mörkt vid tunneln");
        });
        assertThat(audit(dialogue)).contains("RESULTS_COMMENTS_CHOSEN");
    }

    @Test
    void an_actions_status_with_its_note_and_day_is_kept_after_the_dialogue_closed_and_each_change_is_audited() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        DialogueAction action = discussions.addAction(dialogue, new NewAction(Theme.FEELING_SAFE,
                "Belysning vid tunneln", "Gatuenheten", LocalDate.of(2027, 3, 1)));
        assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
        dialogues.close(dialogue.id());

        discussions.setActionStatus(dialogue, action.id(), ActionStatus.STARTED, "  Lamporna är beställda.  ",
                LocalDate.of(2027, 1, 10));
        discussions.setActionStatus(dialogue, action.id(), ActionStatus.DONE, "", LocalDate.of(2027, 2, 20));
        results.publish(dialogue);
        tenants.signOut();

        DialogueAction shown = results.published(dialogue.joinCode()).orElseThrow().discussion().actions().getFirst();
        assertThat(shown.status()).isEqualTo(ActionStatus.DONE);
        assertThat(shown.statusNote()).isNull();
        assertThat(shown.statusDate()).isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(shown.done()).isTrue();
        assertThat(audit(dialogue).stream().filter("ACTION_STATUS_CHANGED"::equals)).hasSize(2);
        assertThat(details(dialogue, "ACTION_STATUS_CHANGED")).anySatisfy(details ->
                assertThat(details).contains("Belysning vid tunneln", "PLANNED -> STARTED", "2027-01-10"));
    }

    @Test
    void a_note_longer_than_a_phone_line_or_two_is_refused_and_the_status_stays() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        DialogueAction action = discussions.addAction(dialogue, new NewAction(null, "Sittbänkar", null, null));

        assertThatThrownBy(() -> discussions.setActionStatus(dialogue, action.id(), ActionStatus.DONE,
                "x".repeat(DialogueAction.MAX_STATUS_NOTE + 1), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(discussions.of(dialogue).actions().getFirst().status()).isEqualTo(ActionStatus.PLANNED);
    }

    @Test
    void the_preview_is_what_the_public_gets_and_an_analyst_may_read_it_but_not_publish() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(7).scoreEveryTheme(6).record();
        discussions.saveAgreedScore(dialogue, Theme.FEELING_SAFE, 3);
        results.publish(dialogue);
        PublicResults preview = results.preview(dialogue);
        String analyst = tenants.newStaff(dialogue.organisationId(), Role.ANALYST);
        tenants.signOut();

        assertThat(shownParts(results.published(dialogue.joinCode()).orElseThrow())).isEqualTo(shownParts(preview));
        tenants.signInAs(analyst);
        assertThat(shownParts(results.preview(dialogue))).isEqualTo(shownParts(preview));
        assertThatThrownBy(() -> results.unpublish(dialogue)).isInstanceOf(NoAccessException.class);
    }

    /** Everything the page shows, as values (the protected figures compare by their counts). */
    private static List<Object> shownParts(PublicResults shown) {
        return List.of(shown.placeName(), shown.dialogueTitle(), String.valueOf(shown.started()),
                String.valueOf(shown.ended()), shown.languages(),
                java.util.Arrays.stream(Theme.values()).map(t -> shown.figures().cell(t).median() + "/"
                        + shown.figures().cell(t).answered()).toList(),
                shown.figures().respondents(), shown.minGroupSize(), shown.discussion(), shown.comments());
    }

    private String facilitatorOf(Dialogue dialogue) {
        return tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR);
    }

    private static Set<CommentRef> refs(List<PublishedComment> comments) {
        return comments.stream().map(PublishedComment::ref).collect(Collectors.toSet());
    }

    private List<String> audit(Dialogue dialogue) {
        return jdbc.sql("SELECT action FROM audit_event WHERE organisation_id = ? ORDER BY id")
                .param(dialogue.organisationId()).query(String.class).list();
    }

    private List<String> details(Dialogue dialogue, String action) {
        return jdbc.sql("SELECT details FROM audit_event WHERE organisation_id = ? AND action = ? ORDER BY id")
                .params(dialogue.organisationId(), action).query(String.class).list();
    }
}
