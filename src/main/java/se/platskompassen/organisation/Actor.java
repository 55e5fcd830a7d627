package se.platskompassen.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting: a signed-in staff member, or the application itself doing work for an
 * organisation (demo content, scheduled privacy work), which acts as {@link #system}.
 */
public record Actor(long staffId, String username, Role role, @Nullable Long organisationId) {

    public static final long SYSTEM_ID = 0;

    public static Actor system(@Nullable Long organisationId) {
        return new Actor(SYSTEM_ID, "system", organisationId == null ? Role.NETWORK_ADMIN : Role.ORGANISATION_ADMIN,
                organisationId);
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }
}
