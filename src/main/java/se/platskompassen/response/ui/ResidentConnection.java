package se.platskompassen.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.platskompassen.response.CollectionMode;

/**
 * What a resident's page keeps open on the server (decision 0027).
 *
 * <p>Every page has push (the projector, the facilitator's counts, a shared tablet that returns
 * to the start by itself and shows the closed notice while nobody touches it) except a resident's
 * own device: nothing there needs to change while its owner is not tapping, and a websocket held
 * per phone costs the server memory for every resident of a campaign. News such as a dialogue
 * closing reaches a phone with the answer to its next tap, before anything is saved. The public
 * results page ({@code /r/…}), read from a poster months later, keeps nothing open either. A page
 * opened at such an address never loads the push script; push is decided when the page's UI is made,
 * because Vaadin tells the browser then whether to load it.
 *
 * <p>A resident's session ends {@code platskompassen.resident.session-idle} (10 minutes) after
 * the browser's last request instead of the staff's 30. An open page sends a heartbeat every
 * minute ({@code vaadin.heartbeatInterval}), so only pages that are closed or asleep run out;
 * whoever comes back to an unfinished response on their own device continues it from the start
 * screen, where nothing they saved is lost. A browser that closes a tab normally tells the
 * server at once (Vaadin's unload beacon), which frees the page before the session ends.
 */
@Component
class ResidentConnection implements VaadinServiceInitListener {

    /** Pages residents open on their own phones: a dialogue's address and its published results. */
    private static final List<String> PHONE_PAGES = List.of("d", "r");

    private final Duration sessionIdle;
    private final AuthenticationContext authentication;

    ResidentConnection(@Value("${platskompassen.resident.session-idle:10m}") Duration sessionIdle,
            AuthenticationContext authentication) {
        this.sessionIdle = sessionIdle;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            String location = request == null ? null : request.getParameter("location");
            boolean ownDevice = location != null && PHONE_PAGES.contains(new Location(location).getFirstSegment());
            UI ui = init.getUI();
            ui.getPushConfiguration().setPushMode(ownDevice ? PushMode.DISABLED : PushMode.AUTOMATIC);
            // The results page only shows what was published: nothing on it changes while it is open.
            ui.addBeforeEnterListener(enter -> {
                if ("r".equals(enter.getLocation().getFirstSegment())) {
                    configure(ui, CollectionMode.OWN_DEVICE);
                }
            });
        });
    }

    /** Sets up a resident page's connection for how it collects answers; staff trying a resident page keep their session. */
    void configure(UI ui, CollectionMode mode) {
        ui.getPushConfiguration().setPushMode(mode == CollectionMode.SHARED_TABLET ? PushMode.AUTOMATIC : PushMode.DISABLED);
        VaadinSession session = ui.getSession();
        if (session != null && session.getSession() != null && !authentication.isAuthenticated()) {
            session.getSession().setMaxInactiveInterval((int) sessionIdle.toSeconds());
        }
    }
}
