package se.platskompassen.live;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.platskompassen.questionnaire.Theme;

/**
 * When the projector's picture of a dialogue may change, so that no change can be pinned on the
 * person who just put the tablet down. Pure: decided from counts alone, so every instance that
 * reads the same counts decides the same.
 *
 * <p>A theme's picture may only move to a new release when the difference from the last one holds
 * at least the minimum of answers: at least {@code minimum} of its answers were saved (new or
 * changed) since, or the theme showed nothing before (fewer than {@code minimum} scores, so it
 * either still shows nothing or shows a whole group), or answers were taken away (a staff member
 * deleted responses). The automatic release changes the whole picture at once and only when no
 * theme holds a smaller remainder; the facilitator's "show" releases every theme that may change
 * and leaves the others waiting.
 */
final class ReleaseRule {

    private final int minimum;

    ReleaseRule(int minimum) {
        this.minimum = Math.max(1, minimum);
    }

    int minimum() {
        return minimum;
    }

    /**
     * One theme now: {@code answers} saved in all, {@code waiting} of them saved since the last
     * release; the last release held {@code released} answers of which {@code releasedScores} scored.
     */
    record ThemeState(long answers, long waiting, long released, long releasedScores) {

        boolean unchanged() {
            return waiting == 0 && answers == released;
        }
    }

    boolean mayChange(ThemeState theme) {
        return !theme.unchanged()
                && (theme.waiting() >= minimum || theme.releasedScores() < minimum || theme.answers() < theme.released());
    }

    /** The themes to release on their own, after a save: all that changed, or none while one holds too few. */
    Set<Theme> automatic(Map<Theme, ThemeState> themes) {
        Set<Theme> ready = onShow(themes);
        boolean blocked = themes.values().stream().anyMatch(theme -> !theme.unchanged() && !mayChange(theme));
        return blocked ? EnumSet.noneOf(Theme.class) : ready;
    }

    /** The themes to release when the facilitator asks: every one that may change. */
    Set<Theme> onShow(Map<Theme, ThemeState> themes) {
        Set<Theme> ready = EnumSet.noneOf(Theme.class);
        themes.forEach((theme, state) -> {
            if (mayChange(state)) {
                ready.add(theme);
            }
        });
        return ready;
    }
}
