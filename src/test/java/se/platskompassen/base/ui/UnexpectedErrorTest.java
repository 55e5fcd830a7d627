package se.platskompassen.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import se.platskompassen.testing.KaribuTest;

/**
 * An unexpected error on a resident's page stays on the screen until the person closes it: a
 * message that vanishes after six seconds is lost to someone who reads slowly or listens to a
 * screen reader.
 */
class UnexpectedErrorTest extends KaribuTest {

    @Test
    void the_message_stays_until_it_is_closed_and_is_read_out() {
        navigate("d/demo-vuxen");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("test")));

        Notification notification = _get(Notification.class);
        assertThat(notification.getDuration()).as("stays until closed").isZero();
        assertThat(notification.getElement().getAttribute("role")).isEqualTo("alert");
        Button close = _get(notification, Button.class, spec -> spec.withText("Stäng"));
        close.click();
        assertThat(notification.isOpened()).isFalse();
        NotificationsKt.clearNotifications();
    }
}
