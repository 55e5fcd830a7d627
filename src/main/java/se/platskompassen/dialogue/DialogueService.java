package se.platskompassen.dialogue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;

/**
 * Dialogues of the signed-in member's organisation, and the public way in for residents: a
 * join code.
 */
@Service
@Transactional(readOnly = true)
public class DialogueService {

    private static final int CODE_TRIES = 20;

    private final DialogueRepository dialogues;
    private final PlaceService places;
    private final TenantAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    DialogueService(DialogueRepository dialogues, PlaceService places, TenantAccess access, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.dialogues = dialogues;
        this.places = places;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft dialogue at one of the organisation's places, with a fresh join code. */
    @Transactional
    public Dialogue create(long placeId, DialogueSettings settings) {
        for (int attempt = 0; attempt < CODE_TRIES; attempt++) {
            String code = JoinCode.generate(random);
            if (!dialogues.existsByJoinKey(JoinCode.key(code))) {
                return createWithCode(placeId, settings, code, DialogueStatus.DRAFT);
            }
        }
        throw new IllegalStateException("No free join code after " + CODE_TRIES + " tries");
    }

    /** Creates a dialogue at one of the organisation's places with a given join code (e.g. the demo codes). */
    @Transactional
    public Dialogue createWithCode(long placeId, DialogueSettings settings, String joinCode, DialogueStatus status) {
        long organisation = access.organisation(Permission.RUN_DIALOGUES);
        Place place = places.find(placeId).orElseThrow(() -> new NotFoundException("Place"));
        String key = JoinCode.key(joinCode);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("Not a usable join code: " + joinCode);
        }
        if (dialogues.existsByJoinKey(key)) {
            throw new IllegalArgumentException("Join code already in use: " + joinCode);
        }
        Dialogue dialogue = new Dialogue(organisation, place.id(), settings, joinCode, clock.instant());
        if (status == DialogueStatus.OPEN) {
            dialogue.open(clock.instant());
        } else if (status == DialogueStatus.CLOSED) {
            dialogue.close(clock.instant());
        }
        Dialogue saved = dialogues.save(dialogue);
        audit(saved, AuditAction.DIALOGUE_CREATED);
        return saved;
    }

    /** Changes what a facilitator set; the version stays once the dialogue has been open. */
    @Transactional
    public Dialogue update(long dialogueId, DialogueSettings settings) {
        Dialogue dialogue = own(dialogueId, Permission.RUN_DIALOGUES);
        if (dialogue.everOpened() && settings.version() != dialogue.version()) {
            throw new VersionFixedException();
        }
        dialogue.apply(settings);
        audit(dialogue, AuditAction.DIALOGUE_CHANGED);
        events.publishEvent(new DialogueActivity(dialogue.id()));
        return dialogue;
    }

    /** Opens (or reopens) a dialogue for answers. */
    @Transactional
    public Dialogue open(long dialogueId) {
        Dialogue dialogue = own(dialogueId, Permission.RUN_DIALOGUES);
        boolean reopened = dialogue.status() == DialogueStatus.CLOSED;
        dialogue.open(clock.instant());
        record(dialogue, reopened ? AuditAction.DIALOGUE_REOPENED : AuditAction.DIALOGUE_OPENED);
        return dialogue;
    }

    /**
     * Closes a dialogue: no new response starts from this moment on, and responses already
     * started may be finished only within the grace period. Open pages learn it through the
     * {@link DialogueActivity} this publishes.
     */
    @Transactional
    public Dialogue close(long dialogueId) {
        Dialogue dialogue = own(dialogueId, Permission.RUN_DIALOGUES);
        dialogue.close(clock.instant());
        record(dialogue, AuditAction.DIALOGUE_CLOSED);
        return dialogue;
    }

    private void record(Dialogue dialogue, AuditAction action) {
        audit(dialogue, action);
        events.publishEvent(new DialogueActivity(dialogue.id()));
    }

    private void audit(Dialogue dialogue, AuditAction action) {
        Actor actor = access.actor();
        audit.record(dialogue.organisationId(), actor.username(), action,
                "\u201c" + dialogue.title() + "\u201d (" + dialogue.joinCode() + ")");
    }

    /** The dialogue a resident's typed code points to, whatever its status: the public way in. */
    public Optional<Dialogue> findByJoinCode(String typed) {
        String key = JoinCode.key(typed);
        return key.isEmpty() ? Optional.empty() : dialogues.findByJoinKey(key);
    }

    /** A dialogue of the organisation by its join code, for staff (the live view's address). */
    public Optional<Dialogue> findOwnByJoinCode(String typed) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        return findByJoinCode(typed).filter(dialogue -> dialogue.organisationId() == organisation);
    }

    /**
     * The dialogue of a resident's response, for saving its answers. The id comes from the stored
     * response (which the resident reaches only with its unguessable id), never from an address.
     */
    public Optional<Dialogue> findForResponse(long dialogueId) {
        return dialogues.findById(dialogueId);
    }

    public Optional<Dialogue> find(long dialogueId) {
        return dialogues.findByIdAndOrganisationId(dialogueId, access.organisation(Permission.READ_RESULTS));
    }

    /** The organisation's dialogues, newest first. */
    public List<Dialogue> findAll() {
        return dialogues.findByOrganisationIdOrderByCreatedAtDesc(access.organisation(Permission.READ_RESULTS));
    }

    /** The dialogues at one of the organisation's places, newest first. */
    public List<Dialogue> findAtPlace(long placeId) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        return dialogues.findByOrganisationIdAndPlaceIdOrderByCreatedAtDesc(organisation, placeId);
    }

    /** The newest dialogue at each of the organisation's places that has one, by place id. */
    public Map<Long, Dialogue> latestByPlace() {
        Map<Long, Dialogue> latest = new LinkedHashMap<>();
        for (Dialogue dialogue : findAll()) {
            latest.putIfAbsent(dialogue.placeId(), dialogue);
        }
        return latest;
    }

    public Availability availability(Dialogue dialogue) {
        return dialogue.availability(clock.instant());
    }

    private Dialogue own(long dialogueId, Permission permission) {
        return dialogues.findByIdAndOrganisationId(dialogueId, access.organisation(permission))
                .orElseThrow(() -> new NotFoundException("Dialogue"));
    }

    /** A dialogue's questionnaire version cannot change once residents may have answered in it. */
    public static final class VersionFixedException extends IllegalArgumentException {
        VersionFixedException() {
            super("The version of a dialogue that has been open cannot change");
        }
    }
}
