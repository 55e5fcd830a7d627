package se.platskompassen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.platskompassen.dialogue.DialogueActivity;
import se.platskompassen.testing.PostgresTest;

@PostgresTest
class LiveUpdatesOnPostgresTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Autowired
    LiveUpdates live;
    @Autowired
    LiveChannel channel;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    private PostgresChannel postgres;

    @BeforeEach
    void waitUntilListening() {
        assertThat(channel).isInstanceOf(PostgresChannel.class);
        postgres = (PostgresChannel) channel;
        await().atMost(WAIT).until(() -> postgres.listenerPid() != 0);
    }

    private static long unusedDialogueId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private void commitActivity(long dialogueId) {
        transactions.executeWithoutResult(status -> events.publishEvent(new DialogueActivity(dialogueId)));
    }

    @Test
    void a_change_made_here_comes_back_through_the_database_and_runs_the_listener_once() {
        long changed = unusedDialogueId();
        long later = unusedDialogueId();
        AtomicInteger changedCalls = new AtomicInteger();
        AtomicInteger laterCalls = new AtomicInteger();
        try (LiveSubscription first = live.subscribe(changed, changedCalls::incrementAndGet);
                LiveSubscription second = live.subscribe(later, laterCalls::incrementAndGet)) {
            commitActivity(changed);
            await().atMost(WAIT).until(() -> changedCalls.get() == 1);

            // Notifications arrive in order: once the later one is here, a second signal would be too.
            commitActivity(later);
            await().atMost(WAIT).until(() -> laterCalls.get() == 1);
            await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> changedCalls.get() == 1);
        }
    }

    @Test
    void a_rolled_back_change_sends_no_notification() {
        long rolledBack = unusedDialogueId();
        long committed = unusedDialogueId();
        AtomicInteger rolledBackCalls = new AtomicInteger();
        AtomicInteger committedCalls = new AtomicInteger();
        try (LiveSubscription first = live.subscribe(rolledBack, rolledBackCalls::incrementAndGet);
                LiveSubscription second = live.subscribe(committed, committedCalls::incrementAndGet)) {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(new DialogueActivity(rolledBack));
                status.setRollbackOnly();
            });
            commitActivity(committed);

            await().atMost(WAIT).until(() -> committedCalls.get() == 1);
            await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> rolledBackCalls.get() == 0);
        }
    }

    @Test
    void after_its_connection_is_killed_the_listener_reconnects_tells_every_subscriber_to_look_again_and_hears_later_changes() {
        long dialogue = unusedDialogueId();
        AtomicInteger calls = new AtomicInteger();
        try (LiveSubscription ignored = live.subscribe(dialogue, calls::incrementAndGet)) {
            int killed = postgres.listenerPid();
            Boolean terminated = jdbc.sql("SELECT pg_terminate_backend(?)").param(killed).query(Boolean.class).single();
            assertThat(terminated).isTrue();

            // Reconnects after a second; what changed meanwhile is unknown, so every subscriber looks again.
            await().atMost(WAIT).until(() -> postgres.listenerPid() != 0 && postgres.listenerPid() != killed);
            await().atMost(WAIT).until(() -> calls.get() == 1);

            commitActivity(dialogue);
            await().atMost(WAIT).until(() -> calls.get() == 2);
        }
    }
}
