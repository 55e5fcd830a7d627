package se.platskompassen.exchange;

import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/** One theme of a response as exported: a score or a skip (null), and the two comments. */
public record ExportedAnswer(Theme theme, @Nullable Integer score, @Nullable String worksWell,
        @Nullable String couldBeBetter) {

    public boolean skipped() {
        return score == null;
    }
}
