package se.platskompassen.results;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Comparison;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Series;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.comments.CommentRef;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlaceService;

/**
 * The results pages of the organisation's dialogues, and the public way to read a published one.
 * Staff who run dialogues publish, unpublish and choose the comments shown (each change audited);
 * everyone with access to results sees the preview. The public reads a page by the dialogue's
 * join code, only while it is published, and gets exactly what the preview shows: the figures come
 * from {@link AnalysisService#compare}, so the organisation's small-group rule applies as on every
 * staff page (decision 0036).
 */
@Service
@Transactional(readOnly = true)
public class ResultsService {

    private final ResultsQueries queries;
    private final ResultsWrites writes;
    private final DialogueService dialogues;
    private final PlaceService places;
    private final DiscussionService discussions;
    private final AnalysisService analysis;
    private final TenantAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ResultsService(ResultsQueries queries, ResultsWrites writes, DialogueService dialogues, PlaceService places,
            DiscussionService discussions, AnalysisService analysis, TenantAccess access, AuditLog audit,
            Clock clock) {
        this.queries = queries;
        this.writes = writes;
        this.dialogues = dialogues;
        this.places = places;
        this.discussions = discussions;
        this.analysis = analysis;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The published results of the dialogue with this join code, for anyone. An unknown code and
     * a dialogue whose results are not published give the same nothing, so the page tells nobody
     * whether a code exists.
     */
    public Optional<PublicResults> published(String joinCode) {
        return dialogues.findByJoinCode(joinCode)
                .filter(dialogue -> queries.isPublished(dialogue.id()))
                // Read as the dialogue's organisation: what its own staff would see in the preview
                .map(dialogue -> access.asSystem(dialogue.organisationId(), () -> contents(dialogue)));
    }

    /** Exactly what the public page shows (or will show once published). */
    public PublicResults preview(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return contents(dialogue);
    }

    public boolean isPublished(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return queries.isPublished(dialogue.id());
    }

    /** Makes the results page public (or keeps it so). */
    @Transactional
    public void publish(Dialogue dialogue) {
        setPublished(dialogue, true);
    }

    /** Takes the results page off the public address; nothing of it is deleted. */
    @Transactional
    public void unpublish(Dialogue dialogue) {
        setPublished(dialogue, false);
    }

    private void setPublished(Dialogue dialogue, boolean published) {
        Actor actor = access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        writes.setPublished(dialogue.id(), published, actor.username(), clock.instant());
        audit.record(dialogue.organisationId(), actor.username(),
                published ? AuditAction.RESULTS_PUBLISHED : AuditAction.RESULTS_UNPUBLISHED, describe(dialogue));
    }

    /** The dialogue's comments, for staff to choose the few the page shows. */
    public List<PublishedComment> candidates(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return queries.candidates(dialogue.id());
    }

    /** The comments chosen for the page. */
    public List<PublishedComment> chosen(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return queries.chosen(dialogue.id());
    }

    /**
     * Chooses the comments the page shows, replacing the earlier choice. A comment that is not
     * one of this dialogue's is not taken. Returns how many were taken.
     */
    @Transactional
    public int chooseComments(Dialogue dialogue, Set<CommentRef> comments) {
        Actor actor = access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        int taken = writes.choose(dialogue.id(), comments);
        audit.record(dialogue.organisationId(), actor.username(), AuditAction.RESULTS_COMMENTS_CHOSEN,
                taken + " comments for " + describe(dialogue));
        return taken;
    }

    private PublicResults contents(Dialogue dialogue) {
        Comparison comparison = analysis.compare(Filter.DEFAULT, List.of(new Series.OfDialogue(dialogue.id())));
        SeriesFigures group = comparison.series().getFirst();
        boolean tooSmall = group.figures().isHidden();
        Instant now = clock.instant();
        return new PublicResults(dialogue.joinCode(), places.publicName(dialogue.placeId()).orElse(""),
                dialogue.title(), dialogue.version(),
                day(dialogue.opensAt() != null ? dialogue.opensAt() : dialogue.createdAt()),
                day(dialogue.closedSince(now)), dialogue.languages(), group.figures(), comparison.minGroupSize(),
                discussions.of(dialogue), tooSmall ? List.of() : queries.chosen(dialogue.id()));
    }

    private @Nullable LocalDate day(@Nullable Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }

    private static String describe(Dialogue dialogue) {
        return "\u201c" + dialogue.title() + "\u201d (" + dialogue.joinCode() + ")";
    }
}
