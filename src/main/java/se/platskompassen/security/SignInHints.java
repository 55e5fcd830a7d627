package se.platskompassen.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.organisation.Role;

/**
 * What the sign-in page may show besides the form: accounts to try and their shared password.
 * Only an installation that is just a demo offers any; a real one lists no account at all.
 */
public interface SignInHints {

    /** An account to try; {@code organisation} is null for the network admin. */
    record Account(String username, Role role, @Nullable String organisation) {
    }

    /** The accounts the sign-in page lists now; empty where none may be shown. */
    List<Account> accounts();

    /** The password the listed accounts share. */
    String sharedPassword();
}
