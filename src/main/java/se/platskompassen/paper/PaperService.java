package se.platskompassen.paper;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.response.ClimateAnswers;
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
    private final ClimateModules climateModules;
    private final ClimateAnswers climateAnswers;
    private final TenantAccess access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    PaperService(PlaceService places, QuestionnaireCatalog questionnaires, ResponseService responses,
            ClimateModules climateModules, ClimateAnswers climateAnswers, TenantAccess access, AuditLog audit,
            MessageSource messages, Clock clock) {
        this.climateModules = climateModules;
        this.climateAnswers = climateAnswers;
        this.places = places;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The printable form (PDF) of a dialogue in one language, in the questionnaire revision new responses get. */
    public byte[] form(Dialogue dialogue, Language language) {
        return form(dialogue, language, "");
    }

    /** The printable form, with the address of the dialogue's results page in every page's footer. */
    public byte[] form(Dialogue dialogue, Language language, String resultsAddress) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        String placeName = places.find(dialogue.placeId()).map(Place::name).orElse("");
        Questionnaire questionnaire = questionnaires.current(dialogue.version());
        ClimateModule climate = dialogue.climateLens() ? climateModules.current(dialogue.version()) : null;
        return PaperFormPdf.pdf(new PaperFormContent(questionnaire, language, placeName, dialogue.title(),
                dialogue.joinCode(), dialogue.areaChoices(), resultsAddress, climate), messages);
    }

    /** What became of a typed-in form. */
    public enum Saved {
        /** Saved as a new response. */
        ADDED,
        /** This very entry was saved before (a second Enter, a retried save): nothing added. */
        ALREADY_SAVED,
        /** Another form with this number was typed in before, perhaps on another day: refused. */
        NUMBER_TAKEN
    }

    /**
     * Saves one typed-in form as a completed response collected on paper, with its form number.
     * Saving the same entry again (same response id) adds nothing; a form number the dialogue has
     * already (case ignored) is refused, so a pile typed in twice is not counted twice.
     */
    @Transactional
    public Saved save(Dialogue dialogue, PaperEntry entry) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        Optional<UUID> sameNumber = responses.paperForm(dialogue, entry.formNumber());
        if (sameNumber.isPresent()) {
            return sameNumber.get().equals(entry.responseId()) ? Saved.ALREADY_SAVED : Saved.NUMBER_TAKEN;
        }
        Questionnaire questionnaire = questionnaires.current(dialogue.version());
        Instant now = clock.instant();
        boolean added = responses.record(dialogue, new RecordedResponse(entry.responseId(), dialogue.id(),
                questionnaire.id(), questionnaire.hash(), entry.language(), CollectionMode.PAPER, entry.background(),
                now, now, entry.answers(), entry.formNumber()));
        if (added) {
            if (dialogue.climateLens()) {
                // In this transaction: the climate scores are stored with the response or not at all
                climateAnswers.record(dialogue, climateModules.current(dialogue.version()),
                        Map.of(entry.responseId(), entry.climateScores()), now);
            }
            // The form and dialogue, never what the resident wrote on it.
            audit.record(dialogue.organisationId(), access.actor().username(), AuditAction.PAPER_FORM_ENTERED,
                    "form " + entry.formNumber() + " of \u201c" + dialogue.title() + "\u201d (" + dialogue.joinCode()
                            + ")");
            return Saved.ADDED;
        }
        // Lost a race with another typist: tell which of the two it was.
        return responses.paperForm(dialogue, entry.formNumber()).filter(id -> !id.equals(entry.responseId()))
                .isPresent() ? Saved.NUMBER_TAKEN : Saved.ALREADY_SAVED;
    }

}
