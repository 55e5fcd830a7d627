package se.platskompassen.figures;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * How many answers gave each score to each theme, and how many skipped it: everything the group
 * figures need. The database counts; nothing here ever sees an answer row.
 */
public final class ScoreCounts {

    private final Scale scale;
    private final long[][] counts;
    private final long[] skipped;
    private final long respondents;

    private ScoreCounts(Scale scale, long[][] counts, long[] skipped, long respondents) {
        this.scale = scale;
        this.counts = counts;
        this.skipped = skipped;
        this.respondents = respondents;
    }

    public static Builder on(Scale scale) {
        return new Builder(scale);
    }

    public Scale scale() {
        return scale;
    }

    /** Number of answers that gave this score to this theme. */
    public long count(Theme theme, int score) {
        return scale.contains(score) ? counts[theme.ordinal()][score - scale.min()] : 0;
    }

    public long skipped(Theme theme) {
        return skipped[theme.ordinal()];
    }

    public long answered(Theme theme) {
        return Arrays.stream(counts[theme.ordinal()]).sum();
    }

    /** Distinct respondents behind these counts (0 when not given). */
    public long respondents() {
        return respondents;
    }

    /**
     * These counts with every theme that fewer than {@code minAnswers} scored left empty, so that
     * a handful of answers cannot be traced back to the people who gave them.
     */
    public ScoreCounts withoutThemesBelow(int minAnswers) {
        long[][] kept = new long[Theme.COUNT][];
        for (Theme theme : Theme.values()) {
            kept[theme.ordinal()] = answered(theme) >= minAnswers ? counts[theme.ordinal()].clone()
                    : new long[scale.steps()];
        }
        return new ScoreCounts(scale, kept, skipped.clone(), respondents);
    }

    long[] countsOf(Theme theme) {
        return counts[theme.ordinal()].clone();
    }

    /**
     * One row of a {@code GROUP BY theme, score} count query: a theme by its stored code, a score
     * (null = skipped) and how many answers gave it.
     */
    public interface Row {

        String themeCode();

        @Nullable Integer score();

        long answers();
    }

    /** Collects counts row by row, e.g. from a {@code GROUP BY theme, score} query. */
    public static final class Builder {

        private final Scale scale;
        private final long[][] counts;
        private final long[] skipped = new long[Theme.COUNT];
        private long respondents;

        private Builder(Scale scale) {
            this.scale = scale;
            this.counts = new long[Theme.COUNT][scale.steps()];
        }

        /** Adds {@code count} answers with this score; a null score means skipped. */
        public Builder add(Theme theme, @Nullable Integer score, long count) {
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative");
            }
            if (score == null) {
                skipped[theme.ordinal()] += count;
            } else if (scale.contains(score)) {
                counts[theme.ordinal()][score - scale.min()] += count;
            } else {
                throw new IllegalArgumentException("Score " + score + " is off the scale " + scale);
            }
            return this;
        }

        /** Adds a count row; a theme code this version of the app does not know is left out. */
        public Builder add(Row row) {
            Theme.fromCode(row.themeCode()).ifPresent(theme -> add(theme, row.score(), row.answers()));
            return this;
        }

        public Builder addAll(Iterable<? extends Row> rows) {
            rows.forEach(this::add);
            return this;
        }

        public Builder respondents(long respondents) {
            this.respondents = respondents;
            return this;
        }

        public ScoreCounts build() {
            long[][] copy = new long[Theme.COUNT][];
            for (int i = 0; i < Theme.COUNT; i++) {
                copy[i] = counts[i].clone();
            }
            return new ScoreCounts(scale, copy, skipped.clone(), respondents);
        }
    }
}
