package se.platskompassen.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting: a signed-in staff member, the application itself doing work for an
 * organisation (demo content, scheduled privacy work), which acts as {@link #system}, or a BI
 * tool reading through the JSON API with one of the organisation's tokens ({@link #apiClient}).
 */
public record Actor(long staffId, String username, Role role, @Nullable Long organisationId) {

    public static final long SYSTEM_ID = 0;

    /** The staff id of every API client: no staff account has it. */
    public static final long API_CLIENT_ID = -1;

    public static Actor system(@Nullable Long organisationId) {
        return new Actor(SYSTEM_ID, "system", organisationId == null ? Role.NETWORK_ADMIN : Role.ORGANISATION_ADMIN,
                organisationId);
    }

    /** A BI tool with an API token: read-only roles only, always of one organisation. */
    public static Actor apiClient(String name, Role role, long organisationId) {
        if (role != Role.API_FIGURES && role != Role.API_RESPONSES) {
            throw new IllegalArgumentException("An API client has an API role, not " + role);
        }
        return new Actor(API_CLIENT_ID, name, role, organisationId);
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }
}
