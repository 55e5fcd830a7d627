package se.platskompassen.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * Group figures from counts. Scores are ordinal whole numbers, so one rule is used everywhere:
 * <ul>
 *   <li><b>Median:</b> the middle answer when the answers are put in order; with an even number
 *   of answers, the mean of the two middle ones (so it may fall half-way between two steps).</li>
 *   <li><b>Quartiles (Tukey's hinges):</b> the lower quartile is the median of the lower half of
 *   the ordered answers, the upper quartile the median of the upper half; with an odd number of
 *   answers the middle answer belongs to both halves. Like the median, they are whole or
 *   half steps.</li>
 *   <li>A theme nobody scored has no median, quartiles or mean; skips are never scores.</li>
 * </ul>
 * Everything is read from the counts: the k-th answer in order is the lowest score whose running
 * count reaches k.
 */
public final class Figures {

    private Figures() {
    }

    public static GroupFigures of(ScoreCounts counts) {
        List<ThemeFigures> themes = new ArrayList<>(Theme.COUNT);
        for (Theme theme : Theme.values()) {
            themes.add(of(theme, counts));
        }
        return new GroupFigures(counts.scale(), counts.respondents(), themes);
    }

    static ThemeFigures of(Theme theme, ScoreCounts counts) {
        Scale scale = counts.scale();
        long[] perStep = counts.countsOf(theme);
        long n = 0;
        long sum = 0;
        for (int step = 0; step < perStep.length; step++) {
            n += perStep[step];
            sum += perStep[step] * (step + scale.min());
        }
        List<Double> shares = new ArrayList<>(perStep.length);
        for (long count : perStep) {
            shares.add(n == 0 ? 0.0 : (double) count / n);
        }
        if (n == 0) {
            return new ThemeFigures(theme, 0, counts.skipped(theme), null, null, null, null, shares, null);
        }
        double median = medianOfPositions(perStep, scale, 1, n);
        long half = (n + 1) / 2;
        double lower = medianOfPositions(perStep, scale, 1, half);
        double upper = medianOfPositions(perStep, scale, n - half + 1, n);
        return new ThemeFigures(theme, n, counts.skipped(theme), median, lower, upper, (double) sum / n, shares,
                scale.normalise(median));
    }

    /** The median of the answers at positions {@code from..to} (1-based, inclusive) in order. */
    private static double medianOfPositions(long[] perStep, Scale scale, long from, long to) {
        long size = to - from + 1;
        long middle = from + (size - 1) / 2;
        if (size % 2 == 1) {
            return valueAt(perStep, scale, middle);
        }
        return (valueAt(perStep, scale, middle) + valueAt(perStep, scale, middle + 1)) / 2.0;
    }

    /** The score of the k-th answer (1-based) in order. */
    private static int valueAt(long[] perStep, Scale scale, long k) {
        long running = 0;
        for (int step = 0; step < perStep.length; step++) {
            running += perStep[step];
            if (running >= k) {
                return step + scale.min();
            }
        }
        throw new IllegalArgumentException("Position " + k + " is beyond the answers");
    }

    /** A whole or half step as people write it: 4, 4,5 (Swedish) or 4.5. */
    public static String format(@Nullable Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        if (value == Math.rint(value)) {
            return String.valueOf(value.longValue());
        }
        return String.format(locale, "%.1f", value);
    }
}
