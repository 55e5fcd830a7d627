package se.platskompassen.organisation.ui;

/** The addresses of the organisation's staff pages, for links from the features above it. */
public final class OrganisationLinks {

    /**
     * Where staff land after signing in. An address rather than the page's class: the sign-in page
     * uses it, and every first visit loads what the sign-in page reaches; the class would bring
     * the staff layout and its icons along (decision 0025).
     */
    static final String START = "start";

    private OrganisationLinks() {
    }

    /** Where staff land after signing in. */
    public static String start() {
        return START;
    }
}
