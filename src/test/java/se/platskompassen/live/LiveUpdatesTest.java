package se.platskompassen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.platskompassen.dialogue.DialogueActivity;
import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class LiveUpdatesTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Autowired
    LiveUpdates live;
    @Autowired
    LiveChannel channel;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    /** Ids no real dialogue has, so that nothing else in the shared context signals them. */
    private static long unusedDialogueId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    @Test
    void the_embedded_database_signals_in_process() {
        assertThat(channel).isInstanceOf(LocalChannel.class);
    }

    @Test
    void a_subscriber_is_called_after_a_committed_change() throws InterruptedException {
        long dialogue = unusedDialogueId();
        CountDownLatch called = new CountDownLatch(1);
        try (LiveSubscription ignored = live.subscribe(dialogue, called::countDown)) {
            transactions.executeWithoutResult(status -> events.publishEvent(new DialogueActivity(dialogue)));

            assertThat(called.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        }
    }

    @Test
    void a_subscriber_is_not_called_for_a_rolled_back_change() {
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
            // A committed change after it: once that one has arrived, the rolled-back one would have too.
            transactions.executeWithoutResult(status -> events.publishEvent(new DialogueActivity(committed)));

            await().atMost(WAIT).until(() -> committedCalls.get() == 1);
            await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> rolledBackCalls.get() == 0);
        }
    }

    @Test
    void a_change_outside_any_transaction_is_signalled_at_once() throws InterruptedException {
        long dialogue = unusedDialogueId();
        CountDownLatch called = new CountDownLatch(1);
        try (LiveSubscription ignored = live.subscribe(dialogue, called::countDown)) {
            events.publishEvent(new DialogueActivity(dialogue));

            assertThat(called.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        }
    }

    @Test
    void a_burst_of_signals_runs_a_listener_once_while_it_is_busy_and_once_after() throws InterruptedException {
        long dialogue = unusedDialogueId();
        AtomicInteger signalsSent = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger lastRunSaw = new AtomicInteger(-1);
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LiveSubscription ignored = live.subscribe(dialogue, () -> {
            lastRunSaw.set(signalsSent.get());
            runs.incrementAndGet();
            firstRunStarted.countDown();
            awaitQuietly(release);
        })) {
            signalsSent.incrementAndGet();
            live.signal(dialogue);
            assertThat(firstRunStarted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            // The listener is busy (as a slow view refresh would be) while 99 more signals arrive.
            for (int i = 1; i < 100; i++) {
                signalsSent.incrementAndGet();
                live.signal(dialogue);
            }
            release.countDown();

            await().atMost(WAIT).until(() -> lastRunSaw.get() == 100);
            assertThat(runs.get()).isEqualTo(2);
        }
    }

    @Test
    void a_burst_of_signals_to_a_quick_listener_runs_it_at_most_once_per_signal_and_once_after_the_last() {
        long dialogue = unusedDialogueId();
        AtomicInteger signalsSent = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger lastRunSaw = new AtomicInteger(-1);
        try (LiveSubscription ignored = live.subscribe(dialogue, () -> {
            lastRunSaw.set(signalsSent.get());
            runs.incrementAndGet();
        })) {
            for (int i = 0; i < 100; i++) {
                signalsSent.incrementAndGet();
                live.signal(dialogue);
            }

            await().atMost(WAIT).until(() -> lastRunSaw.get() == 100);
            // How many runs a burst folds into depends on timing (a fast machine runs almost every
            // signal); the test above pins the folding itself down with a listener kept busy.
            assertThat(runs.get()).isBetween(1, 100);
        }
    }

    @Test
    void a_throwing_listener_does_not_stop_another_or_itself() {
        long dialogue = unusedDialogueId();
        AtomicInteger throwerCalls = new AtomicInteger();
        AtomicInteger otherCalls = new AtomicInteger();
        try (LiveSubscription thrower = live.subscribe(dialogue, () -> {
            throwerCalls.incrementAndGet();
            throw new IllegalStateException("a view that broke (thrown on purpose by the test)");
        });
                LiveSubscription other = live.subscribe(dialogue, otherCalls::incrementAndGet)) {
            live.signal(dialogue);
            await().atMost(WAIT).until(() -> otherCalls.get() == 1 && throwerCalls.get() == 1);

            live.signal(dialogue);
            await().atMost(WAIT).until(() -> otherCalls.get() == 2 && throwerCalls.get() == 2);
        }
    }

    @Test
    void a_removed_subscription_is_no_longer_called_and_leaves_nothing_behind() {
        long dialogue = unusedDialogueId();
        AtomicInteger removedCalls = new AtomicInteger();
        AtomicInteger keptCalls = new AtomicInteger();
        LiveSubscription removed = live.subscribe(dialogue, removedCalls::incrementAndGet);
        try (LiveSubscription kept = live.subscribe(dialogue, keptCalls::incrementAndGet)) {
            removed.remove();
            removed.remove();
            live.signal(dialogue);
            await().atMost(WAIT).until(() -> keptCalls.get() == 1);
            assertThat(removedCalls.get()).isZero();
            assertThat(live.subscribedDialogues()).contains(dialogue);
        }
        assertThat(live.subscribedDialogues()).doesNotContain(dialogue);
    }

    @Test
    void subscribing_and_removing_from_many_threads_at_once_keeps_the_subscriptions_right() throws Exception {
        long dialogue = unusedDialogueId();
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = Thread.ofPlatform().start(() -> {
                awaitQuietly(go);
                for (int i = 0; i < 500; i++) {
                    live.subscribe(dialogue, () -> { }).remove();
                    live.signal(dialogue);
                }
            });
        }
        go.countDown();
        for (Thread worker : workers) {
            worker.join(WAIT);
            assertThat(worker.isAlive()).isFalse();
        }
        assertThat(live.subscribedDialogues()).doesNotContain(dialogue);

        CountDownLatch called = new CountDownLatch(1);
        try (LiveSubscription ignored = live.subscribe(dialogue, called::countDown)) {
            live.signal(dialogue);
            assertThat(called.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
