package se.platskompassen.live;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells subscribers that something in a dialogue changed, after the change has committed, in
 * this instance or (on PostgreSQL) in any other instance on the same database.
 *
 * <p>A listener says only "look again": it is called on a small pool of threads of its own
 * (never on the thread that made the change), and signals that arrive while it is queued or
 * running are folded into one more call after it. So a burst of saves costs each listener at
 * most one call while the burst lasts plus one after it. A listener that throws is logged and
 * stays subscribed.
 */
@Service
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<Long, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    LiveUpdates(LiveSettings settings) {
        executor = Executors.newFixedThreadPool(Math.max(1, settings.threads()),
                Thread.ofPlatform().name("live-", 1).daemon(true).factory());
    }

    /** Calls the listener, on another thread, whenever the dialogue changes, until the subscription is removed. */
    public LiveSubscription subscribe(long dialogueId, Runnable listener) {
        Subscription subscription = new Subscription(dialogueId, listener);
        subscriptions.compute(dialogueId, (id, set) -> {
            Set<Subscription> subscribers = set != null ? set : ConcurrentHashMap.newKeySet();
            subscribers.add(subscription);
            return subscribers;
        });
        return subscription;
    }

    /** The dialogue changed: every listener of it runs (soon, once for any number of signals meanwhile). */
    void signal(long dialogueId) {
        Set<Subscription> subscribers = subscriptions.get(dialogueId);
        if (subscribers != null) {
            subscribers.forEach(Subscription::signal);
        }
    }

    /** Changes may have been missed (a lost database connection): every listener looks again. */
    void signalAll() {
        subscriptions.values().forEach(subscribers -> subscribers.forEach(Subscription::signal));
    }

    /** The dialogues that have at least one subscriber now. */
    Set<Long> subscribedDialogues() {
        return Set.copyOf(subscriptions.keySet());
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            log.warn("Live update listeners were still running at shutdown");
        }
    }

    private final class Subscription implements LiveSubscription, Runnable {

        private final long dialogueId;
        private final Runnable listener;
        /** Set by a signal, cleared by the run that answers it. */
        private final AtomicBoolean signalled = new AtomicBoolean();
        /** True while a run is queued or running: at most one per subscription, so the queue stays small. */
        private final AtomicBoolean queued = new AtomicBoolean();
        private volatile boolean removed;

        Subscription(long dialogueId, Runnable listener) {
            this.dialogueId = dialogueId;
            this.listener = listener;
        }

        void signal() {
            signalled.set(true);
            queue();
        }

        private void queue() {
            if (!removed && queued.compareAndSet(false, true)) {
                try {
                    executor.execute(this);
                } catch (RejectedExecutionException shutDown) {
                    queued.set(false);
                }
            }
        }

        @Override
        public void run() {
            try {
                if (signalled.getAndSet(false) && !removed) {
                    listener.run();
                }
            } catch (RuntimeException e) {
                log.warn("A live update listener of dialogue {} failed", dialogueId, e);
            } finally {
                queued.set(false);
            }
            // Signals that came while the listener ran: one more run, behind the others waiting.
            if (signalled.get()) {
                queue();
            }
        }

        @Override
        public void remove() {
            removed = true;
            subscriptions.computeIfPresent(dialogueId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }
    }
}
