package se.platskompassen.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import se.platskompassen.organisation.PasswordChanged;

/**
 * Ends the sessions signed in with a password that is no longer valid: when a password is
 * changed or reset, every open session of that account on this instance is invalidated, except
 * the session that made the change (its owner goes on working). The next request of an ended
 * session goes to the login page; Vaadin shows its "session expired" notice first.
 *
 * <p>Sessions live in each instance's memory (sticky sessions), so with several instances the
 * account's sessions on the other instances are not ended (see the README).
 */
@Component
class SignedInSessions implements HttpSessionListener {

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void passwordChanged(PasswordChanged change) {
        String current = currentSessionId();
        for (HttpSession session : sessions) {
            try {
                if (!session.getId().equals(current) && signedInAs(session, change.staffId())) {
                    session.invalidate();
                }
            } catch (IllegalStateException endedMeanwhile) {
                sessions.remove(session);
            }
        }
    }

    private static boolean signedInAs(HttpSession session, long staffId) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof StaffPrincipal principal
                && principal.staffId() == staffId;
    }

    /** The session of the request that made the change (Vaadin's events arrive as requests). */
    private static @Nullable String currentSessionId() {
        var request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
