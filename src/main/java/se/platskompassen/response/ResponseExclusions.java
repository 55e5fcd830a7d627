package se.platskompassen.response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueActivity;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;

/**
 * Suspected ballot stuffing: bursts of completed responses that came faster than people answer
 * (many from one browser session, or many within seconds), for facilitators and admins to look
 * at, and their exclusion from every figure. An excluded response is kept, marked with who
 * excluded it, when and why, and can be included again; both are written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class ResponseExclusions {

    public static final int MAX_REASON = 500;

    private final ExclusionQueries queries;
    private final ExclusionWrites writes;
    private final TallyWrites tally;
    private final TenantAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ResponseLimits limits;
    private final Clock clock;

    ResponseExclusions(ExclusionQueries queries, ExclusionWrites writes, TallyWrites tally, TenantAccess access,
            AuditLog audit, ApplicationEventPublisher events, ResponseLimits limits, Clock clock) {
        this.queries = queries;
        this.writes = writes;
        this.tally = tally;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
    }

    /** Bursts of the dialogue's counted responses: first those from one session, then those within seconds. */
    public List<Burst> bursts(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        List<ExclusionQueries.Completed> completed = queries.completed(dialogue.id());
        List<Burst> bursts = new ArrayList<>(fromOneSession(completed));
        bursts.addAll(withinSeconds(completed));
        return bursts;
    }

    private List<Burst> fromOneSession(List<ExclusionQueries.Completed> completed) {
        Map<String, List<ExclusionQueries.Completed>> bySession = new LinkedHashMap<>();
        completed.forEach(response -> bySession.computeIfAbsent(response.sessionMarker(), s -> new ArrayList<>())
                .add(response));
        return bySession.values().stream()
                .filter(responses -> responses.size() >= limits.burstSessionResponses())
                .map(responses -> Burst.of(Burst.Kind.ONE_SESSION, responses))
                .sorted(Comparator.comparing(Burst::count).reversed())
                .toList();
    }

    /** Runs of at least {@code burstResponses} completions within {@code burstWindow}, none counted twice. */
    private List<Burst> withinSeconds(List<ExclusionQueries.Completed> completed) {
        List<Burst> bursts = new ArrayList<>();
        int first = 0;
        while (first < completed.size()) {
            Instant windowEnds = completed.get(first).completedAt().plus(limits.burstWindow());
            int last = first;
            while (last + 1 < completed.size() && !completed.get(last + 1).completedAt().isAfter(windowEnds)) {
                last++;
            }
            if (last - first + 1 >= limits.burstResponses()) {
                bursts.add(Burst.of(Burst.Kind.WITHIN_SECONDS, completed.subList(first, last + 1)));
                first = last + 1;
            } else {
                first++;
            }
        }
        return bursts;
    }

    /** The dialogue's exclusions, each with the responses it excluded, oldest first. */
    public List<Exclusion> exclusions(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        Map<Exclusion.Marks, List<UUID>> grouped = new LinkedHashMap<>();
        for (ExclusionQueries.Excluded excluded : queries.excluded(dialogue.id())) {
            grouped.computeIfAbsent(new Exclusion.Marks(excluded.at(), excluded.by(), excluded.reason()),
                    marks -> new ArrayList<>()).add(excluded.id());
        }
        return grouped.entrySet().stream().map(entry -> new Exclusion(entry.getKey(), entry.getValue())).toList();
    }

    /**
     * Excludes the dialogue's responses among {@code ids} from every figure, with a reason; the
     * tally drops their answers in the same transaction. Returns how many were newly excluded.
     */
    @Transactional
    public int exclude(Dialogue dialogue, Collection<UUID> ids, String reason) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason of 1 to " + MAX_REASON + " characters is needed");
        }
        String by = access.actor().username();
        List<UUID> locked = writes.lock(dialogue.id(), ids, false);
        if (locked.isEmpty()) {
            return 0;
        }
        writes.mark(locked, clock.instant(), by, why);
        tally.move(dialogue.id(), writes.answerCounts(locked), -1);
        audit.record(dialogue.organisationId(), by, AuditAction.RESPONSES_EXCLUDED,
                locked.size() + " responses of \u201c" + dialogue.title() + "\u201d: " + why);
        events.publishEvent(new DialogueActivity(dialogue.id()));
        return locked.size();
    }

    /** Counts excluded responses among {@code ids} again; returns how many. */
    @Transactional
    public int include(Dialogue dialogue, Collection<UUID> ids) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        String by = access.actor().username();
        List<UUID> locked = writes.lock(dialogue.id(), ids, true);
        if (locked.isEmpty()) {
            return 0;
        }
        writes.unmark(locked);
        tally.move(dialogue.id(), writes.answerCounts(locked), 1);
        audit.record(dialogue.organisationId(), by, AuditAction.RESPONSES_INCLUDED,
                locked.size() + " responses of \u201c" + dialogue.title() + "\u201d");
        events.publishEvent(new DialogueActivity(dialogue.id()));
        return locked.size();
    }

    /**
     * Erases the session markers of every organisation's responses started longer ago than
     * they are kept; run by the application itself (nightly), never by a member.
     */
    @Transactional
    public int eraseOldSessionMarkers() {
        return writes.eraseMarkers(clock.instant().minus(limits.sessionMarkerKept()));
    }


    /** Responses that came faster than people answer: which kind of burst, how many, when, how fast. */
    public record Burst(Kind kind, List<UUID> responseIds, Instant from, Instant to, CollectionMode mode,
            Duration quickest) {

        public enum Kind { ONE_SESSION, WITHIN_SECONDS }

        static Burst of(Kind kind, List<ExclusionQueries.Completed> responses) {
            Duration quickest = responses.stream()
                    .map(response -> Duration.between(response.startedAt(), response.completedAt()))
                    .min(Comparator.naturalOrder()).orElse(Duration.ZERO);
            return new Burst(kind, responses.stream().map(ExclusionQueries.Completed::id).toList(),
                    responses.getFirst().completedAt(), responses.getLast().completedAt(),
                    responses.getFirst().mode(), quickest);
        }

        public int count() {
            return responseIds.size();
        }
    }

    /** One exclusion: who excluded which responses, when and why. */
    public record Exclusion(Marks marks, List<UUID> responseIds) {

        public record Marks(Instant at, String by, String reason) {
        }

        public int count() {
            return responseIds.size();
        }
    }
}
