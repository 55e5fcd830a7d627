package se.platskompassen.response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the limits on starting responses ({@link ResponseLimits}). Runs in the start's transaction
 * after the dialogue's row is locked, so that racing starts are counted one after the other and
 * never more than the limit get through, on one instance or several.
 */
@Service
class StartLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final StartLocks guard;
    private final ResponseLimits limits;
    private final Clock clock;

    StartLimits(StartLocks guard, ResponseLimits limits, Clock clock) {
        this.guard = guard;
        this.limits = limits;
        this.clock = clock;
    }

    /** Locks the dialogue's row for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(long dialogueId) {
        guard.lockDialogue(dialogueId);
    }

    /** Throws {@link TooManyStartsException} when one more start would pass a limit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void check(long dialogueId, @Nullable ResidentSession session) {
        Instant now = clock.instant();
        if (session != null) {
            if (guard.startedSince(dialogueId, session, now.minus(MINUTE)) >= limits.sessionStartsPerMinute()) {
                throw new TooManyStartsException(TooManyStartsException.Limit.SESSION);
            }
            if (guard.unfinishedSince(dialogueId, session, now.minus(limits.unfinishedWindow()))
                    >= limits.sessionUnfinished()) {
                throw new TooManyStartsException(TooManyStartsException.Limit.UNFINISHED);
            }
        }
        if (guard.startedSince(dialogueId, now.minus(MINUTE)) >= limits.dialogueStartsPerMinute()) {
            throw new TooManyStartsException(TooManyStartsException.Limit.DIALOGUE);
        }
    }

    /** Locks the response's row for the rest of the transaction; true when it is excluded from the figures. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean lockResponse(UUID responseId) {
        return guard.lockExcluded(responseId);
    }
}
