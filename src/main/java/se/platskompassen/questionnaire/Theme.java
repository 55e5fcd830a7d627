package se.platskompassen.questionnaire;

import java.util.Optional;

/**
 * The fourteen themes of the Place Standard, in their fixed order. Responses refer to a theme by
 * its {@link #code()}, never by its text; names and questions come from the questionnaire data.
 */
public enum Theme {
    MOVING_AROUND,
    PUBLIC_TRANSPORT,
    TRAFFIC_PARKING,
    STREETS_SPACES,
    NATURAL_SPACE,
    PLAY_RECREATION,
    FACILITIES_SERVICES,
    WORK_ECONOMY,
    HOUSING_COMMUNITY,
    SOCIAL_CONTACT,
    IDENTITY_BELONGING,
    FEELING_SAFE,
    CARE_MAINTENANCE,
    INFLUENCE_CONTROL;

    public static final int COUNT = 14;

    public String code() {
        return name();
    }

    /** Position in the compass, 1 to 14. */
    public int number() {
        return ordinal() + 1;
    }

    public static Optional<Theme> fromCode(String code) {
        for (Theme theme : values()) {
            if (theme.name().equals(code)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
