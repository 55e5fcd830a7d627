package se.platskompassen.results;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.discussion.Discussion;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;

/**
 * Everything the public results page of one dialogue shows, read before the page is drawn; the
 * staff preview shows the very same. The figures have passed the organisation's small-group rule
 * exactly as on the staff pages; when the whole group is too small there are no figures and no
 * comments at all.
 *
 * @param started the day the dialogue opened (or was created)
 * @param ended the day it closed, if it has
 * @param comments the comments staff chose, in theme order; empty when the group is too small
 */
public record PublicResults(String joinCode, String placeName, String dialogueTitle, Version version,
        @Nullable LocalDate started, @Nullable LocalDate ended, Set<Language> languages, ProtectedFigures figures,
        int minGroupSize, Discussion discussion, List<PublishedComment> comments) {

    public PublicResults {
        // Swedish first, then the order languages are offered in everywhere
        languages = Collections.unmodifiableSet(EnumSet.copyOf(languages));
        comments = List.copyOf(comments);
    }

    /** Whether the group is too small to show any figure. */
    public boolean groupTooSmall() {
        return figures.isHidden();
    }

    /** The themes the group recorded something about (an agreed score, notes or a priority), in theme order. */
    public List<Theme> agreedThemes() {
        return discussion.outcomes().values().stream()
                .filter(o -> o.agreedScore() != null || o.notes() != null || o.priority())
                .map(o -> o.theme()).sorted().toList();
    }
}
