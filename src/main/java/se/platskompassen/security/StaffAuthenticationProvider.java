package se.platskompassen.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import se.platskompassen.organisation.SignInAccounts;

/**
 * Staff sign-in with a username and password, limited before any password is checked: first per
 * client address (ClientSignInLimit), then per account, where checking the lock and counting the
 * attempt are one step in the database (SignInAccounts.takeAttempt). A refused attempt fails as
 * a locked account does; the login page says the same as for a wrong password. Being the only
 * authentication provider bean, this is the one the login form uses.
 */
@Component
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

    private static final String UNKNOWN_ADDRESS = "unknown";

    private final SignInAccounts accounts;
    private final ClientSignInLimit clients;

    StaffAuthenticationProvider(StaffDetailsService users, PasswordEncoder passwords, SignInAccounts accounts,
            ClientSignInLimit clients) {
        super(users);
        setPasswordEncoder(passwords);
        this.accounts = accounts;
        this.clients = clients;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String address = request.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : UNKNOWN_ADDRESS;
        if (!clients.take(address)) {
            throw new LockedException("Too many failed sign-ins from this address; try again later");
        }
        if (accounts.takeAttempt(request.getName()) == SignInAccounts.Attempt.LOCKED) {
            throw new LockedException("Too many failed sign-ins for this account; try again later");
        }
        Authentication signedIn = super.authenticate(request);
        clients.giveBack(address);
        return signedIn;
    }
}
