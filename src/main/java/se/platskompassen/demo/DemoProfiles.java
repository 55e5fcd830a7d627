package se.platskompassen.demo;

import java.util.EnumMap;
import java.util.Map;
import se.platskompassen.questionnaire.Theme;

/**
 * How each demo place is rated on a 1–7 scale, before the differences between groups and the
 * noise between people: a busy centre, a 1970s suburb that improved between the two years, and
 * a village.
 */
final class DemoProfiles {

    private DemoProfiles() {
    }

    static final Map<Theme, Double> CENTRE = profile(5, 6, 3, 5, 3, 3, 6, 5, 4, 5, 5, 4, 4, 3);
    static final Map<Theme, Double> SUBURB_BEFORE = profile(4, 3, 4, 3, 5, 4, 3, 3, 3, 4, 3, 2, 2, 2);
    static final Map<Theme, Double> SUBURB_AFTER = profile(4, 4.2, 4, 4, 5, 4, 3, 3, 3.4, 4.4, 3.6, 3.2, 4, 3);
    static final Map<Theme, Double> VILLAGE = profile(3, 2, 4, 4, 6.6, 4, 2, 3, 5, 5, 6, 6, 5, 4);

    private static Map<Theme, Double> profile(double... medians) {
        Map<Theme, Double> profile = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            profile.put(theme, medians[theme.ordinal()]);
        }
        return Map.copyOf(profile);
    }
}
