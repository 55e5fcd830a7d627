package se.platskompassen.response;

import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/** What a respondent gives for one theme: a score, or a skip when {@code score} is null. */
public record AnswerInput(Theme theme, @Nullable Integer score, @Nullable String worksWell,
        @Nullable String couldBeBetter) {

    public AnswerInput {
        worksWell = CommentText.cleanWithinLimit(worksWell);
        couldBeBetter = CommentText.cleanWithinLimit(couldBeBetter);
    }

    public static AnswerInput scored(Theme theme, int score) {
        return new AnswerInput(theme, score, null, null);
    }

    public static AnswerInput skipped(Theme theme) {
        return new AnswerInput(theme, null, null, null);
    }

    public boolean isSkipped() {
        return score == null;
    }

    /** Throws unless the score is a step of the scale (or a skip): nothing off the scale is stored. */
    void requireOnScale(Scale scale) {
        if (score != null && !scale.contains(score)) {
            throw new IllegalArgumentException("Score " + score + " for " + theme.code() + " is off the scale "
                    + scale.min() + "–" + scale.max());
        }
    }
}
