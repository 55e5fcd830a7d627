package se.platskompassen.discussion;

import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/** What the group recorded for one theme; a theme nobody has touched has the empty outcome. */
public record ThemeOutcome(Theme theme, @Nullable Integer agreedScore, @Nullable String notes, boolean priority) {

    public static final int MAX_NOTES = 2000;

    static ThemeOutcome empty(Theme theme) {
        return new ThemeOutcome(theme, null, null, false);
    }
}
