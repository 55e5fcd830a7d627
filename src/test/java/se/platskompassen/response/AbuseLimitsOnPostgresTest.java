package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PostgresTest;
import se.platskompassen.testing.Tenants;

/**
 * Ballot stuffing under real concurrency: the limits on starting responses hold exactly however
 * many starts race, and excluding responses keeps every figure equal to a count of the included
 * answers. Small limits, so that a test reaches them quickly; the defaults are far above them.
 */
@PostgresTest
@TestPropertySource(properties = {
        "platskompassen.limits.session-starts-per-minute=5",
        "platskompassen.limits.session-unfinished=8",
        "platskompassen.limits.dialogue-starts-per-minute=12"})
class AbuseLimitsOnPostgresTest {

    @Autowired Tenants tenants;
    @Autowired ResponseService responses;
    @Autowired ResponseExclusions exclusions;
    @Autowired QuestionnaireCatalog catalog;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private void start(Dialogue dialogue, UUID id, ResidentSession session) {
        responses.start(dialogue, id, catalog.current(dialogue.version()), Language.SV, CollectionMode.SHARED_TABLET,
                session);
    }

    /** Runs the tasks at the same moment on as many threads; returns how many ended without an exception. */
    private static int racing(List<Callable<Void>> tasks, List<Throwable> refusals) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        int succeeded = 0;
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                running.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            for (Future<Void> task : running) {
                try {
                    task.get();
                    succeeded++;
                } catch (ExecutionException e) {
                    refusals.add(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return succeeded;
    }

    @Test
    void parallel_starts_from_one_session_stop_exactly_at_the_limit() throws Exception {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        ResidentSession script = ResidentSession.random();
        List<Callable<Void>> starts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            starts.add(() -> {
                start(dialogue, UUID.randomUUID(), script);
                return null;
            });
        }
        List<Throwable> refusals = new ArrayList<>();

        assertThat(racing(starts, refusals)).isEqualTo(5);
        assertThat(refusals).hasSize(11).allSatisfy(refusal -> assertThat(refusal)
                .isInstanceOf(TooManyStartsException.class)
                .extracting(e -> ((TooManyStartsException) e).limit()).isEqualTo(TooManyStartsException.Limit.SESSION));
        assertThat(responses.counts(dialogue).started()).isEqualTo(5);

        // Another tablet in the same room is not held back by the script's session.
        start(dialogue, UUID.randomUUID(), ResidentSession.random());
    }

    @Test
    void parallel_starts_from_many_sessions_stop_exactly_at_the_dialogue_limit() throws Exception {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        List<Callable<Void>> starts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            starts.add(() -> {
                start(dialogue, UUID.randomUUID(), ResidentSession.random());
                return null;
            });
        }
        List<Throwable> refusals = new ArrayList<>();

        assertThat(racing(starts, refusals)).isEqualTo(12);
        assertThat(refusals).hasSize(8).allSatisfy(refusal -> assertThat(refusal)
                .isInstanceOf(TooManyStartsException.class)
                .extracting(e -> ((TooManyStartsException) e).limit()).isEqualTo(TooManyStartsException.Limit.DIALOGUE));
        assertThat(responses.counts(dialogue).started()).isEqualTo(12);
    }

    @Test
    void a_session_with_many_unfinished_responses_may_start_no_more() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        ResidentSession session = ResidentSession.random();
        for (int i = 0; i < 8; i++) {
            start(dialogue, UUID.randomUUID(), session);
            // Spread the starts over time, as a kiosk does: only the unfinished cap is reached.
            jdbc.sql("UPDATE response SET started_at = started_at - INTERVAL '2 minutes' WHERE session_marker = :m")
                    .param("m", session.marker()).update();
        }

        assertThatThrownBy(() -> start(dialogue, UUID.randomUUID(), session))
                .isInstanceOf(TooManyStartsException.class)
                .extracting(e -> ((TooManyStartsException) e).limit()).isEqualTo(TooManyStartsException.Limit.UNFINISHED);
    }

    @Test
    void excluding_responses_while_they_are_being_saved_keeps_the_tally_equal_to_the_included_answers()
            throws Exception {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = UUID.randomUUID();
            start(dialogue, id, ResidentSession.random());
            responses.saveAnswer(id, AnswerInput.scored(Theme.MOVING_AROUND, 1 + i));
            ids.add(id);
        }
        List<UUID> suspected = ids.subList(0, 3);
        List<Callable<Void>> work = new ArrayList<>();
        for (UUID id : ids) {
            work.add(() -> {
                for (Theme theme : List.of(Theme.PUBLIC_TRANSPORT, Theme.TRAFFIC_PARKING, Theme.MOVING_AROUND)) {
                    responses.saveAnswer(id, AnswerInput.scored(theme, 4));
                }
                return null;
            });
        }
        long organisation = dialogue.organisationId();
        work.add(() -> {
            tenants.as(organisation, () -> exclusions.exclude(dialogue, suspected, "script from one session"));
            return null;
        });
        List<Throwable> failures = new ArrayList<>();
        assertThat(racing(work, failures)).as("failures: %s", failures).isEqualTo(work.size());

        ScoreCounts counts = responses.scoreCounts(dialogue);
        ResponseStorageContract.assertSameCounts(counts, responses.scoreCountsFromAnswers(dialogue));
        assertThat(counts.answered(Theme.PUBLIC_TRANSPORT)).isEqualTo(3);
        assertThat(responses.counts(dialogue).started()).isEqualTo(3);

        assertThat(exclusions.include(dialogue, suspected)).isEqualTo(3);
        counts = responses.scoreCounts(dialogue);
        ResponseStorageContract.assertSameCounts(counts, responses.scoreCountsFromAnswers(dialogue));
        assertThat(counts.answered(Theme.PUBLIC_TRANSPORT)).isEqualTo(6);
        assertThat(responses.counts(dialogue).started()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE organisation_id = :o ORDER BY id")
                .param("o", organisation).query(String.class).list())
                .containsSubsequence("RESPONSES_EXCLUDED", "RESPONSES_INCLUDED");
    }
}
