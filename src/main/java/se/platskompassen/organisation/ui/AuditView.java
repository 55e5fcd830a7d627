package se.platskompassen.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.platskompassen.audit.AuditEvent;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.organisation.AuditReader;
import se.platskompassen.organisation.Role;

/** The audit log: an organisation admin sees their organisation's events, a network admin all. */
@Route(value = "audit", layout = MainLayout.class)
@Menu(order = 110, title = "nav.audit", icon = "vaadin:list-ul")
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.NETWORK_ADMIN_NAME})
class AuditView extends StaffPage {

    AuditView(AuditReader audit, Clock clock) {
        setHeading(getTranslation("audit.title"));
        setLead(getTranslation("audit.lead"));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(clock.getZone());
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(event -> when.format(event.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(event -> getTranslation("audit.action." + event.action().name()))
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(event -> event.details() == null ? "" : event.details()).setHeader(getTranslation("audit.details"))
                .setFlexGrow(1);
        grid.setItems(query -> audit.page(query.getPage(), query.getPageSize()).stream());
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addClassName("audit-grid");
        addContent(grid);
    }
}
