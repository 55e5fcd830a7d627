package se.platskompassen.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.CurrentActor;
import se.platskompassen.organisation.SignInAccounts;

/**
 * The actor behind the current request (or push), read from Spring Security. The account is
 * read again each time, so a deactivated member or a changed role takes effect at once, even in
 * a session that is already open.
 */
@Component
class SecurityCurrentActor implements CurrentActor {

    private final SignInAccounts staff;

    SecurityCurrentActor(SignInAccounts staff) {
        this.staff = staff;
    }

    @Override
    public Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
            return Optional.empty();
        }
        return staff.activeActor(principal.staffId());
    }
}
