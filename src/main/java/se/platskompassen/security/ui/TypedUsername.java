package se.platskompassen.security.ui;

import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The username of a failed sign-in, kept in the browser's session until the login page shows it
 * again: the form posts and the page reloads, and retyping the name after every mistyped
 * password is a needless barrier. The password is never kept.
 */
@Component
class TypedUsername {

    private static final String ATTRIBUTE = TypedUsername.class.getName();

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String name = event.getAuthentication().getName();
        if (request != null && name != null && !name.isBlank()) {
            request.setAttribute(ATTRIBUTE, name.strip(), RequestAttributes.SCOPE_SESSION);
        }
    }

    /** The name typed at the last failed sign-in, once: the next visit starts empty. */
    static @Nullable String takeFrom(@Nullable VaadinSession session) {
        if (session == null || session.getSession() == null) {
            return null;
        }
        Object name = session.getSession().getAttribute(ATTRIBUTE);
        session.getSession().removeAttribute(ATTRIBUTE);
        return name instanceof String text ? text : null;
    }
}
