package se.platskompassen.dialogue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class DialogueService {

    private final DialogueRepository dialogues;
    private final Clock clock;

    DialogueService(DialogueRepository dialogues, Clock clock) {
        this.dialogues = dialogues;
        this.clock = clock;
    }

    /** Creates a dialogue with a fixed join code, e.g. the demo codes. */
    @Transactional
    public Dialogue createWithCode(long organisationId, long placeId, DialogueSettings settings, String joinCode,
            DialogueStatus status) {
        String key = JoinCode.key(joinCode);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("Not a usable join code: " + joinCode);
        }
        if (dialogues.existsByJoinKey(key)) {
            throw new IllegalArgumentException("Join code already in use: " + joinCode);
        }
        Dialogue dialogue = new Dialogue(organisationId, placeId, settings, joinCode, clock.instant());
        dialogue.setStatus(status);
        return dialogues.save(dialogue);
    }

    /** The dialogue a resident's typed code points to, whatever its status. */
    public Optional<Dialogue> findByJoinCode(String typed) {
        String key = JoinCode.key(typed);
        return key.isEmpty() ? Optional.empty() : dialogues.findByJoinKey(key);
    }

    public Optional<Dialogue> find(long organisationId, long dialogueId) {
        return dialogues.findByIdAndOrganisationId(dialogueId, organisationId);
    }

    public List<Dialogue> findAll(long organisationId) {
        return dialogues.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
    }

    public Availability availability(Dialogue dialogue) {
        return dialogue.availability(clock.instant());
    }
}
