package se.platskompassen.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances on one PostgreSQL: a change is announced with {@code pg_notify}, and one
 * thread per instance, on a connection of its own, listens and signals the local listeners.
 * A change made here comes back here through the same notification, so the local listeners are
 * signalled by the listening thread only, once.
 */
final class PostgresChannel implements LiveChannel, SmartLifecycle {

    static final String CHANNEL = "platskompassen_live";

    private static final Logger log = LoggerFactory.getLogger(PostgresChannel.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    private static final int POLL_MILLIS = 500;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);

    /** Opens the listening connection; it is held for as long as the instance runs. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final JdbcClient jdbc;
    private final Connections connections;
    private final LiveUpdates updates;
    /** Dialogues waiting to be announced: a burst of changes to one dialogue becomes one notification. */
    private final Set<Long> unsent = ConcurrentHashMap.newKeySet();
    /**
     * Announces off the committing thread: that thread still holds its transaction's connection
     * (a statement there would run in a transaction nobody commits), and waiting for a second
     * pool connection while holding one can starve the pool. Made anew on every start: a stopped
     * context can be started again (Spring's test context cache pauses and resumes contexts).
     */
    private volatile @Nullable ExecutorService notifier;

    private volatile boolean running;
    private volatile @Nullable Thread listener;
    private volatile int listenerPid;

    PostgresChannel(JdbcClient jdbc, Connections connections, LiveUpdates updates) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.updates = updates;
    }

    @Override
    public void publish(long dialogueId) {
        ExecutorService current = notifier;
        if (current == null) {
            return;
        }
        if (unsent.add(dialogueId)) {
            try {
                current.execute(() -> announce(dialogueId));
            } catch (RejectedExecutionException stopped) {
                unsent.remove(dialogueId);
            }
        }
    }

    private void announce(long dialogueId) {
        // Removed before sending: a change committed from here on gets a notification of its own.
        unsent.remove(dialogueId);
        try {
            jdbc.sql("SELECT pg_notify(?, ?)").param(CHANNEL).param(Long.toString(dialogueId)).query().listOfRows();
        } catch (RuntimeException e) {
            log.warn("Could not announce a change of dialogue {} to live views: {}", dialogueId, e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (!running) {
            running = true;
            notifier = Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().name("live-notify").daemon(true).factory());
            Thread thread = Thread.ofPlatform().name("live-listen").daemon(true).unstarted(this::listen);
            listener = thread;
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = listener;
        listener = null;
        ExecutorService stopping = notifier;
        notifier = null;
        if (stopping != null) {
            stopping.shutdown();
        }
        try {
            if (thread != null) {
                thread.interrupt();
                thread.join(Duration.ofMillis(POLL_MILLIS * 4L));
            }
            if (stopping != null) {
                stopping.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Listening before the web server takes requests, announcing until its last request has ended. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The backend process of the listening connection, 0 while there is none (for tests). */
    int listenerPid() {
        return listenerPid;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listenerPid = postgres.getBackendPID();
                retry = FIRST_RETRY;
                // Notifications sent while no connection listened are lost: every open view looks again.
                updates.signalAll();
                receive(connection, postgres);
            } catch (SQLException | RuntimeException e) {
                listenerPid = 0;
                if (!running) {
                    break;
                }
                log.warn("Live updates lost their database connection ({}); trying again in {} s",
                        e.getMessage(), retry.toSeconds());
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException stopped) {
                    break;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
        listenerPid = 0;
    }

    private void receive(Connection connection, PGConnection postgres) throws SQLException {
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    signal(notification);
                }
            }
            // A connection that died silently (no reset from the network) would never fail the poll.
            if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void signal(PGNotification notification) {
        if (!CHANNEL.equals(notification.getName())) {
            return;
        }
        try {
            updates.signal(Long.parseLong(notification.getParameter()));
        } catch (NumberFormatException e) {
            log.warn("Ignored a live notification that names no dialogue: \"{}\"", notification.getParameter());
        }
    }
}
