package se.platskompassen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.SignInAccounts;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.Tenants;

/**
 * Failed sign-ins slow an account down and then lock it for a while, per account: a workshop
 * shares one network address, and the other accounts sign in as usual throughout. One client
 * address that fails on many accounts is stopped too. The sign-in is the application's own
 * (its authentication manager, as the login form uses it).
 */
@EmbeddedTest
@Import(MutableClock.Config.class)
class SignInLockoutTest {

    @Autowired AuthenticationConfiguration authentication;
    @Autowired MutableClock clock;
    @Autowired Tenants tenants;

    private AuthenticationManager signIn;
    private String attacked;
    private String colleague;

    @BeforeEach
    void accounts() throws Exception {
        signIn = authentication.getAuthenticationManager();
        long organisation = tenants.newOrganisation().id();
        attacked = tenants.newStaff(organisation, Role.FACILITATOR);
        colleague = tenants.newStaff(organisation, Role.ANALYST);
    }

    private Authentication attempt(String username, String password) {
        return attempt(username, password, "192.0.2.10");
    }

    private Authentication attempt(String username, String password, String clientAddress) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        request.setDetails(new WebAuthenticationDetails(clientAddress, null));
        return signIn.authenticate(request);
    }

    private void fail(String username) {
        assertThatThrownBy(() -> attempt(username, "wrong-password-123")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void after_three_failures_even_the_right_password_must_wait_a_moment_then_works() {
        for (int i = 0; i < SignInAccounts.SLOW_DOWN_AFTER; i++) {
            fail(attacked);
        }
        assertThatThrownBy(() -> attempt(attacked, Tenants.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(2));
        assertThat(attempt(attacked, Tenants.PASSWORD).isAuthenticated()).isTrue();
        fail(attacked);
        assertThat(attempt(attacked, Tenants.PASSWORD).isAuthenticated()).as("a success starts the count again")
                .isTrue();
    }

    @Test
    void six_failures_lock_the_account_for_a_quarter_of_an_hour_and_no_other_account() {
        for (int i = 0; i < SignInAccounts.LOCK_AFTER; i++) {
            fail(attacked);
            clock.advance(Duration.ofSeconds(30));
            assertThat(attempt(colleague, Tenants.PASSWORD).isAuthenticated()).as("the colleague at the same address")
                    .isTrue();
        }
        assertThatThrownBy(() -> attempt(attacked, Tenants.PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> attempt(attacked, Tenants.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(attempt(attacked, Tenants.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_username_is_refused_like_a_wrong_password() {
        assertThatThrownBy(() -> attempt("no-such-person", Tenants.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void one_address_that_fails_on_many_accounts_is_stopped_for_a_while_and_other_addresses_are_not() {
        String sprayer = "203.0.113.66";
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            try {
                attempt("guess-" + i, "wrong-password-123", sprayer);
            } catch (LockedException stopped) {
                refused++;
            } catch (BadCredentialsException checked) {
                // a password check, as expected for the first attempts
            }
        }
        assertThat(refused).as("attempts refused without a password check").isGreaterThanOrEqualTo(10);
        assertThatThrownBy(() -> attempt(colleague, Tenants.PASSWORD, sprayer)).isInstanceOf(LockedException.class);
        assertThat(attempt(colleague, Tenants.PASSWORD, "198.51.100.7").isAuthenticated())
                .as("a colleague elsewhere").isTrue();

        clock.advance(Duration.ofMinutes(15));
        assertThat(attempt(colleague, Tenants.PASSWORD, sprayer).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_longer_than_bcrypt_takes_is_refused_like_a_wrong_one() {
        assertThatThrownBy(() -> attempt(colleague, "å".repeat(60))).isInstanceOf(BadCredentialsException.class);
    }
}
