package se.platskompassen.questionnaire;

import java.util.Locale;
import java.util.Optional;

/** The three versions of the questionnaire; they share the theme codes but not the scale. */
public enum Version {
    VUXEN(Scale.SEVEN_STEPS),
    UNGDOM(Scale.SEVEN_STEPS),
    BARN(Scale.THREE_STEPS);

    private final Scale scale;

    Version(Scale scale) {
        this.scale = scale;
    }

    public Scale scale() {
        return scale;
    }

    /** The lower-case id used in file names and URLs, e.g. {@code vuxen}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Version> fromId(String id) {
        for (Version version : values()) {
            if (version.id().equalsIgnoreCase(id)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }
}
