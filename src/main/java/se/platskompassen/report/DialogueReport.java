package se.platskompassen.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.discussion.Discussion;
import se.platskompassen.questionnaire.Version;

/**
 * Everything the report of one dialogue prints, gathered and protected before the first byte is
 * written.
 *
 * @param opens the day the dialogue opens or opened, when it was set
 * @param closes the day it closes or closed, when it was set
 * @param comments per theme in theme order; empty when {@code commentsHidden}
 * @param commentsHidden whether the dialogue has too few respondents for its comments to be printed
 */
record DialogueReport(String organisation, String place, String title, Version version, @Nullable LocalDate opens,
        @Nullable LocalDate closes, LocalDate created, LocalDate reportDate, ReportSeries group,
        Discussion discussion, List<ThemeComments> comments, boolean commentsHidden, int minGroupSize,
        List<String> themeNames, @Nullable ReportSeries climate) {

    DialogueReport {
        comments = List.copyOf(comments);
        themeNames = List.copyOf(themeNames);
    }
}
