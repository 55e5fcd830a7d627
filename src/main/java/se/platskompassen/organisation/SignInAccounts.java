package se.platskompassen.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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

    /** Whether the account takes a sign-in attempt now (not locked, not made to wait). */
    public boolean acceptsSignInNow(StaffMember member) {
        Instant lockedUntil = member.lockedUntil();
        return lockedUntil == null || !clock.instant().isBefore(lockedUntil);
    }

    /** The actor of an active account; empty once deactivated. */
    public Optional<Actor> activeActor(long staffId) {
        return staff.findById(staffId).filter(StaffMember::active).map(StaffMember::asActor);
    }

    @Transactional
    public void recordFailedSignIn(String username) {
        forSignIn(username).ifPresent(member -> {
            int failures = member.failedLogins() + 1;
            // Whole milliseconds: every database keeps them exactly, so a wait never ends later than said.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant lockedUntil = null;
            if (failures >= LOCK_AFTER) {
                lockedUntil = now.plus(LOCK_TIME);
            } else if (failures >= SLOW_DOWN_AFTER) {
                lockedUntil = now.plusSeconds(1L << (failures - SLOW_DOWN_AFTER + 1));
            }
            member.loginFailed(failures, lockedUntil);
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
