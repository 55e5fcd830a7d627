package se.platskompassen.report;

import java.util.List;
import se.platskompassen.questionnaire.Theme;

/**
 * The comments of one theme that a report prints: up to a fixed number of each kind, and how many
 * there are in all.
 */
record ThemeComments(Theme theme, List<String> worksWell, long worksWellTotal, List<String> couldBeBetter,
        long couldBeBetterTotal) {

    ThemeComments {
        worksWell = List.copyOf(worksWell);
        couldBeBetter = List.copyOf(couldBeBetter);
    }

    long total() {
        return worksWellTotal + couldBeBetterTotal;
    }

    int shown() {
        return worksWell.size() + couldBeBetter.size();
    }
}
