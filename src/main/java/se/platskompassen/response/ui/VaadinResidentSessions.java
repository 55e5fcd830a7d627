package se.platskompassen.response.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.platskompassen.response.ResidentSession;
import se.platskompassen.response.ResidentSessions;

/**
 * A resident's browser session is their Vaadin session: the first start in it draws a random
 * marker, kept in the session's memory only, and every response started in it carries the marker.
 */
@Component
class VaadinResidentSessions implements ResidentSessions {

    @Override
    public Optional<ResidentSession> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        ResidentSession marker = session.getAttribute(ResidentSession.class);
        if (marker == null) {
            marker = ResidentSession.random();
            session.setAttribute(ResidentSession.class, marker);
        }
        return Optional.of(marker);
    }
}
