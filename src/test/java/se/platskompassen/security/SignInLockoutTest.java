package se.platskompassen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.SignInAccounts;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.Tenants;

/**
 * Failed sign-ins slow an account down and then lock it for a while, per account: a workshop
 * shares one network address, and the other accounts sign in as usual throughout.
 */
@EmbeddedTest
@Import(MutableClock.Config.class)
class SignInLockoutTest {

    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationEventPublisher events;
    @Autowired MutableClock clock;
    @Autowired Tenants tenants;

    private AuthenticationManager signIn;
    private String attacked;
    private String colleague;

    @BeforeEach
    void accounts() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(List.of(provider));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        signIn = manager;
        long organisation = tenants.newOrganisation().id();
        attacked = tenants.newStaff(organisation, Role.FACILITATOR);
        colleague = tenants.newStaff(organisation, Role.ANALYST);
    }

    private Authentication attempt(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
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
}
