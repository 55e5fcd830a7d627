package se.platskompassen.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Comparison;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Series;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentRow;
import se.platskompassen.comments.CommentService;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.Comment;

/**
 * Reads everything a report prints, before its first byte is written: the figures through
 * {@link AnalysisService#compare} (so they pass the organisation's small-group rule exactly as on
 * the analysis pages), the place, the discussion and a selection of comments. The caller has
 * checked the permission and read the dialogue.
 */
@Component
class ReportContents {

    /** At most this many comments of each kind per theme are printed. */
    static final int COMMENTS_PER_KIND = 3;

    private final AnalysisService analysis;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final DiscussionService discussions;
    private final CommentService comments;
    private final ReportWords words;
    private final ClimateAnswers climate;
    private final Clock clock;

    ReportContents(AnalysisService analysis, PlaceService places, OrganisationService organisations,
            DiscussionService discussions, CommentService comments, ReportWords words, ClimateAnswers climate,
            Clock clock) {
        this.analysis = analysis;
        this.places = places;
        this.organisations = organisations;
        this.discussions = discussions;
        this.comments = comments;
        this.words = words;
        this.climate = climate;
        this.clock = clock;
    }

    /** What the report of one of the organisation's dialogues prints. */
    DialogueReport of(Dialogue dialogue, Locale locale) {
        Comparison comparison = analysis.compare(Filter.DEFAULT, List.of(new Series.OfDialogue(dialogue.id())));
        SeriesFigures figures = comparison.series().getFirst();
        ReportSeries group = new ReportSeries(words.text("groupCompass.median", locale), figures.figures(),
                figures.agreed());
        boolean commentsHidden = figures.figures().isHidden();
        List<ThemeComments> selected = commentsHidden ? List.of() : comments(dialogue);
        String place = places.find(dialogue.placeId()).map(Place::name).orElse("");
        ZoneId zone = clock.getZone();
        return new DialogueReport(organisations.mine().name(), place, dialogue.title(), dialogue.version(),
                day(dialogue.opensAt(), zone), day(dialogue.closesAt(), zone), day(dialogue.createdAt(), zone),
                today(), group, discussions.of(dialogue), selected, commentsHidden, comparison.minGroupSize(),
                words.themeNames(locale), climate(dialogue, locale));
    }

    /** The Climate Lens' figures as a series of their own, after the small-group rule on their own counts (decision 0038). */
    private @Nullable ReportSeries climate(Dialogue dialogue, Locale locale) {
        if (!dialogue.climateLens()) {
            return null;
        }
        return new ReportSeries(words.text("groupCompass.climate", locale),
                analysis.smallGroups().protect(climate.scoreCounts(dialogue)), Map.of());
    }

    /** What the report of up to four series compared within the filter prints. */
    ComparisonReport of(Filter filter, List<Series> series, Locale locale) {
        Comparison comparison = analysis.compare(filter, series);
        List<ReportSeries> shown = new ArrayList<>();
        for (SeriesFigures figures : comparison.series()) {
            shown.add(new ReportSeries(words.label(figures, locale), figures.figures(), figures.agreed()));
        }
        return new ComparisonReport(organisations.mine().name(), words.describe(filter, locale), shown,
                comparison.normalised(), comparison.minGroupSize(), today(), words.themeNames(locale));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Per theme, the first few comments of each kind in the comment search's order (alphabetical), and how many there are. */
    private List<ThemeComments> comments(Dialogue dialogue) {
        CommentFilter ofDialogue = CommentFilter.ALL.withDialogues(Set.of(dialogue.id()));
        List<ThemeComments> all = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            CommentFilter worksWell = ofDialogue.withThemes(Set.of(theme)).withKind(Comment.Kind.WORKS_WELL);
            CommentFilter couldBeBetter = ofDialogue.withThemes(Set.of(theme)).withKind(Comment.Kind.COULD_BE_BETTER);
            all.add(new ThemeComments(theme, texts(worksWell), comments.count(worksWell), texts(couldBeBetter),
                    comments.count(couldBeBetter)));
        }
        return all;
    }

    private List<String> texts(CommentFilter filter) {
        return comments.search(filter, 0, COMMENTS_PER_KIND).stream().map(CommentRow::text).toList();
    }

    private static @Nullable LocalDate day(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
