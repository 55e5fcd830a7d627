package se.platskompassen.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;

/**
 * Staff accounts as sign-in sees them, for the security feature. Failed sign-ins slow an
 * account down and then lock it for a while: per account, never per network address, since a
 * whole workshop shares one address.
 */
@Service
@Transactional(readOnly = true)
public class SignInAccounts {

    /** Failures after which each further attempt must wait (2, 4, 8 … seconds). */
    public static final int SLOW_DOWN_AFTER = 3;
    /** Failures that lock the account for {@link #LOCK_TIME}. */
    public static final int LOCK_AFTER = 6;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final StaffRepository staff;
    private final AuditLog audit;
    private final Clock clock;

    SignInAccounts(StaffRepository staff, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account for a sign-in attempt, found by username whatever the organisation. */
    public Optional<StaffMember> forSignIn(String username) {
        return staff.findByUsername(NewStaff.normaliseUsername(username));
    }

    /** The password hash to check a sign-in against. */
    public String passwordHash(StaffMember member) {
        return member.passwordHash();
    }

    /** What a sign-in attempt may do. */
    public enum Attempt {
        /** The account takes this attempt, counted already as a failure until it succeeds. */
        COUNTED,
        /** The account is locked or made to wait: refuse without checking the password. */
        LOCKED,
        /** No such account (its password check fails as for a wrong password). */
        NO_ACCOUNT
    }

    /**
     * Checks the lock and counts the attempt as a failure in one step: a conditional update that
     * only succeeds on the count and lock it read, retried when another attempt came first. The
     * count decides the next waiting time (2, 4, 8 … seconds, then the lock).
     */
    @Transactional
    public Attempt takeAttempt(String username) {
        String normalised = NewStaff.normaliseUsername(username);
        for (int tries = 0; tries < 100; tries++) {
            var state = staff.signInState(normalised);
            if (state.isEmpty()) {
                return Attempt.NO_ACCOUNT;
            }
            // Whole milliseconds: every database keeps them exactly, so a wait never ends later than said.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant lockedUntil = state.get().lockedUntil();
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return Attempt.LOCKED;
            }
            int failures = state.get().failedLogins();
            if (staff.countAttempt(state.get().id(), failures, failures + 1, waitAfter(failures + 1, now), now) == 1) {
                return Attempt.COUNTED;
            }
        }
        return Attempt.LOCKED;
    }

    private static @Nullable Instant waitAfter(int failures, Instant now) {
        if (failures >= LOCK_AFTER) {
            return now.plus(LOCK_TIME);
        }
        if (failures >= SLOW_DOWN_AFTER) {
            return now.plusSeconds(1L << (failures - SLOW_DOWN_AFTER + 1));
        }
        return null;
    }

    /** The actor of an active account; empty once deactivated. */
    public Optional<Actor> activeActor(long staffId) {
        return staff.findById(staffId).filter(StaffMember::active).map(StaffMember::asActor);
    }

    /** Logs a failed sign-in (already counted by {@link #takeAttempt}). */
    @Transactional
    public void recordFailedSignIn(String username) {
        forSignIn(username).ifPresent(member -> {
            Instant lockedUntil = member.lockedUntil();
            audit.record(member.organisationId(), member.username(), AuditAction.LOGIN_FAILED,
                    lockedUntil == null ? null : "wait until " + lockedUntil);
        });
    }

    @Transactional
    public void recordSignIn(String username) {
        forSignIn(username).ifPresent(member -> {
            member.loggedIn(clock.instant());
            audit.record(member.organisationId(), member.username(), AuditAction.LOGIN, null);
        });
    }
}
