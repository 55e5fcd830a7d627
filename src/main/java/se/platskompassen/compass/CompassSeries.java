package se.platskompassen.compass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * One shape on the compass: a value per theme in theme order (null where there is no answer),
 * and for a group the band from lower to upper quartile and the number of answers per theme.
 *
 * @param marksGaps whether a theme without a value is marked "no answer" on the rim; not for a
 *     group's agreed scores, where a theme without one was simply not (yet) discussed
 */
public record CompassSeries(String label, List<@Nullable Double> values, @Nullable List<@Nullable Double> lower,
        @Nullable List<@Nullable Double> upper, @Nullable List<Long> answered, boolean marksGaps) {

    public CompassSeries {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        lower = lower == null ? null : Collections.unmodifiableList(new ArrayList<>(lower));
        upper = upper == null ? null : Collections.unmodifiableList(new ArrayList<>(upper));
        answered = answered == null ? null : List.copyOf(answered);
        if (values.size() != Theme.COUNT || (lower != null && lower.size() != Theme.COUNT)
                || (upper != null && upper.size() != Theme.COUNT)) {
            throw new IllegalArgumentException("A series has one value per theme");
        }
    }

    /** One person's scores; a missing theme is "no answer". */
    public static CompassSeries scores(String label, Map<Theme, Integer> scores) {
        return new CompassSeries(label, values(scores), null, null, null, true);
    }

    /** The scores a group agreed on; a theme without one is left unmarked (not discussed, not "no answer"). */
    public static CompassSeries agreed(String label, Map<Theme, Integer> scores) {
        return new CompassSeries(label, values(scores), null, null, null, false);
    }

    /**
     * Scores to optional questions (the Climate Lens): a theme without one was left out on purpose,
     * so it is not marked "no answer" on the rim.
     */
    public static CompassSeries optional(String label, Map<Theme, Integer> scores) {
        return new CompassSeries(label, values(scores), null, null, null, false);
    }

    private static List<@Nullable Double> values(Map<Theme, Integer> scores) {
        List<@Nullable Double> values = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Integer score = scores.get(theme);
            values.add(score == null ? null : score.doubleValue());
        }
        return values;
    }

    /** A group's medians with the band between the quartiles, on the scale's own steps. */
    public static CompassSeries group(String label, GroupFigures figures) {
        return group(label, figures, value -> value);
    }

    /** A group's medians and band as positions 0–1, to compare versions with different scales. */
    public static CompassSeries groupNormalised(String label, GroupFigures figures) {
        Scale scale = figures.scale();
        return group(label, figures, scale::normalise);
    }

    private static CompassSeries group(String label, GroupFigures figures, Function<Double, Double> map) {
        List<@Nullable Double> medians = new ArrayList<>();
        List<@Nullable Double> lower = new ArrayList<>();
        List<@Nullable Double> upper = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        for (ThemeFigures theme : figures.themes()) {
            medians.add(theme.median() == null ? null : map.apply(theme.median()));
            lower.add(theme.lowerQuartile() == null ? null : map.apply(theme.lowerQuartile()));
            upper.add(theme.upperQuartile() == null ? null : map.apply(theme.upperQuartile()));
            answered.add(theme.answered());
        }
        return new CompassSeries(label, medians, lower, upper, answered, true);
    }

    public boolean hasBand() {
        return lower != null && upper != null;
    }

    public @Nullable Double value(Theme theme) {
        return values.get(theme.ordinal());
    }

    public boolean hasGaps() {
        return values.stream().anyMatch(value -> value == null);
    }

    /** Whether the compass marks "no answer" somewhere on this series' rim. */
    public boolean showsGaps() {
        return marksGaps && hasGaps();
    }
}
