package se.platskompassen.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * A group's figures after the small-group rule: every hidden theme is emptied in {@link #counts()}
 * and {@link #figures()} (a chart drawn from them shows a gap there), and says why it is hidden.
 * The number of respondents is hidden on the same terms.
 */
public final class ProtectedFigures {

    private final ScoreCounts counts;
    private final GroupFigures figures;
    private final long respondents;
    private final @Nullable Hidden respondentsHidden;
    private final Map<Theme, Hidden> hidden;

    ProtectedFigures(ScoreCounts counts, GroupFigures figures, long respondents, @Nullable Hidden respondentsHidden,
            Map<Theme, Hidden> hidden) {
        this.counts = counts;
        this.figures = figures;
        this.respondents = respondents;
        this.respondentsHidden = respondentsHidden;
        this.hidden = hidden.isEmpty() ? Map.of() : new EnumMap<>(hidden);
    }

    public Scale scale() {
        return counts.scale();
    }

    /** The counts that may be shown: hidden themes hold no answers. */
    public ScoreCounts counts() {
        return counts;
    }

    /** Median, quartiles and n per theme from {@link #counts()}: hidden themes have none. */
    public GroupFigures figures() {
        return figures;
    }

    public ProtectedThemeFigures cell(Theme theme) {
        return new ProtectedThemeFigures(figures.theme(theme), hidden.get(theme));
    }

    public boolean isHidden(Theme theme) {
        return hidden.containsKey(theme);
    }

    public Optional<Hidden> whyHidden(Theme theme) {
        return Optional.ofNullable(hidden.get(theme));
    }

    public boolean anyHidden() {
        return !hidden.isEmpty() || respondentsHidden != null;
    }

    /** The number of respondents, unless it is hidden. */
    public OptionalLong respondents() {
        return respondentsHidden == null ? OptionalLong.of(respondents) : OptionalLong.empty();
    }

    public @Nullable Hidden respondentsHidden() {
        return respondentsHidden;
    }

    /** Whether the whole group is hidden (its respondents are). */
    public boolean isHidden() {
        return respondentsHidden != null;
    }
}
