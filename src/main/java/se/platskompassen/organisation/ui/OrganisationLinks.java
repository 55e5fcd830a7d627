package se.platskompassen.organisation.ui;

import com.vaadin.flow.router.RouteConfiguration;

/** The addresses of the organisation's staff pages, for links from the features above it. */
public final class OrganisationLinks {

    private OrganisationLinks() {
    }

    /** Where staff land after signing in. */
    public static String start() {
        return RouteConfiguration.forApplicationScope().getUrl(StaffHomeView.class);
    }
}
