package se.platskompassen.population;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * A group's per-theme figures with every answer counted by its respondent's weight. The median
 * and quartiles are the weighted 50 %, 25 % and 75 % points: the lowest score whose running share
 * of the weight reaches the point, or half-way to the next score given when the share lands on it
 * exactly (with equal weights the median is the unweighted one; the quartiles may differ from
 * Tukey's hinges by half a step). {@code answered} stays the unweighted number, and a theme the
 * small-group rule hides unweighted is hidden here too (decision 0037).
 */
public final class WeightedFigures {

    /** The answers of respondents who all count {@code weight} times. */
    public record Part(ScoreCounts counts, double weight) {
    }

    private static final double EPSILON = 1e-9;

    private WeightedFigures() {
    }

    /**
     * @param parts the counts of each set of respondents sharing one weight, with that weight
     * @param unweighted the same respondents' figures after the small-group rule, unweighted
     */
    public static GroupFigures of(List<Part> parts, ProtectedFigures unweighted) {
        Scale scale = unweighted.scale();
        List<ThemeFigures> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            ThemeFigures plain = unweighted.figures().theme(theme);
            if (unweighted.isHidden(theme) || !plain.hasScores()) {
                themes.add(plain);
                continue;
            }
            double[] perStep = new double[scale.steps()];
            for (Part part : parts) {
                for (int step = 0; step < perStep.length; step++) {
                    perStep[step] += part.weight() * part.counts().count(theme, step + scale.min());
                }
            }
            themes.add(theme(theme, plain, perStep, scale));
        }
        return new GroupFigures(scale, unweighted.figures().respondents(), themes);
    }

    private static ThemeFigures theme(Theme theme, ThemeFigures plain, double[] perStep, Scale scale) {
        double total = 0;
        double sum = 0;
        for (int step = 0; step < perStep.length; step++) {
            total += perStep[step];
            sum += perStep[step] * (step + scale.min());
        }
        List<Double> shares = new ArrayList<>();
        for (double weight : perStep) {
            shares.add(weight / total);
        }
        double median = point(perStep, total, 0.5, scale);
        return new ThemeFigures(theme, plain.answered(), plain.skipped(), median, point(perStep, total, 0.25, scale),
                point(perStep, total, 0.75, scale), sum / total, shares, scale.normalise(median));
    }

    /** The weighted point {@code p} (0–1) of the distribution, in whole or half steps. */
    static double point(double[] perStep, double total, double p, Scale scale) {
        double target = p * total;
        double running = 0;
        for (int step = 0; step < perStep.length; step++) {
            running += perStep[step];
            if (perStep[step] > 0 && running >= target - EPSILON * total) {
                if (Math.abs(running - target) <= EPSILON * total) {
                    @Nullable Integer next = nextGiven(perStep, step);
                    if (next != null) {
                        return (step + next) / 2.0 + scale.min();
                    }
                }
                return step + scale.min();
            }
        }
        throw new IllegalStateException("No weight to take a point of");
    }

    private static @Nullable Integer nextGiven(double[] perStep, int after) {
        for (int step = after + 1; step < perStep.length; step++) {
            if (perStep[step] > 0) {
                return step;
            }
        }
        return null;
    }
}
