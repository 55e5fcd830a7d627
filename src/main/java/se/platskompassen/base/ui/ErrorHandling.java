package se.platskompassen.base.ui;

import java.sql.SQLException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import se.platskompassen.base.DatabaseWrites;

/**
 * Unexpected errors are logged in full and shown to the person as a calm, translated message that
 * stays until they close it and is read out by screen readers: a message that vanished after a
 * few seconds was lost to slow readers and to anyone listening.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final DatabaseWrites databaseWrites;

    ErrorHandling(DatabaseWrites databaseWrites) {
        this.databaseWrites = databaseWrites;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the UI", error.getThrowable());
            if (causedByDatabase(error.getThrowable())) {
                databaseWrites.check(); // logs at once if the database has stopped taking writes
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> show(ui));
            }
        }));
    }

    private static void show(UI ui) {
        Notification notification = new Notification();
        notification.setDuration(0);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.getElement().setAttribute("role", "alert");
        Button close = new Button(ui.getTranslation("error.unexpected.close"), click -> notification.close());
        notification.add(new Span(ui.getTranslation("error.unexpected")), close);
        notification.open();
    }

    private static boolean causedByDatabase(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
