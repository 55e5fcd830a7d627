package se.platskompassen.organisation;

import java.util.EnumSet;
import java.util.Set;

/** What a staff member may do. A network admin belongs to no organisation; everyone else to one. */
public enum Role {
    /** Manages organisations and their admins; sees no organisation's results. */
    NETWORK_ADMIN(EnumSet.of(Permission.MANAGE_ORGANISATIONS, Permission.VIEW_AUDIT, Permission.MANAGE_LANGUAGE_PACKS)),
    /** Everything in their own organisation, staff and privacy included. */
    ORGANISATION_ADMIN(EnumSet.of(Permission.READ_RESULTS, Permission.RUN_DIALOGUES, Permission.EXPORT,
            Permission.MANAGE_STAFF, Permission.MANAGE_PRIVACY, Permission.VIEW_AUDIT, Permission.MANAGE_API_TOKENS)),
    /** Runs dialogues at the organisation's places. */
    FACILITATOR(EnumSet.of(Permission.READ_RESULTS, Permission.RUN_DIALOGUES, Permission.EXPORT)),
    /** Reads results and exports them; changes nothing. */
    ANALYST(EnumSet.of(Permission.READ_RESULTS, Permission.EXPORT)),
    /** A BI tool with an API token of scope "figures": places, dialogues and protected figures. Never a staff account. */
    API_FIGURES(EnumSet.of(Permission.READ_RESULTS)),
    /** A BI tool with an API token of scope "responses": single responses too. Never a staff account. */
    API_RESPONSES(EnumSet.of(Permission.READ_RESULTS, Permission.EXPORT));

    /** The names for {@code @RolesAllowed}, which Spring Security sees as {@code ROLE_…} authorities. */
    public static final String NETWORK_ADMIN_NAME = "NETWORK_ADMIN";
    public static final String ORGANISATION_ADMIN_NAME = "ORGANISATION_ADMIN";
    public static final String FACILITATOR_NAME = "FACILITATOR";
    public static final String ANALYST_NAME = "ANALYST";

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean belongsToOrganisation() {
        return this != NETWORK_ADMIN;
    }

    /** Whether a staff account may have this role: not the API clients' roles. */
    public boolean isStaffRole() {
        return this != API_FIGURES && this != API_RESPONSES;
    }
}
