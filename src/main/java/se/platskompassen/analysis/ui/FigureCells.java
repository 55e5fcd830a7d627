package se.platskompassen.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import se.platskompassen.analysis.Change.Direction;
import se.platskompassen.analysis.Change;
import se.platskompassen.analysis.Hidden;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.ProtectedThemeFigures;
import se.platskompassen.figures.Figures;

/**
 * How the planners' figures read on every staff page: a median is always written as a number,
 * a hidden figure says why ("färre än 5 svar"), and the heat level is only an extra cue for
 * those who see colour (docs/decisions/0013-small-groups.md).
 */
public final class FigureCells {

    /** Heat levels from "much to improve" (1) to "little to improve" (5). */
    public static final int LEVELS = 5;

    private FigureCells() {
    }

    /** The median as people write it, "–" when nobody scored the theme, or why it is hidden. */
    public static String median(Component in, ProtectedThemeFigures cell, int minimum) {
        if (cell.hidden() != null) {
            return hidden(in, cell.hidden(), minimum);
        }
        return Figures.format(cell.median(), locale(in));
    }

    /** Why a figure is hidden, with the organisation's minimum. */
    public static String hidden(Component in, Hidden why, int minimum) {
        return in.getTranslation("analysis.hidden." + why.name(), minimum);
    }

    /** The number of respondents, or why it is hidden. */
    public static String respondents(Component in, ProtectedFigures figures, int minimum) {
        OptionalLong count = figures.respondents();
        Hidden why = figures.respondentsHidden();
        return count.isPresent() || why == null ? String.valueOf(count.orElse(0)) : hidden(in, why, minimum);
    }

    /**
     * A CSS name for the cell's heat: {@code heat-1} … {@code heat-5} by the median's position on
     * its scale, {@code heat-hidden}, or {@code heat-none} without a median.
     */
    public static String heat(ProtectedThemeFigures cell) {
        if (cell.isHidden()) {
            return "heat-hidden";
        }
        Double position = cell.figures().normalisedMedian();
        if (!cell.hasMedian() || position == null) {
            return "heat-none";
        }
        return "heat-" + Math.min(LEVELS, 1 + (int) Math.floor(position * LEVELS));
    }

    /** A change in words, for the table and for screen readers: "upp 1,5", "oförändrad", or why it is hidden. */
    public static String change(Component in, Change change, int minimum) {
        if (change.hidden() != null) {
            return hidden(in, change.hidden(), minimum);
        }
        Change.Direction direction = change.direction();
        Double difference = change.difference();
        if (direction == null || difference == null) {
            return in.getTranslation("analysis.change.missing");
        }
        return in.getTranslation("analysis.change." + direction.name(),
                Figures.format(Math.abs(difference), locale(in)));
    }

    private static Locale locale(Component in) {
        return in.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale());
    }

    /** The arrow beside a change: decorative, the words say the same. */
    public static String arrow(@Nullable Direction direction) {
        if (direction == null) {
            return "";
        }
        return switch (direction) {
            case UP -> "\u2191";
            case DOWN -> "\u2193";
            case SAME -> "=";
        };
    }
}
