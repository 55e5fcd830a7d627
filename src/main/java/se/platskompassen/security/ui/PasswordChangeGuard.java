package se.platskompassen.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.platskompassen.organisation.StaffService;

/**
 * Someone who signed in with a one-time password goes to the password page before anything
 * else, so that the password an admin handed over stops working at once.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    /**
     * The password page's address. The guard names the page by its address, not its class: every
     * first visit loads what this guard reaches, and the class would bring the staff layout
     * along (decision 0025).
     */
    static final String PASSWORD_PAGE = "password";

    private final StaffService staff;

    PasswordChangeGuard(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == LoginView.class || PASSWORD_PAGE.equals(event.getLocation().getPath())) {
            return;
        }
        staff.me().filter(member -> member.passwordChangeRequired())
                .ifPresent(member -> event.rerouteTo(PASSWORD_PAGE));
    }
}
