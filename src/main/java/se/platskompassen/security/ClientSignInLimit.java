package se.platskompassen.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * A limit on failed staff sign-ins per client address, on top of the per-account lock: one
 * address that tries many accounts (or many passwords on accounts it cycles through) is stopped
 * for a while. Generous, because a whole workshop or town hall may share one address.
 *
 * <p>The address is the one the servlet sees: behind a reverse proxy that is the proxy's own,
 * and every client shares one budget, unless the proxy's {@code X-Forwarded-For} is trusted
 * ({@code server.forward-headers-strategy=native}, see the README). Each attempt takes its place
 * before the password is checked (atomically, so parallel requests cannot overrun the budget) and
 * gives it back when it succeeds. Kept in memory, per instance: with several instances an
 * address gets the budget once on each.
 */
@Component
class ClientSignInLimit {

    /** Failed sign-ins one address may make within {@link #WINDOW}. */
    static final int MAX_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many addresses, those whose window is over are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final ConcurrentMap<String, Budget> budgets = new ConcurrentHashMap<>();
    private final Clock clock;

    ClientSignInLimit(Clock clock) {
        this.clock = clock;
    }

    private record Budget(Instant windowStart, int failures) {
    }

    /** Takes one attempt from the address's budget; false when it is used up. */
    boolean take(String address) {
        Instant now = clock.instant();
        if (budgets.size() > TIDY_ABOVE) {
            budgets.values().removeIf(budget -> isOver(budget, now));
        }
        boolean[] taken = {false};
        budgets.compute(address, (key, budget) -> {
            if (budget == null || isOver(budget, now)) {
                taken[0] = true;
                return new Budget(now, 1);
            }
            if (budget.failures() >= MAX_FAILURES) {
                return budget;
            }
            taken[0] = true;
            return new Budget(budget.windowStart(), budget.failures() + 1);
        });
        return taken[0];
    }

    /** Gives back the attempt of a successful sign-in. */
    void giveBack(String address) {
        budgets.computeIfPresent(address, (key, budget) -> budget.failures() <= 1 ? null
                : new Budget(budget.windowStart(), budget.failures() - 1));
    }

    private static boolean isOver(Budget budget, Instant now) {
        return !now.isBefore(budget.windowStart().plus(WINDOW));
    }
}
