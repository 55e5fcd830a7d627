package se.platskompassen.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.BackgroundGroup;
import se.platskompassen.analysis.Comparison;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Series;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.base.SafeFileName;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentRow;
import se.platskompassen.comments.CommentService;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.Comment;

/**
 * PDF reports of one of the organisation's dialogues and of a comparison, in Swedish or English
 * (any other locale gives Swedish). Staff with {@link Permission#EXPORT} only; another
 * organisation's dialogue is not found, exactly like one that does not exist, and nothing is
 * written then. Every report is recorded in the audit log.
 *
 * <p>Figures come from {@link AnalysisService#compare}, so they pass the organisation's
 * small-group rule exactly as on the analysis pages: a hidden figure never reaches the PDF.
 */
@Service
public class ReportService {

    /** At most this many comments of each kind per theme are printed. */
    public static final int COMMENTS_PER_KIND = 3;

    private final AnalysisService analysis;
    private final DialogueService dialogues;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final DiscussionService discussions;
    private final CommentService comments;
    private final QuestionnaireCatalog questionnaires;
    private final TenantAccess access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    ReportService(AnalysisService analysis, DialogueService dialogues, PlaceService places,
            OrganisationService organisations, DiscussionService discussions, CommentService comments,
            QuestionnaireCatalog questionnaires, TenantAccess access, AuditLog audit, MessageSource messages,
            Clock clock) {
        this.analysis = analysis;
        this.dialogues = dialogues;
        this.places = places;
        this.organisations = organisations;
        this.discussions = discussions;
        this.comments = comments;
        this.questionnaires = questionnaires;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    // --- a dialogue -------------------------------------------------------------------------------

    /** A safe file name for the report of one of the organisation's dialogues, e.g. {@code kvallsmote-12-rapport-2026-05-04.pdf}. */
    public String dialogueFileName(long dialogueId, Locale locale) {
        Dialogue dialogue = own(dialogueId);
        return SafeFileName.of("pdf", SafeFileName.part(dialogue.title()), String.valueOf(dialogue.id()),
                text("report.file.dialogue", locale), today().toString());
    }

    /** Writes the report of one of the organisation's dialogues to {@code out} (flushed, not closed). */
    public void dialogueReport(long dialogueId, Locale locale, OutputStream out) throws IOException {
        Actor actor = access.require(Permission.EXPORT);
        Dialogue dialogue = own(dialogueId);
        Locale language = Language.of(locale).locale();
        DialogueReport report = gather(dialogue, language);
        audit.record(dialogue.organisationId(), actor.username(), AuditAction.EXPORT, "PDF report ("
                + Language.of(locale).code() + ") of \u201c" + dialogue.title() + "\u201d (" + dialogue.id() + ")");
        new ReportPdf(messages, language).dialogue(report, out);
    }

    private DialogueReport gather(Dialogue dialogue, Locale locale) {
        Comparison comparison = analysis.compare(Filter.DEFAULT, List.of(new Series.OfDialogue(dialogue.id())));
        SeriesFigures figures = comparison.series().getFirst();
        ReportSeries group = new ReportSeries(text("groupCompass.median", locale), figures.figures(),
                figures.agreed());
        boolean commentsHidden = figures.figures().isHidden();
        List<ThemeComments> selected = commentsHidden ? List.of() : comments(dialogue);
        String place = places.find(dialogue.placeId()).map(Place::name).orElse("");
        ZoneId zone = clock.getZone();
        return new DialogueReport(organisations.mine().name(), place, dialogue.title(), dialogue.version(),
                day(dialogue.opensAt(), zone), day(dialogue.closesAt(), zone), day(dialogue.createdAt(), zone),
                today(), group, discussions.of(dialogue), selected, commentsHidden, comparison.minGroupSize(),
                themeNames(locale));
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

    // --- a comparison -----------------------------------------------------------------------------

    /** A safe file name for the report of a comparison, e.g. {@code platskompassen-jamforelse-2026-05-04.pdf}. */
    public String comparisonFileName(Locale locale) {
        access.organisation(Permission.EXPORT);
        return SafeFileName.of("pdf", "platskompassen", text("report.file.comparison", locale), today().toString());
    }

    /**
     * Writes the report of up to four series compared within the filter, as on the compare page,
     * to {@code out} (flushed, not closed). A place or dialogue of another organisation is not
     * found, and nothing is written then.
     */
    public void comparisonReport(Filter filter, List<Series> series, Locale locale, OutputStream out)
            throws IOException {
        Actor actor = access.require(Permission.EXPORT);
        long organisation = access.organisation(Permission.EXPORT);
        Locale language = Language.of(locale).locale();
        Comparison comparison = analysis.compare(filter, series);
        List<ReportSeries> shown = new ArrayList<>();
        for (SeriesFigures figures : comparison.series()) {
            shown.add(new ReportSeries(label(figures, language), figures.figures(), figures.agreed()));
        }
        ComparisonReport report = new ComparisonReport(organisations.mine().name(), describe(filter, language), shown,
                comparison.normalised(), comparison.minGroupSize(), today(), themeNames(language));
        audit.record(organisation, actor.username(), AuditAction.EXPORT, "PDF report (" + Language.of(locale).code()
                + ") of a comparison: " + comparison.series().stream().map(s -> Series.token(s.series()))
                        .collect(Collectors.joining(", ")));
        new ReportPdf(messages, language).comparison(report, out);
    }

    /** What a series is called, in the same words as on the compare page. */
    private String label(SeriesFigures figures, Locale locale) {
        String name = figures.name();
        return switch (figures.series()) {
            case Series.Everyone ignored -> text("analysis.series.everyone", locale);
            case Series.AtPlace place -> name != null ? name : String.valueOf(place.placeId());
            case Series.OfDialogue dialogue -> name != null ? name : String.valueOf(dialogue.dialogueId());
            case Series.InYear year -> String.valueOf(year.year());
            case Series.OfGroup group -> group.group().dimension() == BackgroundGroup.Dimension.AREA
                    ? text("analysis.group.AREA", locale, group.group().value())
                    : text("analysis.group." + group.group().dimension().name() + "." + group.group().value(), locale);
            case Series.InVersion version -> text("analysis.version." + version.version().name(), locale);
        };
    }

    /** The filter in words: the period, the versions, how answers were collected, completed only. */
    private List<String> describe(Filter filter, Locale locale) {
        List<String> lines = new ArrayList<>();
        String open = text("report.pdf.filter.open", locale);
        lines.add(text("report.pdf.filter.period", locale, filter.from() == null ? open : ReportPdf.date(filter.from(),
                locale), filter.to() == null ? open : ReportPdf.date(filter.to(), locale)));
        lines.add(text("report.pdf.filter.versions", locale, filter.versions().stream().sorted()
                .map(version -> text("analysis.version." + version.name(), locale)).collect(Collectors.joining(", "))));
        String modes = filter.modes().size() == CollectionMode.values().length ? text("analysis.mode.ALL", locale)
                : filter.modes().stream().sorted().map(mode -> text("analysis.mode." + mode.name(), locale))
                        .collect(Collectors.joining(", "));
        lines.add(text("report.pdf.filter.modes", locale, modes));
        lines.add(text(filter.completedOnly() ? "report.pdf.filter.completedOnly" : "report.pdf.filter.everyAnswer",
                locale));
        return lines;
    }

    // --- shared -----------------------------------------------------------------------------------

    private Dialogue own(long dialogueId) {
        access.organisation(Permission.EXPORT);
        return dialogues.find(dialogueId).orElseThrow(() -> new NotFoundException("Dialogue"));
    }

    private List<String> themeNames(Locale locale) {
        Language language = Language.of(locale);
        List<String> names = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            names.add(questionnaires.themeName(theme, language));
        }
        return names;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static @Nullable LocalDate day(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, Language.of(locale).locale());
    }
}
