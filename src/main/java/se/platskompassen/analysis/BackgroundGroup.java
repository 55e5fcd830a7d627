package se.platskompassen.analysis;

import java.util.Locale;
import java.util.Optional;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;
import se.platskompassen.response.Relation;

/**
 * A background group of respondents: those who gave one answer to one of the optional background
 * questions (age band, gender, relation to the place, area), or who answered in one language. A
 * language group's value is the language's BCP 47 code ({@code sv-x-easy}), as responses record it.
 */
public record BackgroundGroup(Dimension dimension, String value) {

    /** The background questions; {@code column} is the response column it is stored in. */
    public enum Dimension {
        AGE_BAND("age_band"),
        GENDER("gender"),
        RELATION("relation"),
        AREA("area"),
        LANGUAGE("language");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    public BackgroundGroup {
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("A background group needs a value");
        }
        if (dimension == Dimension.LANGUAGE) {
            String given = value;
            value = Language.fromCode(given).map(Language::code)
                    .orElseThrow(() -> new IllegalArgumentException("No language called " + given));
        } else if (dimension != Dimension.AREA) {
            requireKnown(dimension, value);
        }
    }

    public static BackgroundGroup of(AgeBand ageBand) {
        return new BackgroundGroup(Dimension.AGE_BAND, ageBand.name());
    }

    public static BackgroundGroup of(Gender gender) {
        return new BackgroundGroup(Dimension.GENDER, gender.name());
    }

    public static BackgroundGroup of(Relation relation) {
        return new BackgroundGroup(Dimension.RELATION, relation.name());
    }

    public static BackgroundGroup of(Language language) {
        return new BackgroundGroup(Dimension.LANGUAGE, language.code());
    }

    public static BackgroundGroup area(String area) {
        return new BackgroundGroup(Dimension.AREA, area.strip());
    }

    /**
     * Reads {@code AGE_BAND:AGE_65_79}, {@code AREA:Norra Norrbacka}, {@code LANGUAGE:sv-x-easy} and the
     * like; empty when it is none.
     */
    public static Optional<BackgroundGroup> parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            Dimension dimension = Dimension.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
            return Optional.of(new BackgroundGroup(dimension, text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return dimension.name() + ":" + value;
    }

    private static void requireKnown(Dimension dimension, String value) {
        Class<? extends Enum<?>> type = switch (dimension) {
            case AGE_BAND -> AgeBand.class;
            case GENDER -> Gender.class;
            case RELATION -> Relation.class;
            case AREA, LANGUAGE -> throw new IllegalStateException();
        };
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return;
            }
        }
        throw new IllegalArgumentException("No " + dimension + " called " + value);
    }
}
