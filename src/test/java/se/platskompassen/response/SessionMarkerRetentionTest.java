package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.Tenants;

/**
 * The session marker only serves the limits and the bursts page while a dialogue runs: the
 * nightly job forgets it after a while, so that old responses cannot even be told to share a
 * browser session.
 */
@EmbeddedTest
@Import(MutableClock.Config.class)
class SessionMarkerRetentionTest {

    @Autowired Tenants tenants;
    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;
    @Autowired SessionMarkerRetention job;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private UUID start(Dialogue dialogue) {
        UUID id = UUID.randomUUID();
        responses.start(dialogue, id, questionnaires.current(dialogue.version()), Language.SV,
                CollectionMode.OWN_DEVICE, ResidentSession.random());
        return id;
    }

    private boolean marked(UUID id) {
        return jdbc.sql("SELECT session_marker FROM response WHERE id = :id").param("id", id)
                .query(String.class).optional().isPresent();
    }

    @Test
    void markers_older_than_thirty_days_are_erased_by_the_nightly_job_and_newer_ones_kept() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        UUID old = start(dialogue);
        clock.advance(Duration.ofDays(29));
        UUID recent = start(dialogue);
        clock.advance(Duration.ofDays(2));

        job.eraseOldMarkers();

        assertThat(marked(old)).isFalse();
        assertThat(marked(recent)).isTrue();
        assertThat(responses.counts(dialogue).started()).isEqualTo(2);
    }
}
