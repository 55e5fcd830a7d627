package se.platskompassen.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.CurrentActor;
import se.platskompassen.organisation.SignInAccounts;

/**
 * The actor behind the current request (or push), read from Spring Security. The account is
 * read again each time, so a deactivated member or a changed role takes effect at once, even in
 * a session that is already open. An API request acts as its token's read-only actor (the token
 * is looked up on every request, so a revoked one is refused at once).
 */
@Component
class SecurityCurrentActor implements CurrentActor {

    private final SignInAccounts staff;
    private final SecurityContextHolderStrategy security;

    SecurityCurrentActor(SignInAccounts staff, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.staff = staff;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public Optional<Actor> get() {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case StaffPrincipal principal -> staff.activeActor(principal.staffId());
            // An API token: checked against the database by the API's filter at the start of this request.
            case ActingPrincipal client -> Optional.of(client.actor());
            case null, default -> Optional.empty();
        };
    }
}
