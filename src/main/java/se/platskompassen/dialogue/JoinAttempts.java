package se.platskompassen.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The join codes one browser session has tried that led nowhere. After {@link #ALLOWED} misses
 * within {@link #WINDOW}, the session may look up no code until the oldest miss is that old.
 * Kept per session rather than per network address: a whole workshop shares one address.
 */
public final class JoinAttempts {

    public static final int ALLOWED = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final Deque<Instant> misses = new ArrayDeque<>();

    /** How long this session must wait before it may look up a code, if at all. */
    public synchronized Optional<Duration> waitBeforeLookup(Instant now) {
        forgetOld(now);
        if (misses.size() < ALLOWED) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, misses.peekFirst().plus(WINDOW)));
    }

    public synchronized void recordMiss(Instant now) {
        forgetOld(now);
        misses.addLast(now);
    }

    private void forgetOld(Instant now) {
        while (!misses.isEmpty() && !misses.peekFirst().plus(WINDOW).isAfter(now)) {
            misses.removeFirst();
        }
    }
}
