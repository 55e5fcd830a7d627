package se.platskompassen.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;

/** Where staff land after signing in: who they are, for which organisation, and where to go. */
@Route(value = OrganisationLinks.START, layout = MainLayout.class)
@Menu(order = 10, title = "nav.start", icon = "vaadin:home-o")
@PermitAll
class StaffHomeView extends StaffPage {

    StaffHomeView(TenantAccess access, OrganisationService organisations) {
        Actor actor = access.actor();
        setHeading(getTranslation("home.staff.title"));
        String organisation = actor.organisationId() == null ? getTranslation("home.staff.network")
                : organisations.mine().name();
        addContent(new Paragraph(getTranslation("home.staff.who", actor.username(),
                getTranslation("role." + actor.role().name()), organisation)));
        UnorderedList links = new UnorderedList();
        links.addClassName("staff-links");
        link(links, actor, Permission.READ_RESULTS, "places", "home.staff.places");
        link(links, actor, Permission.MANAGE_STAFF, "staff", "home.staff.staff");
        link(links, actor, Permission.MANAGE_PRIVACY, "privacy", "home.staff.privacy");
        link(links, actor, Permission.VIEW_AUDIT, "audit", "home.staff.audit");
        link(links, actor, Permission.MANAGE_ORGANISATIONS, "organisations", "home.staff.organisations");
        addContent(links);
    }

    private void link(UnorderedList links, Actor actor, Permission permission, String path, String key) {
        if (actor.may(permission) && RouteConfiguration.forApplicationScope().isPathAvailable(path)) {
            links.add(new ListItem(new Anchor(path, getTranslation(key))));
        }
    }
}
