package se.platskompassen.response;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueActivity;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * Responses and answers. Residents start, save and complete their own response, whose id only
 * the server side of their flow holds (they come back to it with {@link ResumeService}'s secret,
 * never with the id); staff read and remove responses of their own organisation's dialogues only.
 */
@Service
@Transactional(readOnly = true)
public class ResponseService {

    private final ResponseWrites writes;
    private final ResponseQueries queries;
    private final StartLimits limits;
    private final ResidentSessions sessions;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final DialogueService dialogues;
    private final TenantAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DialogueClosing closing;
    private final Clock clock;

    ResponseService(ResponseWrites writes, ResponseQueries queries, StartLimits limits, ResidentSessions sessions,
            ResponseRepository responses, AnswerRepository answers,
            DialogueService dialogues, TenantAccess access, AuditLog audit, ApplicationEventPublisher events,
            DialogueClosing closing, Clock clock) {
        this.writes = writes;
        this.queries = queries;
        this.limits = limits;
        this.sessions = sessions;
        this.responses = responses;
        this.answers = answers;
        this.dialogues = dialogues;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.closing = closing;
        this.clock = clock;
    }

    // --- residents ------------------------------------------------------------------------------

    /**
     * Starts a response with the id the respondent's device chose. Starting the same id again
     * (a double tap, a reload, a reconnect) changes nothing. A dialogue that is not open takes no
     * new responses; one already started may still be finished within the grace period. The
     * dialogue's state is read from the database (its row locked until the start commits, so a
     * close waits for it or it sees the close), never from the copy a page has held since it opened.
     */
    @Transactional
    public void start(Dialogue dialogue, UUID responseId, Questionnaire questionnaire, Language language,
            CollectionMode mode) {
        start(dialogue, responseId, questionnaire, language, mode, sessions.current().orElse(null));
    }

    /**
     * Starts a response in a resident's browser session, within the limits on how fast responses
     * may be started ({@link ResponseLimits}); throws {@link TooManyStartsException} past them.
     */
    @Transactional
    public void start(Dialogue dialogue, UUID responseId, Questionnaire questionnaire, Language language,
            CollectionMode mode, @Nullable ResidentSession session) {
        if (questionnaire.version() != dialogue.version()) {
            throw new IllegalArgumentException("The questionnaire is not the dialogue's version");
        }
        limits.lock(dialogue.id());
        if (responses.existsById(responseId)) {
            return;
        }
        Availability now = dialogues.availability(current(dialogue.id()));
        if (now != Availability.OPEN) {
            throw new DialogueNotOpenException(now);
        }
        limits.check(dialogue.id(), session);
        if (writes.insertIfAbsent(responseId, dialogue.organisationId(), dialogue.id(), questionnaire.id(),
                questionnaire.hash(), language.code(), mode, clock.instant(),
                session == null ? null : session.marker())) {
            events.publishEvent(new DialogueActivity(dialogue.id()));
        }
    }

    @Transactional
    public void saveBackground(UUID responseId, Background background) {
        requireTakesSaves(residentResponse(responseId));
        writes.updateBackground(responseId, background, clock.instant());
    }

    /** Saves one theme's answer; saving it again overwrites it, never adds a second one. */
    @Transactional
    public void saveAnswer(UUID responseId, AnswerInput answer) {
        boolean excluded = limits.lockResponse(responseId);
        Dialogue dialogue = requireTakesSaves(residentResponse(responseId));
        answer.requireOnScale(dialogue.version().scale());
        writes.upsertAnswer(responseId, dialogue.id(), answer, clock.instant(), !excluded);
        events.publishEvent(new DialogueActivity(dialogue.id()));
    }

    /** Marks the response completed; completing it again keeps the first moment. */
    @Transactional
    public void complete(UUID responseId) {
        Response response = residentResponse(responseId);
        requireTakesSaves(response);
        if (writes.complete(responseId, clock.instant())) {
            events.publishEvent(new DialogueActivity(response.dialogueId()));
        }
    }

    /**
     * The response's dialogue as it is now, if it still takes this response's saves: open, or
     * closed less than the grace period ago and the response started before the close.
     */
    private Dialogue requireTakesSaves(Response response) {
        Dialogue dialogue = current(response.dialogueId());
        if (!dialogue.takesSavesOf(response.startedAt(), clock.instant(), closing.closeGrace())) {
            Availability now = dialogues.availability(dialogue);
            throw new DialogueNotOpenException(now == Availability.OPEN ? Availability.CLOSED : now);
        }
        return dialogue;
    }

    private Dialogue current(long dialogueId) {
        return dialogues.findForResponse(dialogueId)
                .orElseThrow(() -> new IllegalStateException("The response's dialogue is gone"));
    }

    private Response residentResponse(UUID responseId) {
        return responses.findById(responseId)
                .orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
    }

    // --- staff ----------------------------------------------------------------------------------

    /**
     * Records whole responses at once (demo content, paper forms, imports). A response whose id
     * exists already, or whose paper form number the dialogue has already, is left out; returns how
     * many were new.
     */
    @Transactional
    public int record(Dialogue dialogue, List<RecordedResponse> recorded) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        Scale scale = dialogue.version().scale();
        for (RecordedResponse response : recorded) {
            if (response.dialogueId() != dialogue.id()) {
                throw new IllegalArgumentException("A response belongs to another dialogue");
            }
            response.answers().forEach(answer -> answer.requireOnScale(scale));
        }
        List<RecordedResponse> fresh = writes.insertNew(dialogue.organisationId(), recorded);
        if (!fresh.isEmpty()) {
            events.publishEvent(new DialogueActivity(dialogue.id()));
        }
        return fresh.size();
    }

    /** Records one whole response; false when a response with its id exists already. */
    @Transactional
    public boolean record(Dialogue dialogue, RecordedResponse recorded) {
        return record(dialogue, List.of(recorded)) == 1;
    }

    /** The response typed in from the dialogue's paper form with this number (case ignored), if any. */
    public Optional<UUID> paperForm(Dialogue dialogue, String formNumber) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        return queries.findByFormNumber(dialogue.id(), formNumber);
    }

    /** Started and completed responses of each of the organisation's dialogues, by dialogue id. */
    public Map<Long, ResponseCounts> countsOfMyDialogues() {
        return queries.countsByDialogue(access.organisation(Permission.READ_RESULTS));
    }

    public ResponseCounts counts(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return queries.counts(dialogue.id());
    }

    /**
     * A dialogue's counts per theme and score, every saved answer included (also from
     * unfinished responses, so that a live compass grows with each save). Read from the tally:
     * as fast for a million answers as for ten.
     */
    public ScoreCounts scoreCounts(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return toCounts(dialogue, queries.tallied(dialogue.id()));
    }

    /** The counts of several of the organisation's dialogues at once (one query), by dialogue id. */
    public Map<Long, ScoreCounts> scoreCounts(Collection<Dialogue> of) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        List<Dialogue> own = of.stream().filter(dialogue -> dialogue.organisationId() == organisation).toList();
        Map<Long, ScoreCounts.Builder> builders = new HashMap<>();
        own.forEach(dialogue -> builders.put(dialogue.id(), ScoreCounts.on(dialogue.version().scale())));
        Map<Long, ResponseCounts> started = queries.countsByDialogue(organisation);
        queries.tallied(builders.keySet()).forEach(row -> builders.get(row.dialogueId()).add(row));
        Map<Long, ScoreCounts> counts = new HashMap<>();
        builders.forEach((id, builder) -> counts.put(id,
                builder.respondents(started.getOrDefault(id, new ResponseCounts(0, 0)).started()).build()));
        return counts;
    }

    /**
     * A dialogue's comments on one theme, in alphabetical order rather than the order they came
     * in, so that nobody can tell whose comment arrived just after they put the tablet down.
     */
    public List<Comment> comments(Dialogue dialogue, Theme theme, Locale locale) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        Collator collator = Collator.getInstance(locale);
        return queries.comments(dialogue.id(), theme).stream()
                .sorted(Comparator.comparing(Comment::kind).thenComparing(Comment::text, collator))
                .toList();
    }

    /** The same counts by grouping the answers themselves; used to check the tally. */
    public ScoreCounts scoreCountsFromAnswers(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return toCounts(dialogue, queries.counted(dialogue.id()));
    }

    private ScoreCounts toCounts(Dialogue dialogue, List<ResponseQueries.CountRow> rows) {
        return ScoreCounts.on(dialogue.version().scale()).addAll(rows)
                .respondents(queries.counts(dialogue.id()).started()).build();
    }

    /** A response of the organisation's dialogues. */
    public Optional<Response> find(UUID responseId) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        return responses.findById(responseId).filter(response -> response.organisationId() == organisation);
    }

    /** The answers of a response of the organisation's dialogues. */
    public List<Answer> answersOf(UUID responseId) {
        return find(responseId).map(response -> answers.findByResponseId(responseId)).orElse(List.of());
    }

    /** Deletes all responses of a dialogue for good; returns how many there were. */
    @Transactional
    public long deleteResponses(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.MANAGE_PRIVACY, "Dialogue");
        Actor actor = access.actor();
        long deleted = writes.deleteResponses(dialogue.id());
        events.publishEvent(new DialogueActivity(dialogue.id()));
        audit.record(dialogue.organisationId(), actor.username(), AuditAction.RESPONSES_DELETED,
                deleted + " responses of \u201c" + dialogue.title() + "\u201d");
        return deleted;
    }

    /**
     * Erases free-text comments older than the organisation keeps them (its retention setting).
     * Scores stay. Runs as the application, for the actor's organisation. Listeners of
     * {@link CommentsErased} run in the same transaction.
     */
    @Transactional
    public int eraseExpiredComments(int retentionDays) {
        Actor actor = access.require(Permission.MANAGE_PRIVACY);
        long organisation = access.organisation(Permission.MANAGE_PRIVACY);
        int erased = writes.eraseComments(organisation, clock.instant().minus(Duration.ofDays(retentionDays)));
        if (erased > 0) {
            events.publishEvent(new CommentsErased(organisation));
            audit.record(organisation, actor.username(), AuditAction.COMMENTS_ERASED,
                    erased + " answers older than " + retentionDays + " days");
        }
        return erased;
    }
}
