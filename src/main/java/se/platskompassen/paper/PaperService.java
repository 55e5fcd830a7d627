package se.platskompassen.paper;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.NotFoundException;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseService;

/**
 * Paper forms of the organisation's dialogues: the printable form, and saving a typed-in form
 * as a response collected on paper. Both are for those who run dialogues; another organisation's
 * dialogue is not found. Paper answers may arrive after the workshop, so a closed dialogue still
 * takes them.
 */
@Service
public class PaperService {

    private final PlaceService places;
    private final QuestionnaireCatalog questionnaires;
    private final ResponseService responses;
    private final TenantAccess access;
    private final MessageSource messages;
    private final Clock clock;

    PaperService(PlaceService places, QuestionnaireCatalog questionnaires, ResponseService responses,
            TenantAccess access, MessageSource messages, Clock clock) {
        this.places = places;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The printable form (PDF) of a dialogue in one language, in the questionnaire revision new responses get. */
    public byte[] form(Dialogue dialogue, Language language) {
        requireOwn(dialogue);
        String placeName = places.find(dialogue.placeId()).map(Place::name).orElse("");
        Questionnaire questionnaire = questionnaires.current(dialogue.version());
        return PaperFormPdf.pdf(new PaperFormContent(questionnaire, language, placeName, dialogue.title(),
                dialogue.joinCode(), dialogue.areaChoices()), messages);
    }

    /**
     * Saves one typed-in form as a completed response collected on paper. Saving the same entry
     * again (same response id) changes nothing and returns false.
     */
    public boolean save(Dialogue dialogue, PaperEntry entry) {
        requireOwn(dialogue);
        Questionnaire questionnaire = questionnaires.current(dialogue.version());
        Instant now = clock.instant();
        return responses.record(dialogue, new RecordedResponse(entry.responseId(), dialogue.id(), questionnaire.id(),
                questionnaire.hash(), entry.language(), CollectionMode.PAPER, entry.background(), now, now,
                entry.answers()));
    }

    private void requireOwn(Dialogue dialogue) {
        if (dialogue.organisationId() != access.organisation(Permission.RUN_DIALOGUES)) {
            throw new NotFoundException("Dialogue");
        }
    }
}
