package se.platskompassen.organisation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A new staff account as an admin fills it in; network admins also say which organisation. */
public record NewStaff(String username, String displayName, Role role, @Nullable Long organisationId) {

    public static final int MAX_USERNAME = 100;
    public static final int MAX_NAME = 200;

    public NewStaff {
        username = normaliseUsername(username);
        displayName = displayName.strip();
        if (username.isEmpty() || username.length() > MAX_USERNAME || !username.matches("[a-z0-9._@+-]+")) {
            throw new IllegalArgumentException("A username has 1 to " + MAX_USERNAME
                    + " letters a–z, digits and . _ @ + -");
        }
        if (displayName.isEmpty() || displayName.length() > MAX_NAME) {
            throw new IllegalArgumentException("A name has 1 to " + MAX_NAME + " characters");
        }
    }

    /** Usernames are compared without case and surrounding space. */
    public static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
