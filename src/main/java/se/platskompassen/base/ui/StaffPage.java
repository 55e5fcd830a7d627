package se.platskompassen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.LongFunction;

/** The body of a staff page: one main heading, an optional lead, then the page's own content. */
public abstract class StaffPage extends Main implements HasDynamicTitle {

    private final H1 heading = new H1();
    private final Div content = new Div();

    protected StaffPage() {
        addClassName("staff-page");
        content.addClassName("staff-content");
        add(heading, content);
    }

    protected void setHeading(String text) {
        heading.setText(text);
    }

    protected void setLead(String text) {
        Paragraph lead = new Paragraph(text);
        lead.addClassName("staff-lead");
        addComponentAtIndex(1, lead);
    }

    protected void addContent(Component... components) {
        content.add(components);
    }

    protected void clearContent() {
        content.removeAll();
    }

    /**
     * What the address names by the id in route parameter {@code parameter}, looked up with
     * {@code find}; when it names nothing the member may see — no such id, another organisation's
     * id, or no number at all — the not-found page is shown instead and the result is empty.
     */
    protected static <T> Optional<T> findOrNotFound(BeforeEnterEvent event, String parameter,
            LongFunction<Optional<T>> find) {
        Optional<T> found = event.getRouteParameters().get(parameter).flatMap(StaffPage::number)
                .flatMap(find::apply);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return found;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – Platskompassen";
    }

    protected void notifySuccess(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    protected void notifyError(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
