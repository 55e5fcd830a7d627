package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

/** Comments older than an organisation keeps them are erased by the nightly job; scores stay. */
@EmbeddedTest
class CommentRetentionTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired ResponseService responses;
    @Autowired OrganisationService organisations;
    @Autowired CommentRetention job;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private void record(Dialogue dialogue, Instant when, String comment) {
        respondents.in(dialogue).mode(CollectionMode.PAPER).startingAt(when).taking(Duration.ZERO)
                .given(new AnswerInput(Theme.NATURAL_SPACE, 6, comment, comment)).record();
    }

    @Test
    void old_comments_go_new_ones_and_all_scores_stay() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        Instant now = Instant.now();
        record(dialogue, now.minus(40, ChronoUnit.DAYS), "Gammal");
        record(dialogue, now.minus(5, ChronoUnit.DAYS), "Ny");
        organisations.setCommentRetention(30);
        tenants.signOut();

        job.eraseExpired();

        List<String> kept = jdbc.sql("SELECT COALESCE(works_well, '-') || '/' || COALESCE(could_be_better, '-') "
                + "FROM answer WHERE dialogue_id = :d ORDER BY saved_at").param("d", dialogue.id())
                .query(String.class).list();
        assertThat(kept).containsExactly("-/-", "Ny/Ny");
        tenants.as(dialogue.organisationId(), () ->
                assertThat(responses.scoreCounts(dialogue).count(Theme.NATURAL_SPACE, 6)).isEqualTo(2));
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE action = 'COMMENTS_ERASED' AND organisation_id = :o")
                .param("o", dialogue.organisationId()).query(String.class).single())
                .isEqualTo("1 answers older than 30 days");
    }

    @Test
    void an_organisation_that_keeps_its_comments_loses_none() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        record(dialogue, Instant.now().minus(900, ChronoUnit.DAYS), "Mycket gammal");
        tenants.signOut();

        job.eraseExpired();

        assertThat(jdbc.sql("SELECT works_well FROM answer WHERE dialogue_id = :d").param("d", dialogue.id())
                .query(String.class).single()).isEqualTo("Mycket gammal");
    }
}
