package se.platskompassen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.SignInAccounts;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.PostgresTest;
import se.platskompassen.testing.Tenants;

/**
 * Many wrong passwords for one account sent at the same moment (as a script would) get no more
 * password checks than one after the other: the lockout's check and count are one step in the
 * database. The clock stands still, so no waiting time runs out during the test.
 */
@PostgresTest
@Import(MutableClock.Config.class)
class SignInConcurrencyOnPostgresTest {

    private static final int PARALLEL = 16;

    @Autowired AuthenticationConfiguration authentication;
    @Autowired Tenants tenants;

    @Test
    void parallel_wrong_passwords_for_one_account_get_at_most_the_allowed_number_of_checks() throws Exception {
        AuthenticationManager signIn = authentication.getAuthenticationManager();
        String attacked = tenants.newStaff(tenants.newOrganisation().id(), Role.FACILITATOR);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            // A different address per request: only the account's own limit is under test.
            String address = "198.51.100." + (i + 1);
            outcomes.add(threads.submit(() -> {
                start.await();
                UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken
                        .unauthenticated(attacked, "wrong-password-" + address);
                request.setDetails(new WebAuthenticationDetails(address, null));
                try {
                    signIn.authenticate(request);
                    return Void.class;
                } catch (BadCredentialsException | LockedException e) {
                    return e.getClass();
                }
            }));
        }
        start.countDown();
        List<Class<?>> results = new ArrayList<>();
        for (Future<Class<?>> outcome : outcomes) {
            results.add(outcome.get());
        }
        threads.shutdown();

        long checked = results.stream().filter(BadCredentialsException.class::equals).count();
        assertThat(checked).as("password checks").isLessThanOrEqualTo(SignInAccounts.SLOW_DOWN_AFTER);
        assertThat(results).as("every other attempt refused before any check").containsOnly(
                BadCredentialsException.class, LockedException.class).hasSize(PARALLEL);
    }
}
