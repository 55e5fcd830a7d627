package se.platskompassen.live;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueActivity;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.Comment;
import se.platskompassen.response.CommentsErased;
import se.platskompassen.response.ResponseCounts;
import se.platskompassen.response.ResponseService;

/**
 * The figures and comments a projector may show, released in batches so that the room never sees
 * one person's answer arrive (decision 0011, "Releases"). The release state lives in the database:
 * every instance reads it, and releases with a compare-and-set, so two projectors on two instances
 * show the same picture and a batch is released once. The facilitator may hold the picture back
 * until revealing it (decision 0039): the releases go on meanwhile, unseen.
 */
@Service
public class LiveRelease {

    private final ReleaseQueries queries;
    private final ReleaseWrites writes;
    private final ResponseService responses;
    private final TenantAccess access;
    private final ReleaseRule rule;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LiveRelease(ReleaseQueries queries, ReleaseWrites writes, ResponseService responses, TenantAccess access,
            LiveSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.queries = queries;
        this.writes = writes;
        this.responses = responses;
        this.access = access;
        this.rule = new ReleaseRule(settings.minAnswers());
        this.clock = clock;
        this.events = events;
    }

    /** The minimum number of answers a theme's picture changes by (and shows at all). */
    public int minAnswers() {
        return rule.minimum();
    }

    /** The picture now, after releasing what the automatic rule lets go. */
    @Transactional
    public LivePicture picture(Dialogue dialogue) {
        ResponseCounts counts = responses.counts(dialogue);
        release(dialogue, rule::automatic);
        return read(dialogue, counts);
    }

    /** The facilitator's "show": releases every theme that may change now, and tells every screen. */
    @Transactional
    public LivePicture show(Dialogue dialogue) {
        access.require(Permission.RUN_DIALOGUES);
        ResponseCounts counts = responses.counts(dialogue);
        release(dialogue, rule::onShow);
        return read(dialogue, counts);
    }

    /**
     * The facilitator holds the projector's picture back until revealing it, so that early answers
     * do not steer later ones (decision 0039); every screen on every instance shows the hold.
     */
    @Transactional
    public LivePicture hold(Dialogue dialogue) {
        requireToRun(dialogue);
        if (writes.hold(dialogue.id(), clock.instant())) {
            events.publishEvent(new DialogueActivity(dialogue.id()));
        }
        return read(dialogue, responses.counts(dialogue));
    }

    /** The facilitator's reveal: the hold ends and, as with "show", every theme that may change is released. */
    @Transactional
    public LivePicture reveal(Dialogue dialogue) {
        requireToRun(dialogue);
        ResponseCounts counts = responses.counts(dialogue);
        boolean revealed = writes.reveal(dialogue.id());
        if (!release(dialogue, rule::onShow) && revealed) {
            events.publishEvent(new DialogueActivity(dialogue.id()));
        }
        return read(dialogue, counts);
    }

    /** The released comments on one theme, alphabetically (never in the order they came); none while held. */
    public List<Comment> comments(Dialogue dialogue, Theme theme, Locale locale) {
        requireOwn(dialogue);
        if (queries.held(dialogue.id())) {
            return List.of();
        }
        Collator collator = Collator.getInstance(locale);
        return queries.comments(dialogue.id(), theme).stream()
                .sorted(Comparator.comparing(Comment::kind).thenComparing(Comment::text, collator))
                .toList();
    }

    private void requireToRun(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
    }

    /** Not found unless the dialogue is the staff member's organisation's (the response feature checks). */
    private void requireOwn(Dialogue dialogue) {
        responses.counts(dialogue);
    }

    /** Erased comments leave no copy behind: the releases of the organisation start over. */
    @EventListener
    void onCommentsErased(CommentsErased erased) {
        writes.forgetOrganisation(erased.organisationId());
    }

    /** Releases the themes {@code which} chooses; true when any was (and every screen was told). */
    private boolean release(Dialogue dialogue, Function<Map<Theme, ReleaseRule.ThemeState>, Set<Theme>> which) {
        // The releases first, then what was saved since: a release by another instance in between
        // makes the compare-and-set below fail instead of letting a smaller batch through.
        Map<Theme, ReleaseQueries.Released> released = queries.released(dialogue.id());
        Map<Theme, ReleaseQueries.Saved> saved = queries.saved(dialogue.id());
        Map<Theme, Map<Integer, Long>> releasedScores = queries.scores(dialogue.id());
        // A theme "showed nothing before" only if its climate series did not either (decision 0038).
        Map<Theme, Map<Integer, Long>> releasedClimate = dialogue.climateLens()
                ? queries.climateScores(dialogue.id()) : Map.of();
        Map<Theme, ReleaseRule.ThemeState> states = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            ReleaseQueries.Saved now = saved.getOrDefault(theme, new ReleaseQueries.Saved(0, 0));
            long before = Optional.ofNullable(released.get(theme)).map(ReleaseQueries.Released::answers).orElse(0L);
            long scored = Math.max(scored(releasedScores, theme), scored(releasedClimate, theme));
            states.put(theme, new ReleaseRule.ThemeState(now.answers(), now.waiting(), before, scored));
        }
        Instant now = clock.instant();
        boolean any = false;
        for (Theme theme : which.apply(states)) {
            any |= writes.release(dialogue.id(), theme, Optional.ofNullable(released.get(theme)),
                    queries.batch(dialogue.id(), theme), now);
        }
        if (any) {
            events.publishEvent(new DialogueActivity(dialogue.id()));
        }
        return any;
    }

    private static long scored(Map<Theme, Map<Integer, Long>> released, Theme theme) {
        return released.getOrDefault(theme, Map.of()).entrySet().stream()
                .filter(entry -> entry.getKey() != null).mapToLong(Map.Entry::getValue).sum();
    }

    private LivePicture read(Dialogue dialogue, ResponseCounts counts) {
        boolean held = queries.held(dialogue.id());
        ScoreCounts.Builder scores = ScoreCounts.on(dialogue.version().scale());
        if (!held) {
            queries.scores(dialogue.id()).forEach((theme, byScore) ->
                    byScore.forEach((score, answers) -> scores.add(theme, score, answers)));
        }
        Instant releasedAt = queries.released(dialogue.id()).values().stream()
                .map(ReleaseQueries.Released::releasedAt).max(Comparator.naturalOrder()).orElse(null);
        long waiting = queries.saved(dialogue.id()).values().stream()
                .mapToLong(ReleaseQueries.Saved::waiting).sum();
        return new LivePicture(counts, scores.respondents(counts.started()).build(), releasedAt, waiting, held,
                dialogue.climateLens() ? climate(dialogue, counts, held) : null);
    }

    /** The Climate Lens' scores as released with each theme: they change only when the theme's picture does. */
    private ScoreCounts climate(Dialogue dialogue, ResponseCounts counts, boolean held) {
        ScoreCounts.Builder climate = ScoreCounts.on(dialogue.version().scale());
        if (!held) {
            queries.climateScores(dialogue.id()).forEach((theme, byScore) ->
                    byScore.forEach((score, answers) -> climate.add(theme, score, answers)));
        }
        return climate.respondents(counts.started()).build();
    }
}
