package se.platskompassen.dialogue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.organisation.NotFoundException;
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

    private final DialogueRepository dialogues;
    private final PlaceService places;
    private final TenantAccess access;
    private final Clock clock;

    DialogueService(DialogueRepository dialogues, PlaceService places, TenantAccess access, Clock clock) {
        this.dialogues = dialogues;
        this.places = places;
        this.access = access;
        this.clock = clock;
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
        dialogue.setStatus(status);
        return dialogues.save(dialogue);
    }

    /** The dialogue a resident's typed code points to, whatever its status: the public way in. */
    public Optional<Dialogue> findByJoinCode(String typed) {
        String key = JoinCode.key(typed);
        return key.isEmpty() ? Optional.empty() : dialogues.findByJoinKey(key);
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

    public List<Dialogue> findAll() {
        return dialogues.findByOrganisationIdOrderByCreatedAtDesc(access.organisation(Permission.READ_RESULTS));
    }

    public Availability availability(Dialogue dialogue) {
        return dialogue.availability(clock.instant());
    }
}
