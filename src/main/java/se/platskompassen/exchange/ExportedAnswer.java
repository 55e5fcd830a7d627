package se.platskompassen.exchange;

import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * One theme of a response as exported: a score or a skip (null), the two comments, and, when the
 * dialogue has the Climate Lens and the climate question was shown, the climate answer (decision 0038).
 */
public record ExportedAnswer(Theme theme, @Nullable Integer score, @Nullable String worksWell,
        @Nullable String couldBeBetter, @Nullable Climate climate) {

    /** An answer without a climate answer (a dialogue without the lens, or the question not shown). */
    public ExportedAnswer(Theme theme, @Nullable Integer score, @Nullable String worksWell,
            @Nullable String couldBeBetter) {
        this(theme, score, worksWell, couldBeBetter, null);
    }

    public boolean skipped() {
        return score == null;
    }

    /** The climate score, or null when the climate question was skipped or not shown. */
    public @Nullable Integer climateScore() {
        return climate == null ? null : climate.score();
    }

    /** True when the climate question was shown and skipped, false when scored, null when not shown. */
    public @Nullable Boolean climateSkipped() {
        return climate == null ? null : climate.score() == null;
    }

    ExportedAnswer withClimate(Climate given) {
        return new ExportedAnswer(theme, score, worksWell, couldBeBetter, given);
    }

    /** The climate question's answer: a score, or null for a skip. */
    public record Climate(@Nullable Integer score) {
    }
}
