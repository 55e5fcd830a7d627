package se.platskompassen.analysis;

import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * A figure derived from two others, such as the change of a theme's median since the previous
 * dialogue. It is hidden whenever either side is hidden, and missing when either side has no
 * median. Medians on different scales are compared on their normalised positions.
 *
 * @param difference after minus before: on the scale's steps when both share a scale, otherwise
 *     in normalised positions (0–1); null when hidden or missing
 */
public record Change(Theme theme, ProtectedThemeFigures before, ProtectedThemeFigures after, @Nullable Direction direction,
        @Nullable Double difference, @Nullable Hidden hidden) {

    public enum Direction {
        UP,
        DOWN,
        SAME
    }

    public boolean isHidden() {
        return hidden != null;
    }
}
