package se.platskompassen.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import se.platskompassen.organisation.SignInAccounts;

/**
 * Loads staff accounts for sign-in. An account that made too many failed attempts counts as
 * locked until its waiting time is over; Spring Security then refuses without checking the
 * password, and the login page says the same as for a wrong password.
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
                        member.organisationId(), staff.passwordHash(member), member.active(),
                        staff.acceptsSignInNow(member)))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
    }
}
