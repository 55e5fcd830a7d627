package se.platskompassen.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import se.platskompassen.organisation.SignInAccounts;

/**
 * Loads staff accounts for sign-in. Whether an account is locked is decided, and the attempt
 * counted, before this is called (StaffAuthenticationProvider), in one step in the database.
 */
@Component
class StaffDetailsService implements UserDetailsService {

    private final SignInAccounts staff;

    StaffDetailsService(SignInAccounts staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.forSignIn(username)
                .map(member -> new StaffPrincipal(member.id(), member.username(), member.displayName(), member.role(),
                        member.organisationId(), staff.passwordHash(member), member.active()))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
    }
}
