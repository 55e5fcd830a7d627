package se.platskompassen.figures;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * A group's figures for one theme. Median and quartiles follow the rule in {@link Figures}; they
 * are null when nobody scored the theme. {@code shares} holds the share of each step, lowest
 * first; the mean is for exports only, the compass uses the median.
 */
public record ThemeFigures(
        Theme theme,
        long answered,
        long skipped,
        @Nullable Double median,
        @Nullable Double lowerQuartile,
        @Nullable Double upperQuartile,
        @Nullable Double mean,
        List<Double> shares,
        @Nullable Double normalisedMedian) {

    public ThemeFigures {
        shares = List.copyOf(shares);
    }

    public boolean hasScores() {
        return answered > 0;
    }
}
