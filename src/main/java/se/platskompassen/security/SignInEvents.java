package se.platskompassen.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.organisation.SignInAccounts;

/** Logs sign-ins, failed sign-ins and sign-outs; a success clears the account's count of failures. */
@Component
class SignInEvents {

    private final SignInAccounts staff;
    private final AuditLog audit;

    SignInEvents(SignInAccounts staff, AuditLog audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        staff.recordSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        staff.recordFailedSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
            audit.record(principal.organisationId(), principal.getUsername(), AuditAction.LOGOUT, null);
        }
    }
}
