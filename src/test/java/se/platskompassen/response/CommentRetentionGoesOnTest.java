package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * One organisation whose nightly erase fails (here: a listener of {@link CommentsErased} that
 * throws, as the tag clean-up could) does not keep the other organisations' old comments.
 */
@EmbeddedTest
@ExtendWith(OutputCaptureExtension.class)
@Import(CommentRetentionGoesOnTest.FailingCleanUp.class)
class CommentRetentionGoesOnTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired OrganisationService organisations;
    @Autowired CommentRetention job;
    @Autowired JdbcClient jdbc;
    @Autowired FailingCleanUp failing;

    @AfterEach
    void reset() {
        tenants.signOut();
        failing.organisation = null;
    }

    @Test
    void one_organisation_whose_erase_fails_does_not_stop_the_others(CapturedOutput output) {
        Dialogue first = dialogueWithOldComment();
        Dialogue second = dialogueWithOldComment();
        Dialogue third = dialogueWithOldComment();
        failing.organisation = second.organisationId();

        job.eraseExpired();

        assertThat(comments(first)).containsExactly("-");
        assertThat(comments(second)).as("rolled back").containsExactly("Gammal");
        assertThat(comments(third)).containsExactly("-");
        assertThat(output).contains("Erasing old comments failed for organisation " + second.organisationId());
    }

    private Dialogue dialogueWithOldComment() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        Instant old = Instant.now().minus(40, ChronoUnit.DAYS);
        respondents.in(dialogue).mode(CollectionMode.PAPER).startingAt(old).taking(Duration.ZERO)
                .given(new AnswerInput(Theme.NATURAL_SPACE, 6, "Gammal", null)).record();
        organisations.setCommentRetention(30);
        tenants.signOut();
        return dialogue;
    }

    private List<String> comments(Dialogue dialogue) {
        return jdbc.sql("SELECT COALESCE(works_well, '-') FROM answer WHERE dialogue_id = :d")
                .param("d", dialogue.id()).query(String.class).list();
    }

    @TestConfiguration
    static class FailingCleanUp {

        volatile Long organisation;

        @EventListener
        void on(CommentsErased erased) {
            if (organisation != null && organisation == erased.organisationId()) {
                throw new IllegalStateException("Clean-up failed for organisation " + organisation);
            }
        }
    }
}
