package se.platskompassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Unexpected errors are logged in full and shown to the person as a calm, translated message. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification notification = Notification.show(ui.getTranslation("error.unexpected"), 6000,
                            Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.ERROR);
                });
            }
        }));
    }
}
