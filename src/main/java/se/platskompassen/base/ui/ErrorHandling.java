package se.platskompassen.base.ui;

import java.sql.SQLException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import se.platskompassen.base.DatabaseWrites;

/** Unexpected errors are logged in full and shown to the person as a calm, translated message. */
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
                ui.access(() -> {
                    Notification notification = Notification.show(ui.getTranslation("error.unexpected"), 6000,
                            Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.ERROR);
                });
            }
        }));
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
