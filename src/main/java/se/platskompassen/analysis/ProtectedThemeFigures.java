package se.platskompassen.analysis;

import org.jspecify.annotations.Nullable;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Theme;

/**
 * One group's figures for one theme as they may be shown: {@code figures} is empty (no median,
 * no answers) whenever {@code hidden} is set, so that nothing hidden can leak by mistake.
 */
public record ProtectedThemeFigures(ThemeFigures figures, @Nullable Hidden hidden) {

    public Theme theme() {
        return figures.theme();
    }

    public boolean isHidden() {
        return hidden != null;
    }

    /** Whether there is a median to show: not hidden and scored by someone. */
    public boolean hasMedian() {
        return hidden == null && figures.median() != null;
    }

    public @Nullable Double median() {
        return hidden == null ? figures.median() : null;
    }

    /** Answers behind the figure; 0 when hidden. */
    public long answered() {
        return hidden == null ? figures.answered() : 0;
    }
}
